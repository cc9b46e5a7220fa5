import { parseYamlAsObsidian } from "../../src/core/note/yamlEngine";
import { describe, expect, it } from "vitest";
import { parseQuery, runQuery } from "../../src/core/dataview";
import { QuestionIndex } from "../../src/core/index/QuestionIndex";
import { expandedSize } from "../../src/core/note/yamlSize";
import { analyzeNote } from "../../src/core/parse/analyzeNote";
import { DEFAULT_RECOGNITION } from "../../src/core/question/recognition";
import { FrontmatterWriteError } from "../../src/core/write/frontmatterPatch";
import { verifyPatch } from "../../src/core/write/verifyPatch";
import { snapshotOf } from "../../src/obsidian/readSnapshot";
import { createFakeApp } from "../obsidian/FakeApp";
import { analyze } from "../support/notes";

const parseYaml = (yaml: string): unknown => parseYamlAsObsidian(yaml);

/** "Billion laughs": each anchor a list of nine aliases of the one before; `levels` 9 stands for 9^9 texts in 400 bytes. */
function aliasBomb(levels: number): string {
	const lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
	for (let level = 1; level < levels; level++) lines.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(", ")}]`);
	return `---\ndifficulty: easy\ntitle: Laughs\n${lines.join("\n")}\n---\n# Question (EN)\n> How many?\n`;
}

const PATH = "q-laughs--backend--easy.md";

describe("a YAML alias bomb", () => {
	it("is measured without being expanded: 9^9 texts in a few hundred bytes", () => {
		const text = aliasBomb(9);
		expect(text.length).toBeLessThan(700);
		const block = text.split("\n---\n")[0]?.slice(4) ?? "";
		expect(expandedSize(parseYaml(block))).toBeGreaterThan(9 ** 9);
	});

	it("headless, the note is a problem of its own and its properties are not read", () => {
		const analysis = analyze(PATH, aliasBomb(9));
		// Still a question by its name, as any note whose properties cannot be read: never written to.
		expect(analysis.propertiesUnreadable).toMatch(/aliases/);
		expect(analysis.problems).toEqual([expect.objectContaining({ code: "yaml-alias-expansion", severity: "error", line: 1 })]);
		expect(analysis.page.frontmatter).toEqual({});
	});

	it("in Obsidian, where the metadata cache parsed the block itself, the same", () => {
		const text = aliasBomb(9);
		const app = createFakeApp({ [PATH]: text });
		const file = app.file(PATH);
		const cache = app.metadataCache.getFileCache(file);
		expect(cache?.frontmatter).toBeDefined();
		const analysis = analyzeNote(snapshotOf(file, text, cache), DEFAULT_RECOGNITION);
		expect(analysis.problems.map((problem) => problem.code)).toEqual(["yaml-alias-expansion"]);
		expect(analysis.page.frontmatter).toEqual({});
	});

	it("a Dataview LIST over a vault holding it lists the note without expanding it", () => {
		const index = new QuestionIndex();
		index.upsertMany([analyze(PATH, aliasBomb(9)), analyze("q-plain--backend--easy.md", "---\ndifficulty: easy\n---\n# Plain\n")]);
		const query = parseQuery("TABLE l8, difficulty");
		if (!query.ok) throw new Error(query.message);
		const result = runQuery(query.query, index.pages(), { today: "2026-11-23" });
		expect(result.type).toBe("table");
		if (result.type === "table") expect(result.rows).toHaveLength(2);
	});

	it("the write check refuses the note instead of comparing every expanded value", () => {
		const before = aliasBomb(7);
		const after = before.replace("title: Laughs\n", "title: Laughs\nquiz_grade: 4\n");
		expect(() => verifyPatch(before, after, { quiz_grade: 4 }, parseYaml)).toThrow(FrontmatterWriteError);
		expect(() => verifyPatch(before, after, { quiz_grade: 4 }, parseYaml)).toThrow(/aliases/);
	});

	it("a note using anchors the ordinary way keeps its properties", () => {
		const analysis = analyze(PATH, "---\ndifficulty: easy\nbase: &b {topic: sql, tags: [a, b]}\ncopy: *b\nagain: *b\n---\n# Q\n");
		expect(analysis.kind).toBe("question");
		expect(analysis.page.frontmatter).toMatchObject({ copy: { topic: "sql" }, again: { tags: ["a", "b"] } });
	});
});
