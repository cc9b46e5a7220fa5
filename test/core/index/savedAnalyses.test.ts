import { describe, expect, it } from "vitest";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { analysisDependsOn, parseSavedAnalyses, reuseSaved, serializeAnalyses } from "../../../src/core/index/savedAnalyses";
import type { NoteAnalysis } from "../../../src/core/parse/analyzeNote";
import { analyze, questionNote } from "../../support/notes";

/**
 * A note whose properties cannot be read is saved like any other (analysing it again would ask
 * js-yaml why its block is broken at every start-up), but the review log's learning state that the
 * index sets on it is the log's, not the note's: the saved analysis must be the note's own.
 */
const DEPENDS = analysisDependsOn("test", {});
const BROKEN = "60-SystemDesign/q-broken-cache.md";
const brokenText = questionNote("difficulty: medium\ndifficulty: hard\nsubtopics: [caching");
const READABLE = "60-SystemDesign/q-readable.md";
const readableText = questionNote("difficulty: easy\nquiz_due: 2026-01-01\nquiz_reviewed: 2025-12-20\nquiz_reps: 2");
const KEY = { mtime: 5, size: 100 };

function savedAndReused(analyses: readonly NoteAnalysis[], texts: Record<string, string>): Map<string, NoteAnalysis | undefined> {
	const saved = parseSavedAnalyses(serializeAnalyses(analyses.map((analysis) => ({ key: KEY, analysis })), DEPENDS), DEPENDS);
	return new Map(analyses.map((analysis) => [analysis.path, reuseSaved(saved.get(analysis.path), KEY, texts[analysis.path] ?? "")]));
}

describe("saved analyses", () => {
	it("keep a note with unreadable properties, as analysed, without the review log's state the index set on it", () => {
		const fresh = analyze(BROKEN, brokenText);
		expect(fresh.kind === "question" && fresh.question.propertiesUnreadable).toBeTruthy();
		const index = new QuestionIndex();
		const inIndex = analyze(BROKEN, brokenText);
		index.upsertMany([inIndex]);
		index.setLoggedLearning(new Map([[BROKEN, { status: "review", reviewed: "2026-11-30", due: "2026-12-04", reps: 3 }]]));
		expect(index.question(BROKEN)?.learning.status).toBe("review");
		const reused = savedAndReused([index.analysis(BROKEN) as NoteAnalysis], { [BROKEN]: brokenText }).get(BROKEN);
		expect(reused).toEqual(fresh);
	});

	it("give back a readable note's analysis unchanged, learning state included", () => {
		const fresh = analyze(READABLE, readableText);
		expect(fresh.kind === "question" && fresh.question.learning.reps).toBe(2);
		expect(savedAndReused([fresh], { [READABLE]: readableText }).get(READABLE)).toEqual(analyze(READABLE, readableText));
	});

	it("are not reused for a file changed since", () => {
		const saved = parseSavedAnalyses(serializeAnalyses([{ key: KEY, analysis: analyze(BROKEN, brokenText) }], DEPENDS), DEPENDS);
		expect(saved.has(BROKEN)).toBe(true);
		expect(reuseSaved(saved.get(BROKEN), { mtime: 6, size: 100 }, brokenText)).toBeUndefined();
	});

	it("write each note's path once, and give every kind of note back as analysed", () => {
		const moc = analyze("90-MOCs/moc-backend.md", "---\nkind: moc\n---\n# Backend\n## Study Paths\n### Beginner\n- [[q-readable]]\n");
		const other = analyze("notes/concept.md", "---\ntitle: one\ntitle: two\n---\nA concept note.\n");
		const question = analyze(READABLE, readableText);
		expect(other.problems.length).toBeGreaterThan(0);
		const json = serializeAnalyses([moc, other, question].map((analysis) => ({ key: KEY, analysis })), DEPENDS);
		for (const analysis of [moc, other, question]) expect(json.split(JSON.stringify(analysis.path)).length - 1).toBe(1);
		const texts = { [moc.path]: "m", [other.path]: "o", [READABLE]: readableText };
		const reused = savedAndReused([moc, other, question], texts);
		expect(reused.get(moc.path)).toEqual({ ...moc, page: { ...moc.page, text: "m" } });
		expect(reused.get(other.path)).toEqual({ ...other, page: { ...other.page, text: "o" } });
		expect(reused.get(READABLE)).toEqual(question);
	});
});
