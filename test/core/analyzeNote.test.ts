import { describe, expect, it } from "vitest";
import type { NoteAnalysis } from "../../src/core/parse/analyzeNote";
import type { Question } from "../../src/core/question/Question";
import { analyze, questionNote } from "../support/notes";

function questionOf(analysis: NoteAnalysis): Question {
	if (analysis.kind !== "question") throw new Error(`expected a question, got ${analysis.kind}`);
	return analysis.question;
}

describe("which notes are questions", () => {
	it("recognises a note by its difficulty property, its q- name, or a configured folder", () => {
		expect(analyze("notes/joins.md", questionNote("difficulty: hard")).kind).toBe("question");
		expect(analyze("notes/q-joins.md", "Plain text").kind).toBe("question");
		expect(analyze("Interview/joins.md", "Plain text", { questionFolders: ["Interview"] }).kind).toBe("question");
		expect(analyze("notes/joins.md", "Plain text").kind).toBe("other");
	});

	it("follows the recognition settings when a rule is switched off", () => {
		expect(analyze("notes/q-joins.md", "x", { byFileName: false }).kind).toBe("other");
		expect(analyze("notes/joins.md", questionNote("difficulty: hard"), { byDifficultyProperty: false }).kind).toBe("other");
	});

	it("recognises a MOC by `kind: moc` or a moc- name", () => {
		expect(analyze("maps/backend.md", questionNote("kind: moc")).kind).toBe("moc");
		expect(analyze("maps/moc-backend.md", "# Backend").kind).toBe("moc");
	});
});

describe("difficulty", () => {
	it.each([
		["difficulty: hard", "hard"],
		['difficulty: "Medium"', "medium"],
		["difficulty: easy   # warm-up", "easy"],
		["difficulty: ' HARD '", "hard"],
	])("reads %s", (line, expected) => {
		expect(questionOf(analyze("q-x.md", questionNote(line))).difficulty).toBe(expected);
	});

	it("falls back to a difficulty/<level> tag, then to the file-name suffix", () => {
		const byTag = questionOf(analyze("q-a--backend--easy.md", questionNote("tags: [sql, difficulty/hard]")));
		expect(byTag).toMatchObject({ difficulty: "hard", difficultySource: "tag" });
		const byName = questionOf(analyze("q-a--backend--medium.md", questionNote("title: A")));
		expect(byName).toMatchObject({ difficulty: "medium", difficultySource: "file-name" });
	});

	it("reports a template leftover such as `difficulty: [level]` and uses the fallback", () => {
		const analysis = analyze("q-a--backend--medium.md", questionNote("difficulty: [level]"));
		expect(questionOf(analysis).difficulty).toBe("medium");
		expect(analysis.problems.map((p) => p.code)).toEqual(["difficulty-unknown"]);
	});

	it("reports a question with no difficulty anywhere", () => {
		const analysis = analyze("q-a.md", questionNote("title: A"));
		expect(questionOf(analysis).difficulty).toBeUndefined();
		expect(analysis.problems.map((p) => p.code)).toEqual(["difficulty-missing"]);
	});
});

describe("fields", () => {
	it("reads subtopics from a flow list, a block list or a single string", () => {
		expect(questionOf(analyze("q-a.md", questionNote("subtopics: [SQL, databases]"))).subtopics).toEqual(["sql", "databases"]);
		expect(questionOf(analyze("q-a.md", questionNote("subtopics:\n  - caching\n  - redis"))).subtopics).toEqual(["caching", "redis"]);
		expect(questionOf(analyze("q-a.md", questionNote("subtopics: caching"))).subtopics).toEqual(["caching"]);
	});

	it("strips # from tags and keeps dates as text", () => {
		const question = questionOf(analyze("q-a.md", questionNote("tags: ['#sql', join]\ncreated: 2025-10-03")));
		expect(question.tags).toEqual(["sql", "join"]);
		expect(question.frontmatter.created).toBe("2025-10-03");
	});

	it("takes the title from the property, else the first level-1 heading that is not a section, else the question's first line, else the name", () => {
		expect(questionOf(analyze("q-a.md", questionNote("title: Joins", "# Other\n"))).title).toBe("Joins");
		expect(questionOf(analyze("q-a.md", questionNote("difficulty: easy", "# What is an index?\nText"))).title).toBe("What is an index?");
		const bilingual = "# Вопрос (RU)\n> Зачем нужен индекс?\n\n# Question (EN)\n> Why does a table need an index?\n\n## Дополнительные Вопросы (RU)\n- …\n";
		expect(questionOf(analyze("q-a.md", questionNote("difficulty: easy", bilingual))).title).toBe("Why does a table need an index?");
		expect(questionOf(analyze("q-a.md", questionNote("difficulty: easy", bilingual), { language: "ru" })).title).toBe("Зачем нужен индекс?");
		const onlySections = "## Answer (EN)\nText\n## Classification\n- x\n";
		expect(questionOf(analyze("q-coroutines-vs-threads--kotlin--medium.md", questionNote("difficulty: easy", onlySections))).title).toBe("Coroutines vs threads");
	});

	it.each([
		"Question (EN)", "Вопрос (RU)", "Answer", "Ответ (RU)", "Follow-ups", "Дополнительные Вопросы (RU)", "Related Questions",
		"Связанные Вопросы (RU)", "References", "Ссылки (RU)",
	])("never takes the section heading %s as a title", (heading) => {
		expect(questionOf(analyze("q-joins--db--easy.md", questionNote("difficulty: easy", `# ${heading}\n## Answer\nText\n`))).title).toBe("Joins");
	});

	it("reads topic, aliases, moc, related links and the author's status", () => {
		const question = questionOf(
			analyze(
				"q-a--databases--hard.md",
				questionNote("aliases: [Join algorithms]\nmoc: '[[moc-backend]]'\nrelated: [q-b, '[[q-c|C]]']\nstatus: draft"),
			),
		);
		expect(question).toMatchObject({
			topic: "databases",
			aliases: ["Join algorithms"],
			moc: "moc-backend",
			related: ["q-b", "q-c"],
			editorialStatus: "draft",
		});
	});

	it("reads prerequisite and advanced links from the Related Questions section", () => {
		const body = "## Related Questions\n### Prerequisites (Easier)\n- [[q-basics--x--easy]]\n### Advanced (Harder)\n- [[q-deep--x--hard|Deep]]\n";
		const question = questionOf(analyze("q-a.md", questionNote("difficulty: medium", body)));
		expect(question.prerequisites).toEqual(["q-basics--x--easy"]);
		expect(question.advanced).toEqual(["q-deep--x--hard"]);
	});

	it("reads the learning state under the configured prefix; a foreign status value is kept aside", () => {
		const note = questionNote("difficulty: easy\nsr_status: review\nsr_due: 2026-11-25\nsr_grade: 4\nstatus: wip");
		const mine = questionOf(analyze("q-a.md", note, { propertyPrefix: "sr_" })).learning;
		expect(mine).toMatchObject({ status: "review", due: "2026-11-25", grade: 4 });
		const pointedAtStatus = questionOf(analyze("q-a.md", note, { statusKey: "status" })).learning;
		expect(pointedAtStatus).toMatchObject({ status: "new", foreignStatus: "wip" });
	});
});

describe("notes whose frontmatter cannot be read", () => {
	it.each([
		["a backslash fence", "---\\\ndifficulty: hard\n---\\\n# Joins\nBody", "fence-backslash"],
		["a glued fence", "---difficulty: hard\n---\n# Joins\nBody", "fence-glued"],
		["broken YAML", "---\ndifficulty: hard\ntitle: [unclosed\n---\n# Joins\nBody", "yaml-invalid"],
		["a list instead of properties", "---\n- a\n- b\n---\n# Joins\nBody", "yaml-invalid"],
		["a duplicated key", "---\ndifficulty: hard\ndifficulty: hard\n---\n# Joins\nBody", "yaml-invalid"],
	])("keeps a q- note with %s as a question without properties, and reports why", (_, text, code) => {
		const analysis = analyze("q-a--x--easy.md", text);
		const question = questionOf(analysis);
		expect(question.frontmatter).toEqual({});
		expect(question).toMatchObject({ difficulty: "easy", difficultySource: "file-name", topic: "x", title: "Joins" });
		expect(question.propertiesUnreadable).toEqual(expect.any(String));
		expect(analysis.problems).toHaveLength(1);
		expect(analysis.problems[0]).toMatchObject({ code, severity: "error", path: "q-a--x--easy.md" });
	});

	it("keeps a moc- note whose fences are `---\\` as a MOC with its study paths", () => {
		const text = "---\\\ntitle: Backend\ntags: [moc]\n---\\\n# Backend\n## Study Paths\n### Beginner Path\n- [[q-a--x--easy]]\n";
		const analysis = analyze("90-MOCs/moc-backend.md", text);
		if (analysis.kind !== "moc") throw new Error(`expected a MOC, got ${analysis.kind}`);
		expect(analysis.moc.studyPaths.map((path) => path.name)).toEqual(["Beginner Path"]);
		expect(analysis.moc.propertiesUnreadable).toContain("`---\\`");
		expect(analysis.page.frontmatter).toEqual({});
	});

	it("gives a note with a duplicated key no properties at all, as Obsidian and Dataview do", () => {
		const analysis = analyze("notes/joins.md", "---\ndifficulty: easy\ndifficulty: hard\n---\n");
		expect(analysis.kind).toBe("other");
		expect(analysis.page.frontmatter).toEqual({});
		expect(analysis.problems[0]?.message).toContain("duplicated mapping key");
	});

	it("keeps a note with empty frontmatter and warns", () => {
		const analysis = analyze("q-a--x--easy.md", "---\n---\nBody");
		expect(questionOf(analysis).difficulty).toBe("easy");
		expect(analysis.problems.map((p) => p.code)).toEqual(["empty-frontmatter"]);
	});
});
