import { parseYamlAsObsidian } from "../../../src/core/note/yamlEngine";
import { describe, expect, it } from "vitest";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { parseBlockSpec, type BlockSpec } from "../../../src/core/views/blockSpec";
import { runBlock } from "../../../src/core/views/runBlock";
import { analyze, questionNote } from "../../support/notes";

const parse = (yaml: string): unknown => parseYamlAsObsidian(yaml);

function spec(source: string): BlockSpec {
	const result = parseBlockSpec(source, parse);
	if (!result.ok) throw new Error(result.message);
	return result.spec;
}

describe("parseBlockSpec", () => {
	it("reads every key, with lists or single values", () => {
		expect(spec("from: [50-Backend, '#sql']\ndifficulty: Hard\nsubtopic: [SQL]\nlearning: new\ngroup-by: subtopic\ncolumns: [title, due]\nsort: [-difficulty, title]\nlimit: 5\nview: list")).toEqual({
			folders: ["50-Backend"], tags: ["sql"], difficulty: ["hard"], subtopic: ["sql"], topic: [], tag: [], status: [],
			learning: ["new"], groupBy: "subtopic", columns: ["title", "due"],
			sort: [{ column: "difficulty", descending: true }, { column: "title", descending: false }], limit: 5, view: "list",
		});
	});

	it("says what is wrong and on which line", () => {
		expect(parseBlockSpec("view: table\ngruop-by: difficulty", parse)).toEqual({
			ok: false, line: 2, message: expect.stringContaining("unknown key `gruop-by`") as string,
		});
		expect(parseBlockSpec("difficulty: extreme", parse)).toMatchObject({ ok: false, line: 1, message: expect.stringContaining("easy, medium, hard") as string });
		expect(parseBlockSpec("limit: -2", parse)).toMatchObject({ ok: false, message: expect.stringContaining("whole number") as string });
		expect(parseBlockSpec("view: [table", parse)).toMatchObject({ ok: false, message: expect.stringContaining("not valid YAML") as string });
		expect(parseBlockSpec("- a\n- b", parse)).toMatchObject({ ok: false });
	});

	it("accepts an empty block: every question, as a table", () => {
		expect(spec("")).toMatchObject({ view: "table", groupBy: "none", columns: ["title", "difficulty", "subtopics", "learning"] });
	});
});

describe("runBlock", () => {
	const index = new QuestionIndex();
	index.upsertMany([
		analyze("a/q-1--x--hard.md", questionNote("title: Alpha\nsubtopics: [sql]\nstatus: draft")),
		analyze("a/q-2--x--easy.md", questionNote("title: Beta\nsubtopics: [sql, caching]\ntags: [sql/joins]")),
		analyze("a/q-3--x--medium.md", questionNote("title: Gamma\nsubtopics: [caching]\nquiz_status: review\nquiz_due: 2026-12-01")),
		analyze("b/q-4--x--easy.md", questionNote("title: Delta\nsubtopics: [api]")),
	]);

	const titles = (source: string) => runBlock(spec(source), index.questions()).groups.map((g) => [g.key, g.rows.map((q) => q.title)]);

	it("sorts difficulty as easy < medium < hard, and groups in that order too", () => {
		expect(titles("from: a\nsort: difficulty")).toEqual([["", ["Beta", "Gamma", "Alpha"]]]);
		expect(titles("sort: -difficulty\nlimit: 2")).toEqual([["", ["Alpha", "Gamma"]]]);
		expect(titles("group-by: difficulty")).toEqual([["easy", ["Beta", "Delta"]], ["medium", ["Gamma"]], ["hard", ["Alpha"]]]);
	});

	it("filters by folder, tag (nested too), subtopic, editorial and learning status", () => {
		expect(titles("from: '#sql'")).toEqual([["", ["Beta"]]]);
		expect(titles("subtopic: caching\nlearning: review")).toEqual([["", ["Gamma"]]]);
		expect(titles("status: Draft")).toEqual([["", ["Alpha"]]]);
		expect(titles("from: b")).toEqual([["", ["Delta"]]]);
	});

	it("puts a question in each of its subtopics' groups", () => {
		expect(titles("group-by: subtopic")).toEqual([["api", ["Delta"]], ["caching", ["Beta", "Gamma"]], ["sql", ["Alpha", "Beta"]]]);
	});
});
