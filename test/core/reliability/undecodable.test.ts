import { parseYamlAsObsidian } from "../../../src/core/note/yamlEngine";
import { describe, expect, it } from "vitest";
import { planRepair } from "../../../src/core/note/repairFrontmatter";
import { applyConversion } from "../../../src/core/views/convertPlan";
import { applyFrontmatterPatch, FrontmatterWriteError } from "../../../src/core/write/frontmatterPatch";
import { verifyPatch } from "../../../src/core/write/verifyPatch";
import { analyze } from "../../support/notes";

const parse = (yaml: string): unknown => parseYamlAsObsidian(yaml);

/** What Obsidian and Node hand over for a file with a Latin-1 byte: U+FFFD where the byte was. */
const LATIN1 = "---\ndifficulty: easy\n---\n# Question (EN)\n> Caf\uFFFD au lait?\n\n```dataview\nLIST\n```\n";
const BINARY = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR";

describe("a note that does not decode cleanly is never written", () => {
	it("is a problem of its own and never a question, so it is never quizzed", () => {
		for (const text of [LATIN1, BINARY]) {
			const analysis = analyze("q-odd--backend--easy.md", text);
			expect(analysis.kind).toBe("other");
			expect(analysis.problems.map((problem) => problem.code)).toEqual(["not-utf8"]);
		}
	});

	it("a grade's write check refuses it", () => {
		const after = applyFrontmatterPatch(LATIN1, { quiz_grade: 4 });
		expect(() => verifyPatch(LATIN1, after, { quiz_grade: 4 }, parse)).toThrow(FrontmatterWriteError);
		expect(() => verifyPatch(LATIN1, after, { quiz_grade: 4 }, parse)).toThrow(/not valid UTF-8/);
	});

	it("a fence repair refuses it, with the reason", () => {
		const plan = planRepair(LATIN1.replace(/^---\n/, "---\\\n"), parse);
		expect(plan && "refused" in plan ? plan.refused : "").toMatch(/not valid UTF-8/);
	});

	it("a Dataview block conversion refuses it", () => {
		expect(() => applyConversion(LATIN1, [{ kind: "convertible", line: 7, query: "LIST", native: "view: list" }])).toThrow(/not valid UTF-8/);
	});
});
