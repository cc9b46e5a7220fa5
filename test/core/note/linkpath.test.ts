import { describe, expect, it } from "vitest";
import { cellText, parseQuery, runQuery, type QueryResult } from "../../../src/core/dataview";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { filesNamedIn, resolveLinkpath } from "../../../src/core/note/linkpath";
import { analyze, questionNote } from "../../support/notes";

const PATHS = ["a/b/x.md", "z/x.md", "a/b/c/deep.md", "deep.md", "q/deep.md", "top.md", "r/s/Note.md", "r/t/note.md", "v1.2.md"];
const resolve = (link: string, from: string) => resolveLinkpath(link, from, filesNamedIn(PATHS));

describe("resolving a link path as Obsidian's getFirstLinkpathDest does", () => {
	it("prefers a note inside the linking note's folder, then the shortest path", () => {
		expect(resolve("x", "a/b/moc.md")).toBe("a/b/x.md");
		expect(resolve("x", "a/moc.md")).toBe("a/b/x.md");
		expect(resolve("x", "z/moc.md")).toBe("z/x.md");
		// From the vault's root every note is inside the folder: the shortest path wins.
		expect(resolve("x", "moc.md")).toBe("z/x.md");
		expect(resolve("x", "elsewhere/moc.md")).toBe("z/x.md");
	});

	it("takes a note at exactly the path first, wherever the link is written", () => {
		expect(resolve("deep", "a/b/c/moc.md")).toBe("deep.md");
		expect(resolve("q/deep", "a/b/c/moc.md")).toBe("q/deep.md");
		expect(resolve("z/x.md", "a/b/moc.md")).toBe("z/x.md");
		expect(resolve("Z/X", "a/b/moc.md")).toBe("z/x.md");
		expect(resolve("/z/x", "a/b/moc.md")).toBe("z/x.md");
	});

	it("ends a path that starts with / at the exact path, and matches a partial path by its end", () => {
		expect(resolve("/x", "a/b/moc.md")).toBeUndefined();
		expect(resolve("b/x", "z/moc.md")).toBe("a/b/x.md");
		expect(resolve("s/note", "r/t/moc.md")).toBe("r/s/Note.md");
	});

	it("reads ./ and ../ from the linking note's folder", () => {
		expect(resolve("./x", "z/moc.md")).toBe("z/x.md");
		expect(resolve("../b/x", "a/c/moc.md")).toBe("a/b/x.md");
		expect(resolve("../x", "z/deeper/moc.md")).toBe("z/x.md");
	});

	it("takes the only note of a bare name, the linking note for an empty path, and nothing for an unknown name", () => {
		expect(resolve("top", "a/b/c/moc.md")).toBe("top.md");
		expect(resolve("v1.2", "a/moc.md")).toBe("v1.2.md");
		expect(resolve("", "top.md")).toBe("top.md");
		expect(resolve("", "nowhere.md")).toBeUndefined();
		expect(resolve("nowhere", "top.md")).toBeUndefined();
	});
});

describe("one note of a name, whichever feature asks", () => {
	const MOC = "---\nkind: moc\n---\n## Study Paths\n### Basics\n- [[x]]\n\n```dataview\nLIST FROM outgoing([[]])\n```\n";
	const index = new QuestionIndex();
	index.upsertMany([
		analyze("a/b/x.md", questionNote("title: the near one\ndifficulty: easy")),
		analyze("z/x.md", questionNote("title: the short one\ndifficulty: easy")),
		analyze("a/b/moc.md", MOC),
	]);

	it("a MOC's study path and its Dataview block lead to the same note when two notes share a base name", () => {
		const studyPath = index.moc("a/b/moc.md")?.studyPaths[0];
		expect(studyPath && index.studyPathQuestions(studyPath).questions.map((question) => question.path)).toEqual(["a/b/x.md"]);
		expect(listed(runDataview("LIST FROM outgoing([[]])", "a/b/moc.md"))).toEqual(["a/b/x.md"]);
		expect(listed(runDataview("LIST WITHOUT ID [[x]].file.path", "a/b/moc.md"))).toContain("a/b/x.md");
		expect(index.resolveLink("x", "a/b/moc.md")).toBe("a/b/x.md");
		expect(index.questionsOfMoc("a/b/moc.md").map((question) => question.path)).toEqual(["a/b/x.md"]);
	});

	function runDataview(source: string, origin: string): QueryResult {
		const parsed = parseQuery(source);
		if (!parsed.ok) throw new Error(parsed.message);
		return runQuery(parsed.query, index.pages(), { today: "2025-10-20", origin });
	}
});

function listed(result: QueryResult): string[] {
	if (result.type !== "list") throw new Error(`expected a list, got ${JSON.stringify(result)}`);
	return result.items.map((item) => {
		const cell = item.id ?? item.value ?? null;
		return cell !== null && typeof cell === "object" && "path" in cell ? String(cell.path) : cellText(cell);
	});
}
