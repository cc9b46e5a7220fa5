import { describe, expect, it } from "vitest";
import { currentPath, gradeCurrent, isRelearning, reveal, startSession, undoLastGrade, type QuizSession } from "../../../src/core/quiz/QuizSession";
import { summarizeSession } from "../../../src/core/quiz/summarizeSession";
import type { SelfGrade } from "../../../src/core/schedule/grades";

const T0 = Date.parse("2026-11-23T09:00:00Z");

function answer(session: QuizSession, grade: SelfGrade): QuizSession {
	return gradeCurrent(reveal(session, T0), grade, T0, 2);
}

/** The paths shown, in order, when each card gets the next grade of the list. */
function walk(paths: string[], grades: SelfGrade[]): { shown: string[]; session: QuizSession } {
	let session = startSession(paths, T0);
	const shown: string[] = [];
	for (const grade of grades) {
		const path = currentPath(session);
		if (path === undefined) break;
		shown.push(path);
		session = answer(session, grade);
	}
	return { shown, session };
}

describe("same-day relearning", () => {
	it("brings a 1–2 back after two other cards, and again, until it is graded 3 or more", () => {
		const { shown, session } = walk(["a", "b", "c", "d"], [1, 4, 4, 2, 4, 3]);
		expect(shown).toEqual(["a", "b", "c", "a", "d", "a"]);
		expect(session.phase).toBe("finished");
		expect(session.outcomes.map((o) => [o.path, o.grade, o.relearning ?? false])).toEqual([
			["a", 1, false], ["b", 4, false], ["c", 4, false], ["a", 2, true], ["d", 4, false], ["a", 3, true],
		]);
	});

	it("puts the card at the end when fewer cards are left than the gap", () => {
		expect(walk(["a", "b"], [2, 4, 4]).shown).toEqual(["a", "b", "a"]);
	});

	it("knows a card already graded in this session is a relearning attempt", () => {
		let session = startSession(["a", "b"], T0);
		expect(isRelearning(session)).toBe(false);
		session = answer(answer(session, 1), 4);
		expect(currentPath(session)).toBe("a");
		expect(isRelearning(session)).toBe(true);
	});

	it("takes the card out again when the grade that put it back is undone", () => {
		const { session } = walk(["a", "b", "c"], [1]);
		expect(session.paths).toEqual(["a", "b", "c", "a"]);
		const { session: back } = undoLastGrade(session, T0);
		expect(back.paths).toEqual(["a", "b", "c"]);
		expect(currentPath(back)).toBe("a");
	});

	it("counts a relearned card once in the summary, with its first grade", () => {
		const { session } = walk(["a", "b"], [1, 5, 4]);
		const summary = summarizeSession(session, () => undefined, { threshold: 3.5, criticalSubtopics: [] }, T0);
		expect(summary).toMatchObject({ graded: 2, skipped: 0, average: 3 });
	});

	it("never brings a card back without the setting (a plain session)", () => {
		let session = startSession(["a", "b"], T0);
		session = gradeCurrent(reveal(session, T0), 1, T0);
		expect(session.paths).toEqual(["a", "b"]);
	});
});
