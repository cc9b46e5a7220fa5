import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import type { NoteAnalysis } from "../../../src/core/parse/analyzeNote";
import { isError } from "../../../src/core/note/Problem";
import { analyze, snapshot } from "../../support/notes";
import { hostileNote, notePath } from "./hostileNotes";

/** Enough runs to meet every generator branch many times; the whole folder stays within seconds. */
const RUNS = 300;

describe("reading hostile notes", () => {
	it("the headless parse and analyzeNote never throw, and report only problems of the note itself", () => {
		fc.assert(
			fc.property(notePath, hostileNote, (path, note) => {
				expect(() => snapshot(path, note.text)).not.toThrow();
				const analysis = analyze(path, note.text);
				expect(["question", "moc", "other"]).toContain(analysis.kind);
				expect(analysis.path).toBe(path);
				for (const problem of analysis.problems) {
					expect(problem.path).toBe(path);
					expect(problem.message.length).toBeGreaterThan(0);
				}
				// A note whose properties cannot be read is kept, as Obsidian keeps it: no properties, the reason on it.
				if (analysis.problems.some(isError)) {
					expect(analysis.page.frontmatter).toEqual({});
					expect(analysis.propertiesUnreadable).toEqual(expect.any(String));
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it("reads a broken fence as Obsidian does: no properties, an error on line 1", () => {
		fc.assert(
			fc.property(notePath, hostileNote, (path, note) => {
				if (note.fence !== "backslash" && note.fence !== "unclosed") return;
				const analysis = analyze(path, note.text);
				// A text with U+FFFD or NUL was not read as UTF-8: that error is reported instead, with no properties.
				if (analysis.problems.some((problem) => problem.code === "not-utf8")) {
					expect(analysis.page.frontmatter).toEqual({});
					return;
				}
				const fenceError = analysis.problems.find((problem) => problem.code.startsWith("fence-"));
				if (note.fence === "backslash") expect(fenceError).toMatchObject({ code: "fence-backslash", line: 1 });
				if (fenceError) expect(analysis.page.frontmatter).toEqual({});
			}),
			{ numRuns: RUNS },
		);
	});
});

describe("index invariants over random vaults", () => {
	const vault = fc.uniqueArray(fc.tuple(notePath, hostileNote), { maxLength: 12, selector: ([path]) => path });

	it("every note is a question, a MOC or another note, once; counts add up; problems name real notes", () => {
		fc.assert(
			fc.property(vault, (notes) => {
				const analyses = notes.map(([path, note]) => analyze(path, note.text));
				const index = new QuestionIndex();
				index.upsertMany(analyses);
				// Reading the same notes again (a settings change, a re-read) must not count anything twice.
				index.upsertMany(analyses);
				checkInvariants(index, analyses);
			}),
			{ numRuns: 100 },
		);
	});

	it("keeps the invariants through removals and renames", () => {
		fc.assert(
			fc.property(vault, fc.nat(), (notes, seed) => {
				const index = new QuestionIndex();
				index.upsertMany(notes.map(([path, note]) => analyze(path, note.text)));
				const kept = notes.filter((_, i) => (i + seed) % 3 !== 0);
				for (const [path] of notes.filter((entry) => !kept.includes(entry))) index.remove(path);
				checkInvariants(index, kept.map(([path, note]) => analyze(path, note.text)));
				// A rename re-reads the note under its new path, as the sources do.
				const moved = kept.map(([path, note]) => analyze(`moved/${path}`, note.text));
				kept.forEach(([path], i) => index.rename(path, moved[i] as NoteAnalysis));
				checkInvariants(index, moved);
			}),
			{ numRuns: 60 },
		);
	});
});

function checkInvariants(index: QuestionIndex, analyses: readonly NoteAnalysis[]): void {
	const questions = index.questions();
	const questionPaths = questions.map((question) => question.path);
	expect(new Set(questionPaths).size).toBe(questionPaths.length);
	expect(questionPaths.sort()).toEqual(analyses.filter((a) => a.kind === "question").map((a) => a.path).sort());
	for (const field of ["difficulty", "status", "topic", "folder"] as const) {
		const total = [...index.countBy(field).values()].reduce((sum, count) => sum + count, 0);
		expect(total, `countBy("${field}")`).toBe(questions.length);
	}
	const others = analyses.filter((a) => a.kind === "other").length;
	expect(questions.length + index.mocs().length + others).toBe(analyses.length);
	expect(index.size).toBe(analyses.length);
	expect(index.pages()).toHaveLength(analyses.length);
	const paths = new Set(analyses.map((a) => a.path));
	const problems = index.problems();
	for (const problem of problems) expect(paths.has(problem.path)).toBe(true);
	for (const analysis of analyses) {
		for (const problem of analysis.problems) expect(problems).toContainEqual(problem);
		// Kept in the index as what its name makes it, with no properties.
		if (analysis.problems.some(isError) && analysis.kind === "question") {
			expect(index.question(analysis.path)?.propertiesUnreadable).toEqual(expect.any(String));
		}
	}
}
