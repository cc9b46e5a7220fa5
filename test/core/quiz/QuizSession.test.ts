import { describe, expect, it } from "vitest";
import { currentPath, gradeCurrent, renamePath, reveal, skipCurrent, startSession, undoLastGrade } from "../../../src/core/quiz/QuizSession";
import { summarizeSession } from "../../../src/core/quiz/summarizeSession";
import type { Question } from "../../../src/core/question/Question";
import { analyze, questionNote } from "../../support/notes";

const T0 = Date.parse("2026-11-23T09:00:00Z");

describe("QuizSession", () => {
	it("goes question → answer → next card, recording the seconds to reveal", () => {
		let session = startSession(["a.md", "b.md"], T0);
		expect(currentPath(session)).toBe("a.md");
		expect(gradeCurrent(session, 4, T0)).toBe(session);
		session = reveal(session, T0 + 12_400);
		expect(session).toMatchObject({ phase: "answer", secondsToReveal: 12 });
		session = gradeCurrent(session, 4, T0 + 15_000);
		expect(session).toMatchObject({ phase: "question", position: 1, outcomes: [{ path: "a.md", grade: 4, secondsToReveal: 12 }] });
		session = skipCurrent(session, T0 + 16_000);
		expect(session).toMatchObject({ phase: "finished", finishedAt: T0 + 16_000 });
		expect(currentPath(session)).toBeUndefined();
	});

	it("undoes the last grade, returning to that card, even after the session finished", () => {
		let session = startSession(["a.md", "b.md"], T0);
		session = gradeCurrent(reveal(session, T0), 2, T0);
		session = gradeCurrent(reveal(session, T0), 5, T0);
		const { session: back, undone } = undoLastGrade(session, T0 + 1000);
		expect(undone).toMatchObject({ path: "b.md", grade: 5 });
		expect(back).toMatchObject({ phase: "question", position: 1, outcomes: [{ path: "a.md", grade: 2 }] });
		expect(back.finishedAt).toBeUndefined();
		expect(undoLastGrade(startSession(["a.md"], T0), T0).undone).toBeUndefined();
	});

	it("follows a renamed note", () => {
		const session = renamePath(startSession(["a.md", "b.md"], T0), "b.md", "c.md");
		expect(session.paths).toEqual(["a.md", "c.md"]);
	});
});

describe("summarizeSession", () => {
	const questions = new Map<string, Question>(
		[
			["q-1.md", "subtopics: [sql, databases]"],
			["q-2.md", "subtopics: [sql]"],
			["q-3.md", "subtopics: [caching]"],
		].map(([path, fm]) => {
			const analysis = analyze(path as string, questionNote(`difficulty: easy\n${fm}`));
			if (analysis.kind !== "question") throw new Error("fixture");
			return [path as string, analysis.question];
		}),
	);

	it("gives the average against the threshold, per-subtopic results with critical ones held to 4.0, the weakest and the time", () => {
		let session = startSession(["q-1.md", "q-2.md", "q-3.md"], T0);
		for (const grade of [4, 3, 5] as const) session = gradeCurrent(reveal(session, T0), grade, T0 + 90_000);
		const summary = summarizeSession(session, (p) => questions.get(p), { threshold: 3.5, criticalSubtopics: ["SQL"] }, T0 + 100_000);
		expect(summary).toMatchObject({ graded: 3, skipped: 0, average: 4, meetsThreshold: true, seconds: 90 });
		expect(summary.bySubtopic).toEqual([
			{ subtopic: "sql", average: 3.5, count: 2, critical: true, target: 4, meets: false },
			{ subtopic: "databases", average: 4, count: 1, critical: false, target: 3.5, meets: true },
			{ subtopic: "caching", average: 5, count: 1, critical: false, target: 3.5, meets: true },
		]);
		// No title property and no level-1 title heading: the question's first line is its title.
		expect(summary.weakest).toEqual([{ path: "q-2.md", grade: 3, title: "Why?" }]);
	});
});
