import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { previewImport, type ImportRequest } from "../../../src/app/import/importDocument";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { sectionSubtopics } from "../../../src/core/import/planImport";
import { extractContent } from "../../../src/core/question/content";
import { analyze } from "../../support/notes";

const REQUEST: ImportRequest = {
	documentText: readFileSync("test/fixtures/documents/service-guide.txt", "utf8"),
	documentName: "service-guide.txt",
	folder: "Guides/Service",
	difficulties: new Map([[3, "hard"]]),
	today: "2026-11-23",
};

const EXPECTED_NAMES = [
	"q-pick-hash-map-sorted-tree-lookups--service-engineering--easy.md",
	"q-makes-queue-different-stack--service-engineering--easy.md",
	"q-http-409-status-code-client--service-engineering--easy.md",
	"q-get-request-never-change-data-server--service-engineering--easy.md",
	"q-composite-index-country-city-help-query--service-engineering--medium.md",
	"q-write-amplification-storage-engine--service-engineering--medium.md",
	"q-make-message-consumer-idempotent--service-engineering--medium.md",
	"q-back-pressure-streaming-pipeline--service-engineering--medium.md",
	"q-fencing-token-protect-resource-guarded-distributed--service-engineering--hard.md",
	"q-trade-off-quorum-w-r-n--service-engineering--hard.md",
	"q-roll-out-risky-configuration-change-fleet--service-engineering--hard.md",
	"q-belongs-useful-post-incident-review--service-engineering--hard.md",
	"moc-service-guide.md",
];

function indexOf(notes: { path: string; text: string }[]): QuestionIndex {
	const index = new QuestionIndex();
	index.upsertMany(notes.map((note) => analyze(note.path, note.text)));
	return index;
}

describe("planning an import", () => {
	it("plans one note per question in the vault's naming convention and one MOC, in the folder asked for", () => {
		const preview = previewImport(REQUEST, [], () => false);
		expect(preview.topic).toBe("service-engineering");
		expect(preview.notes.map((note) => note.path)).toEqual(EXPECTED_NAMES.map((name) => `Guides/Service/${name}`));
		expect(preview.counts).toEqual({ questions: 12, toWrite: 13, imported: 0, taken: 0 });
	});

	it("writes notes the index reads as questions, with the section as subtopics and the document as source", () => {
		const preview = previewImport(REQUEST, [], () => false);
		const index = indexOf(preview.notes);
		expect(index.questions()).toHaveLength(12);
		const q5 = index.question("Guides/Service/q-composite-index-country-city-help-query--service-engineering--medium.md");
		expect(q5).toMatchObject({ title: "How does a composite index on (country, city) help a query that filters only by city?", difficulty: "medium", topic: "service-engineering", subtopics: ["storage"], moc: "moc-service-guide" });
		expect(q5?.frontmatter).toMatchObject({ source: "service-guide.txt", source_question: 5, created: "2026-11-23" });
		expect(q5?.tags).toEqual(["service-engineering", "difficulty/medium", "imported"]);
		const text = preview.notes.find((note) => note.path === q5?.path)?.text ?? "";
		const content = extractContent(text, q5?.title ?? "", "en");
		expect(content.question).toBe(q5?.title);
		expect(content.strongAnswer).toMatch(/^It mostly does not\./);
		expect(content.weakAnswer).toBe("Any index on a column makes every query on that column fast.");
		expect(content.cue).toBe("Listens for **the leftmost-prefix rule**.");
		expect(text).toContain("## What a strong answer covers\n\n- the leftmost-prefix rule\n");
	});

	it("gives the MOC one study path per part, in the document's order, linking every question", () => {
		const index = indexOf(previewImport(REQUEST, [], () => false).notes);
		const moc = index.moc("Guides/Service/moc-service-guide.md");
		expect(moc?.title).toBe("Twelve Service Engineering Interview Questions");
		expect(moc?.studyPaths.map((path) => [path.name, index.studyPathQuestions(path).questions.map((q) => q.frontmatter.source_question)])).toEqual([
			["Part 1: Service engineering questions for junior candidates (easy)", [1, 2, 3, 4]],
			["Part 2: Service engineering questions for intermediate candidates (medium)", [5, 6, 8, 9]],
			["Part 3: Service engineering questions for junior candidates (hard)", [10, 11, 12, 13]],
		]);
	});

	it("plans nothing for a document already imported, wherever its notes went since", () => {
		const first = previewImport(REQUEST, [], () => false);
		const moved = first.notes.map((note, i) => ({ path: i === 0 ? "Elsewhere/renamed.md" : note.path, isMoc: note.path.includes("/moc-"), source: "service-guide.txt", ...(note.path.includes("/moc-") ? {} : { sourceQuestion: first.plan.questions[i]?.number }) }));
		const again = previewImport({ ...REQUEST, difficulties: new Map() }, moved, (path) => moved.some((note) => note.path === path));
		expect(again.notes).toEqual([]);
		expect(again.counts).toMatchObject({ toWrite: 0, imported: 13 });
		expect(again.plan.questions[0]?.status).toEqual({ kind: "imported", at: "Elsewhere/renamed.md" });
	});

	it("never plans over another file: it is skipped, or written beside it when the user says so", () => {
		const taken = `Guides/Service/${EXPECTED_NAMES[1] ?? ""}`;
		const skipped = previewImport(REQUEST, [], (path) => path === taken);
		expect(skipped.plan.questions[1]?.status).toEqual({ kind: "taken", beside: taken.replace("--service", "-2--service"), choice: "skip" });
		expect(skipped.notes.map((note) => note.path)).not.toContain(taken);
		expect(skipped.notes).toHaveLength(12);
		expect(skipped.notes.find((note) => note.path.includes("/moc-"))?.text).not.toContain("q-makes-queue-different-stack");

		const beside = previewImport({ ...REQUEST, beside: new Set([taken]) }, [], (path) => path === taken);
		const besidePath = taken.replace("--service", "-2--service");
		expect(beside.notes.map((note) => note.path)).toContain(besidePath);
		expect(beside.notes.find((note) => note.path.includes("/moc-"))?.text).toContain("[[q-makes-queue-different-stack-2--service-engineering--easy|");
	});

	it("refuses a folder that leaves the vault or hides the notes, and takes the topic the user types", () => {
		expect(() => previewImport({ ...REQUEST, folder: "../outside" }, [], () => false)).toThrow(/not allowed/);
		expect(() => previewImport({ ...REQUEST, folder: ".hidden/x" }, [], () => false)).toThrow(/not allowed/);
		expect(previewImport({ ...REQUEST, topic: "Back End" }, [], () => false).notes[0]?.path).toBe("Guides/Service/q-pick-hash-map-sorted-tree-lookups--back-end--easy.md");
	});

	it("splits a section's name into subtopics", () => {
		expect(sectionSubtopics("Databases, APIs & System Fundamentals")).toEqual(["databases", "apis", "system-fundamentals"]);
	});
});
