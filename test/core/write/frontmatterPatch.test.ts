import { parseYamlAsObsidian } from "../../../src/core/note/yamlEngine";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../../src/core/note/frontmatterBlock";
import { applyFrontmatterPatch, FrontmatterWriteError, type FrontmatterPatch } from "../../../src/core/write/frontmatterPatch";
import { verifyPatch } from "../../../src/core/write/verifyPatch";
import { seededRandom } from "../../support/seededRandom";

const parse = (yaml: string): unknown => parseYamlAsObsidian(yaml);

const MESSY = `---
id: db-002
title: "SQL JOIN algorithms / Алгоритмы"
subtopics: [sql, algorithms]   # flow list with a comment
tags:
- sql
- difficulty/hard
difficulty: hard # trailing comment
quiz_status: learning
quiz_due: 2026-11-20
related:
  - q-a
  - "[[q-b|B]]"
created: 2025-10-03
---
# Question (EN)
> What does the algorithm look like?

---
quiz_status: not-frontmatter
`;

const PATCH: FrontmatterPatch = { quiz_status: "review", quiz_grade: 4, quiz_due: "2026-12-01", quiz_stability: 12.3456 };

function linesOutside(text: string, keys: string[]): string[] {
	return text.split("\n").filter((line) => !keys.some((key) => line.startsWith(`${key}:`)));
}

describe("applyFrontmatterPatch", () => {
	it("changes only the patched keys' lines; every other line, comment and the body stay byte for byte", () => {
		const after = applyFrontmatterPatch(MESSY, PATCH);
		expect(linesOutside(after, Object.keys(PATCH))).toEqual(linesOutside(MESSY, Object.keys(PATCH)));
		expect(after).toContain("quiz_status: review\nquiz_due: 2026-12-01\nrelated:");
		expect(after).toContain("created: 2025-10-03\nquiz_grade: 4\nquiz_stability: 12.3456\n---\n# Question");
		expect(after.endsWith("---\nquiz_status: not-frontmatter\n")).toBe(true);
		verifyPatch(MESSY, after, PATCH, parse);
	});

	it("removes a property patched to null, with its continuation lines", () => {
		const text = "---\na: 1\nquiz_due:\n  - 2026\n  - x\nb: 2\n---\nbody";
		expect(applyFrontmatterPatch(text, { quiz_due: null })).toBe("---\na: 1\nb: 2\n---\nbody");
	});

	it("undoes itself: restoring the previous values gives the original text back", () => {
		const after = applyFrontmatterPatch(MESSY, PATCH);
		const restore: FrontmatterPatch = { quiz_status: "learning", quiz_due: "2026-11-20", quiz_grade: null, quiz_stability: null };
		expect(applyFrontmatterPatch(after, restore)).toBe(MESSY);
	});

	it("keeps CRLF line endings and a byte-order mark", () => {
		const text = "\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n";
		const after = applyFrontmatterPatch(text, { quiz_grade: 3 });
		expect(after).toBe("\uFEFF---\r\ntitle: A\r\nquiz_grade: 3\r\n---\r\nBody\r\n");
	});

	it("creates a block in a note that has none, leaving the body as it was", () => {
		expect(applyFrontmatterPatch("# Title\nBody\n", { quiz_grade: 5 })).toBe("---\nquiz_grade: 5\n---\n# Title\nBody\n");
		expect(applyFrontmatterPatch("# Title\n", { quiz_grade: null })).toBe("# Title\n");
	});

	it("writes into an empty block", () => {
		expect(applyFrontmatterPatch("---\n---\nBody", { quiz_status: "new" })).toBe("---\nquiz_status: new\n---\nBody");
	});

	it("heals a duplicated key of ours to one line holding the new value", () => {
		const text = "---\nquiz_grade: 1\ntitle: T\nquiz_grade: 2\n---\n";
		expect(applyFrontmatterPatch(text, { quiz_grade: 4 })).toBe("---\ntitle: T\nquiz_grade: 4\n---\n");
	});

	it("quotes text values that YAML would read as something else", () => {
		const after = applyFrontmatterPatch("---\n---\n", { a: "yes", b: "12", c: "a: b", d: "2026-11-20", e: "plain text" });
		expect(parse(splitYaml(after))).toEqual({ a: "yes", b: "12", c: "a: b", d: "2026-11-20", e: "plain text" });
		expect(after).toContain("d: 2026-11-20\n");
	});

	it("refuses a note whose frontmatter fence is broken", () => {
		expect(() => applyFrontmatterPatch("---\\\ntitle: x\n---\n", { quiz_grade: 1 })).toThrow(FrontmatterWriteError);
	});
});

describe("verifyPatch", () => {
	it("refuses a write that would change another property or the body", () => {
		expect(() => verifyPatch("---\na: 1\n---\nx", "---\na: 2\nquiz_grade: 1\n---\nx", { quiz_grade: 1 }, parse)).toThrow(/"a"/);
		expect(() => verifyPatch("---\na: 1\n---\nx", "---\na: 1\nquiz_grade: 1\n---\ny", { quiz_grade: 1 }, parse)).toThrow(/body/);
		expect(() => verifyPatch("---\na: [1\n---\n", "---\na: [1\nquiz_grade: 1\n---\n", { quiz_grade: 1 }, parse)).toThrow(/not valid YAML/);
	});
});

describe("random notes", () => {
	it("never changes a byte outside the plugin's keys, whatever the other properties look like", () => {
		const random = seededRandom(42);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
		const values = ["plain", '"quoted: yes"', "[a, b]", "{x: 1}", "2025-10-03", "12", "'single'", "Юникод текст", "|\n  block\n  text", "\n  - a\n  - b", "~"];
		for (let run = 0; run < 300; run++) {
			const keys = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => `k${i}`);
			const own = random() < 0.5 ? [`quiz_status: ${pick(["new", "review", "odd value"])}`] : [];
			const yaml = [...keys.map((key) => `${key}: ${pick(values)}${random() < 0.3 ? "  # note" : ""}`), ...own];
			const eol = random() < 0.3 ? "\r\n" : "\n";
			const text = `---${eol}${yaml.sort(() => random() - 0.5).join(eol)}${eol}---${eol}Body ${run}${eol}---${eol}tail`;
			const patch: FrontmatterPatch = { quiz_status: "learning", quiz_grade: Math.ceil(random() * 5), quiz_due: "2026-12-01" };
			const after = applyFrontmatterPatch(text, patch);
			verifyPatch(text, after, patch, parse);
			expect(linesOutside(after, Object.keys(patch))).toEqual(linesOutside(text, Object.keys(patch)));
		}
	});
});

function splitYaml(text: string): string {
	const block = splitFrontmatter(text);
	return block.kind === "yaml" ? block.yaml : "";
}
