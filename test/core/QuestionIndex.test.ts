import { beforeEach, describe, expect, it } from "vitest";
import { QuestionIndex } from "../../src/core/index/QuestionIndex";
import { analyze, questionNote } from "../support/notes";

function note(name: string, frontmatter: string, folder = "qs"): [string, string] {
	return [`${folder}/${name}.md`, questionNote(frontmatter)];
}

const NOTES: [string, string][] = [
	note("q-keys--backend--easy", "subtopics: [databases]\ntags: [sql, topic/backend]"),
	note("q-joins--backend--hard", "subtopics: [sql, databases]\ntags: [sql]\nquiz_status: review"),
	note("q-cache--backend--medium", "subtopics: caching\ntags: [caching]\nmoc: moc-backend"),
	note("q-shard--design--hard", "subtopics: [scalability]", "design"),
	["maps/moc-backend.md", "---\nkind: moc\n---\n## Study Paths\n### Beginner Path\n- [[q-keys--backend--easy]]\n- [[q-missing--backend--easy]]\n### Advanced Path\n- [[q-joins--backend--hard]]\n"],
	["notes/plain.md", "Just a note"],
];

describe("QuestionIndex", () => {
	let index: QuestionIndex;
	beforeEach(() => {
		index = new QuestionIndex();
		index.upsertMany(NOTES.map(([path, text]) => analyze(path, text)));
	});

	it("answers by difficulty, subtopic, topic, tag (nested tags too), folder and learning status", () => {
		const paths = (filter: Parameters<QuestionIndex["query"]>[0]) => index.query(filter).map((q) => q.basename);
		expect(paths({ difficulty: "hard" })).toEqual(["q-shard--design--hard", "q-joins--backend--hard"]);
		expect(paths({ subtopic: "databases" })).toEqual(["q-joins--backend--hard", "q-keys--backend--easy"]);
		expect(paths({ topic: "design" })).toEqual(["q-shard--design--hard"]);
		expect(paths({ tag: "#topic" })).toEqual(["q-keys--backend--easy"]);
		expect(paths({ folder: "design" })).toEqual(["q-shard--design--hard"]);
		expect(paths({ status: "review" })).toEqual(["q-joins--backend--hard"]);
		expect(paths({ subtopic: "sql", difficulty: "easy" })).toEqual([]);
	});

	it("counts by any field", () => {
		expect(Object.fromEntries(index.countBy("difficulty"))).toEqual({ easy: 1, hard: 2, medium: 1 });
		expect(Object.fromEntries(index.countBy("subtopic"))).toEqual({ databases: 2, sql: 1, caching: 1, scalability: 1 });
		expect(Object.fromEntries(index.countBy("status"))).toEqual({ new: 3, review: 1 });
	});

	it("answers by MOC (linked or naming it) and by study path, in the path's order", () => {
		expect(index.questionsOfMoc("moc-backend").map((q) => q.basename)).toEqual([
			"q-keys--backend--easy",
			"q-joins--backend--hard",
			"q-cache--backend--medium",
		]);
		const moc = index.moc("moc-backend");
		const beginner = moc?.studyPaths[0];
		expect(beginner && index.studyPathQuestions(beginner)).toEqual({
			questions: [index.question("qs/q-keys--backend--easy.md")],
			missing: ["q-missing--backend--easy"],
		});
	});

	it("reports a MOC link to a question that does not exist", () => {
		expect(index.problems()).toEqual([
			expect.objectContaining({ path: "maps/moc-backend.md", code: "moc-dangling-link", line: 7 }),
		]);
	});

	it("follows an edit, a rename and a delete, bumping the revision each time", () => {
		const start = index.revision;
		index.upsert(analyze("qs/q-keys--backend--easy.md", questionNote("difficulty: hard")));
		expect(index.question("qs/q-keys--backend--easy.md")?.difficulty).toBe("hard");
		index.rename("qs/q-cache--backend--medium.md", analyze("qs/q-cache--backend--easy.md", questionNote("subtopics: caching")));
		expect(index.question("qs/q-cache--backend--medium.md")).toBeUndefined();
		expect(index.question("qs/q-cache--backend--easy.md")?.difficulty).toBe("easy");
		index.remove("design/q-shard--design--hard.md");
		expect(index.query({ topic: "design" })).toEqual([]);
		expect(index.revision).toBe(start + 3);
		expect(index.questions()).toHaveLength(3);
	});

	it("keeps a question whose frontmatter breaks, without properties and with the problem, and takes it back whole when fixed", () => {
		index.upsert(analyze("qs/q-keys--backend--easy.md", "---\ntitle: [broken\n---\n"));
		expect(index.question("qs/q-keys--backend--easy.md")).toMatchObject({ difficulty: "easy", frontmatter: {}, propertiesUnreadable: expect.stringContaining("not valid YAML") as string });
		expect(index.problems().map((p) => p.code)).toContain("yaml-invalid");
		index.upsert(analyze("qs/q-keys--backend--easy.md", questionNote("title: fixed")));
		expect(index.question("qs/q-keys--backend--easy.md")?.title).toBe("fixed");
		expect(index.problems().map((p) => p.code)).not.toContain("yaml-invalid");
	});

	it("resolves links as Obsidian does: by name, or by path", () => {
		expect(index.resolveLink("q-keys--backend--easy")).toBe("qs/q-keys--backend--easy.md");
		expect(index.resolveLink("design/q-shard--design--hard")).toBe("design/q-shard--design--hard.md");
		expect(index.resolveLink("plain")).toBe("notes/plain.md");
		expect(index.resolveLink("nowhere")).toBeUndefined();
	});

	it("tells subscribers about each change and stops when asked", () => {
		let calls = 0;
		const stop = index.subscribe(() => calls++);
		index.remove("notes/plain.md");
		stop();
		index.remove("qs/q-keys--backend--easy.md");
		expect(calls).toBe(1);
	});
});

describe("what the index says changed", () => {
	const note = (path: string, title: string) => analyze(path, questionNote(`title: ${title}\ndifficulty: easy`));

	it("lists the paths each change touched since a revision, a rename's old path included; after a full read it cannot say", () => {
		const index = new QuestionIndex();
		index.replaceAll([note("q-a.md", "A"), note("q-b.md", "B"), note("q-c.md", "C")]);
		const start = index.revision;
		expect(index.changesSince(start)).toEqual(new Set());
		index.upsert(note("q-b.md", "B again"));
		index.rename("q-c.md", note("q-d.md", "C renamed"));
		index.remove("q-a.md");
		expect(index.changesSince(start)).toEqual(new Set(["q-b.md", "q-c.md", "q-d.md", "q-a.md"]));
		const afterEdits = index.revision;
		index.replaceAll([note("q-e.md", "E")]);
		expect(index.changesSince(afterEdits)).toBeUndefined();
	});

	it("replaces an edited question where it stands, leaving the list handed out before untouched", () => {
		const index = new QuestionIndex();
		index.replaceAll([note("q-a.md", "A"), note("q-b.md", "B"), note("q-c.md", "C")]);
		const before = index.questions();
		index.upsert(note("q-b.md", "B edited"));
		expect(index.questions().map((q) => q.title)).toEqual(["A", "B edited", "C"]);
		expect(before.map((q) => q.title)).toEqual(["A", "B", "C"]);
		expect(index.pages().map((page) => page.path)).toEqual(["q-a.md", "q-b.md", "q-c.md"]);
	});
});
