import { parseYamlAsObsidian } from "../../../src/core/note/yamlEngine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../../src/core/note/frontmatterBlock";
import { planRepair, type RepairPlan, type RepairRefusal } from "../../../src/core/note/repairFrontmatter";
import { analyze } from "../../support/notes";
import { hostileNote } from "./hostileNotes";

const parse = (yaml: string): unknown => parseYamlAsObsidian(yaml);

/** The fence repairs of planRepair (core/note/repairFrontmatter), the one repair planner. */
const planFenceRepair = (text: string, parseYaml: (yaml: string) => unknown) => planRepair(text, parseYaml);

const FENCE_KINDS: ReadonlySet<string> = new Set(["fence-backslash", "fence-glued"]);

function fixedText(plan: RepairPlan | RepairRefusal | undefined): string {
	if (!plan || !("fixed" in plan)) throw new Error(`expected a fix, got ${JSON.stringify(plan)}`);
	return plan.fixed;
}

describe("planRepair's fence repairs", () => {
	it("turns a `---\\` opening fence into `---`, leaving every other byte", () => {
		const text = "---\\\nid: q-1\ntitle: Joins\n---\n# Question (EN)\n---\nrule above\n";
		const plan = planFenceRepair(text, parse);
		expect(fixedText(plan)).toBe("---\nid: q-1\ntitle: Joins\n---\n# Question (EN)\n---\nrule above\n");
		expect(plan && "steps" in plan ? plan.steps : []).toEqual([{ kind: "fence-backslash", fix: "opening fence `---\\` → `---`" }]);
	});

	it("puts the first key of a glued fence on its own line, with the note's line ending and BOM", () => {
		const text = "\uFEFF---id: q-1\r\ntitle: Joins\r\n---\r\nBody\r\n";
		expect(fixedText(planFenceRepair(text, parse))).toBe("\uFEFF---\r\nid: q-1\r\ntitle: Joins\r\n---\r\nBody\r\n");
		expect(fixedText(planFenceRepair("--- id: q-1\ntitle: x\n---\n", parse))).toBe("---\nid: q-1\ntitle: x\n---\n");
	});

	it("leaves notes that have nothing of this kind to repair", () => {
		for (const text of ["# Title\n", "---\ntitle: x\n---\n", "----\nrule", "---\ntitle: x\nnever closed", "", "---"]) {
			expect(planFenceRepair(text, parse)).toBeUndefined();
		}
	});

	it("refuses, with the reason, a repair whose result would not be read or would lose a value", () => {
		const reasons = (text: string) => {
			const plan = planFenceRepair(text, parse);
			return plan && "refused" in plan ? plan.refused : `not refused: ${JSON.stringify(plan)}`;
		};
		expect(reasons("---\\\ntitle: x\nno closing fence\n")).toMatch(/never be closed/);
		expect(reasons("---\\\ntitle: [unclosed\n---\n")).toMatch(/not be valid YAML/);
		expect(reasons("---\\\n- a\n- b\n---\n")).toMatch(/not be a set of key: value properties/);
		// A fence line holding more than the broken fence is no fence repair planRepair knows: left as it is.
		expect(planFenceRepair("---\\ extra text\ntitle: x\n---\n", parse)).toBeUndefined();
		expect(reasons("---id: x")).toMatch(/never closed/);
		// YAML reads `[a, b]` as the key "a,b": the key as written would not be found, so no guess.
		expect(reasons("---\\\n[a, b]: x\n---\n")).toMatch(/`\[a, b\]` would not be read/);
	});

	it("repairs the demo vault's two broken fences and leaves its unparseable note alone", async () => {
		const { readFileSync } = await import("node:fs");
		const read = (name: string) => readFileSync(`test/fixtures/demo-vault/50-Backend/${name}`, "utf8");
		expect(fixedText(planFenceRepair(read("q-broken-backslash-fence--backend--medium.md"), parse))).toMatch(/^---\nid: be-broken-01\n/);
		expect(fixedText(planFenceRepair(read("q-broken-glued-fence--backend--easy.md"), parse))).toMatch(/^---\nid: be-glued\ntitle: /);
		expect(planFenceRepair(read("q-broken-unparseable-yaml--backend--hard.md"), parse)).toBeUndefined();
	});
});

describe("planRepair's fence repairs on hostile notes", () => {
	it("never changes anything but the fence line, and what it fixes is read by Obsidian's rule and the parser", () => {
		fc.assert(
			fc.property(hostileNote, (note) => {
				const plan = planFenceRepair(note.text, parse);
				// Only fence repairs here; duplicate keys and the like have their own tests (test/core/note).
				if (!plan || "refused" in plan || !plan.steps.every((step) => FENCE_KINDS.has(step.kind))) return;
				const bom = note.bom ? "\uFEFF" : "";
				const afterFirstLine = note.text.slice(note.text.indexOf("\n"));
				expect(plan.fixed.startsWith(`${bom}---`)).toBe(true);
				expect(plan.fixed.endsWith(afterFirstLine)).toBe(true);
				const head = plan.fixed.slice(0, plan.fixed.length - afterFirstLine.length);
				const oldHead = note.text.slice(0, note.text.length - afterFirstLine.length);
				const cr = oldHead.endsWith("\r") ? "\r" : "";
				if (plan.steps[0]?.kind === "fence-backslash") expect(head).toBe(`${bom}---${cr}`);
				else expect(head.replace(/^(\uFEFF?)---\r?\n\s*/, "$1---")).toBe(oldHead.replace(/^(\uFEFF?)---\s*/, "$1---"));
				const block = splitFrontmatter(plan.fixed);
				expect(block.kind).toBe("yaml");
				if (block.kind === "yaml") expect(() => parse(block.yaml)).not.toThrow();
				const analysis = analyze("q-fixed--backend--easy.md", plan.fixed);
				expect(analysis.problems.filter((p) => p.severity === "error")).toEqual([]);
				// A repaired note needs no second repair.
				expect(planFenceRepair(plan.fixed, parse)).toBeUndefined();
			}),
			{ numRuns: 500 },
		);
	});

	it("plans a fence repair (or refuses the repair) for exactly the notes with a `---\\` or glued fence", () => {
		fc.assert(
			fc.property(hostileNote, (note) => {
				const block = splitFrontmatter(note.text);
				const repairable = block.kind === "broken" && (block.problem.code === "fence-backslash" || block.problem.code === "fence-glued");
				const plan = planFenceRepair(note.text, parse);
				const outcome = plan === undefined ? "none" : "refused" in plan ? "refused" : (plan.steps[0]?.kind ?? "none");
				// A broken fence is repaired first, or the whole repair refused (a later step may be what fails).
				if (repairable) expect(outcome).toMatch(/^(refused|fence-backslash|fence-glued)$/);
				else expect(FENCE_KINDS.has(outcome) || (plan !== undefined && "refused" in plan && FENCE_KINDS.has(plan.kind))).toBe(false);
			}),
			{ numRuns: 300 },
		);
	});

	it("fixes the plain broken fences a vault holds (the generator reaches the fix branch)", () => {
		const outcomes = fc.sample(hostileNote, { numRuns: 400, seed: 7 }).map((note) => planFenceRepair(note.text, parse));
		expect(outcomes.filter((plan) => plan && "fixed" in plan).length).toBeGreaterThan(10);
		expect(outcomes.filter((plan) => plan && "refused" in plan).length).toBeGreaterThan(10);
	});
});
