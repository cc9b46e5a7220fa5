import { describe, expect, it } from "vitest";
import { planRepair, type RepairPlan } from "../../../src/core/note/repairFrontmatter";
import { parseYamlAsObsidian } from "../../../src/core/note/yamlEngine";
import { analyze } from "../../support/notes";

const parse = parseYamlAsObsidian;

function fixedBy(text: string, options?: { duplicates: "last" | "first" }): RepairPlan {
	const plan = planRepair(text, parse, options);
	if (!plan || "refused" in plan) throw new Error(`expected a repair, got ${JSON.stringify(plan)}`);
	return plan;
}

function propertiesAfter(plan: RepairPlan): Record<string, unknown> {
	return analyze("q-x--kotlin--easy.md", plan.fixed).page.frontmatter;
}

describe("planRepair on the frontmatter patterns of real vaults", () => {
	it("turns `---\\` opening and closing fences into `---`, and nothing else", () => {
		const text = "---\\\r\nid: c-001\r\ntags: [concept]\r\n---\\\r\n# Coroutines\r\nBody\r\n";
		const plan = fixedBy(text);
		expect(plan.fixed).toBe("---\r\nid: c-001\r\ntags: [concept]\r\n---\r\n# Coroutines\r\nBody\r\n");
		expect(plan.changedLines).toEqual([1, 4]);
		expect(plan.steps.map((step) => step.kind)).toEqual(["fence-backslash"]);
		expect(propertiesAfter(plan)).toEqual({ id: "c-001", tags: ["concept"] });
	});

	it("unglues `---id: x` from the fence", () => {
		const plan = fixedBy("---id: tools-003\ntitle: Git rebase\n---\nBody\n");
		expect(plan.fixed).toBe("---\nid: tools-003\ntitle: Git rebase\n---\nBody\n");
		expect(propertiesAfter(plan)).toEqual({ id: "tools-003", title: "Git rebase" });
	});

	it("keeps the last value of a duplicated key by default, the first on request, and says which", () => {
		const text = "---\nid: q-1\ntitle: Joins\nid: q-2\nrelated:\n  - a\n---\nBody\n";
		const last = fixedBy(text);
		expect(last.fixed).toBe("---\ntitle: Joins\nid: q-2\nrelated:\n  - a\n---\nBody\n");
		expect(last.steps[0]?.fix).toContain("`id: q-1`, `id: q-2`");
		expect(last.changedLines).toEqual([2]);
		const first = fixedBy(text, { duplicates: "first" });
		expect(propertiesAfter(first)).toEqual({ id: "q-1", title: "Joins", related: ["a"] });
	});

	it("drops a duplicated key's whole block value, not only its first line", () => {
		const plan = fixedBy("---\ntags:\n  - a\n  - b\ntitle: T\ntags: [c]\n---\n");
		expect(propertiesAfter(plan)).toEqual({ title: "T", tags: ["c"] });
	});

	it("merges a flow list followed by block items under the same key into one list, in order", () => {
		const plan = fixedBy("---\nrelated: [c-a, \"q-b, x\"]\n  - c-c\n  - c-d\ntitle: T\n---\nBody\n");
		expect(propertiesAfter(plan)).toEqual({ related: ["c-a", "q-b, x", "c-c", "c-d"], title: "T" });
		expect(plan.changedLines).toEqual([2]);
	});

	it("moves a second properties block into the first when no key collides", () => {
		const text = "---\nanki_cards: 3\n---\n---\n---\\\nid: q-1\ntitle: Joins\ndifficulty: hard\n---\\\n# Question (EN)\n";
		const plan = fixedBy(text);
		expect(plan.fixed).toBe("---\nanki_cards: 3\nid: q-1\ntitle: Joins\ndifficulty: hard\n---\n# Question (EN)\n");
		expect(propertiesAfter(plan)).toEqual({ anki_cards: 3, id: "q-1", title: "Joins", difficulty: "hard" });
	});

	it("refuses a second block that repeats a key of the first", () => {
		const plan = planRepair("---\nid: a\n---\n---\nid: b\ntitle: T\n---\nBody\n", parse);
		expect(plan).toMatchObject({ kind: "second-block", refused: expect.stringContaining("`id`") as string });
	});

	it("combines repairs a note needs: `---\\` fences and a duplicated key", () => {
		const plan = fixedBy("---\\\nid: 1\nid: 2\n---\\\nBody\n");
		expect(plan.steps.map((step) => step.kind)).toEqual(["fence-backslash", "duplicate-key"]);
		expect(plan.fixed).toBe("---\nid: 2\n---\nBody\n");
	});

	it("refuses what would still not parse, and leaves a note that needs nothing alone", () => {
		expect(planRepair("---\\\ntitle: [unclosed\n---\\\nBody", parse)).toMatchObject({ refused: expect.stringContaining("not be valid YAML") as string });
		expect(planRepair("---\ntitle: fine\n---\nBody\n---\nText: more body\n", parse)).toBeUndefined();
		expect(planRepair("# No frontmatter\n", parse)).toBeUndefined();
	});
});

describe("analyzeNote reports a second properties block", () => {
	it("warns on its line, and reads only the first block's properties, as Obsidian does", () => {
		const analysis = analyze("q-a--x--easy.md", "---\nanki_cards: 3\n---\n---\n---\\\nid: q-1\ndifficulty: hard\n---\\\nBody\n");
		expect(analysis.page.frontmatter).toEqual({ anki_cards: 3 });
		expect(analysis.problems).toEqual([expect.objectContaining({ code: "second-block", severity: "warning", line: 5 })]);
		expect(analyze("q-a.md", "---\nid: 1\n---\n# Title\n---\nNote: text\n").problems.map((p) => p.code)).not.toContain("second-block");
	});
});
