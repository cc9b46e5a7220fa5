import { describe, expect, it } from "vitest";
import type { LearningState } from "../../../src/core/schedule/learningState";
import { addDays, daysBetween } from "../../../src/core/schedule/days";
import type { SelfGrade } from "../../../src/core/schedule/grades";
import { ratingFor, retrievability, scheduleReview } from "../../../src/core/schedule/scheduler";
import { impliedStatus, statusAfter } from "../../../src/core/schedule/status";
import { Rating } from "ts-fsrs";

const NEW: LearningState = { status: "new" };
const DAY0 = "2026-11-23";

/** Grades a question on its due day, again and again, returning the intervals in days. */
function intervals(grades: SelfGrade[]): number[] {
	let state = NEW;
	let today = DAY0;
	const result: number[] = [];
	for (const grade of grades) {
		state = scheduleReview(state, grade, today);
		const interval = daysBetween(today, state.due as string);
		result.push(interval);
		today = addDays(today, interval);
	}
	return result;
}

describe("scheduleReview", () => {
	it("maps the rubric to FSRS ratings: 1–2 Again, 3 Hard, 4 Good, 5 Easy", () => {
		expect([1, 2, 3, 4, 5].map((g) => ratingFor(g as SelfGrade))).toEqual([
			Rating.Again, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy,
		]);
	});

	it("schedules in whole days, never for the same day's minutes", () => {
		for (const grade of [1, 2, 3, 4, 5] as SelfGrade[]) {
			const next = scheduleReview(NEW, grade, DAY0);
			expect(next.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(daysBetween(DAY0, next.due as string)).toBeGreaterThanOrEqual(1);
			expect(next).toMatchObject({ grade, reviewed: DAY0, reps: 1 });
		}
	});

	it("gives longer first intervals to better grades", () => {
		const first = ([1, 3, 4, 5] as SelfGrade[]).map((grade) => daysBetween(DAY0, scheduleReview(NEW, grade, DAY0).due as string));
		expect(first).toEqual([...first].sort((a, b) => a - b));
		expect(first[3]).toBeGreaterThan(first[0] as number);
	});

	it("grows the interval on each 4 or 5", () => {
		const goods = intervals([4, 4, 4, 4]);
		expect(goods[1]).toBeGreaterThan(goods[0] as number);
		expect(goods[3]).toBeGreaterThan(goods[2] as number);
		const easies = intervals([5, 5, 5]);
		expect(easies[2]).toBeGreaterThan(goods[2] as number);
	});

	it("falls back after a 1 or 2, and counts the lapse", () => {
		const seq = intervals([4, 4, 4, 1]);
		expect(seq[3]).toBeLessThan(seq[2] as number);
		let state = NEW;
		let today = DAY0;
		for (const grade of [4, 4, 2] as SelfGrade[]) {
			state = scheduleReview(state, grade, today);
			today = state.due as string;
		}
		expect(state).toMatchObject({ lapses: 1, status: "learning", grade: 2 });
	});

	it("is deterministic: the same grade on the same day gives the same state", () => {
		const state = scheduleReview(scheduleReview(NEW, 4, DAY0), 3, "2026-11-27");
		expect(scheduleReview(scheduleReview(NEW, 4, DAY0), 3, "2026-11-27")).toEqual(state);
	});

	it("needs nothing but what the note stores: a state read back from properties schedules the same", () => {
		const first = scheduleReview(NEW, 4, DAY0);
		const fromNote: LearningState = JSON.parse(JSON.stringify(first)) as LearningState;
		expect(scheduleReview(fromNote, 4, first.due as string)).toEqual(scheduleReview(first, 4, first.due as string));
	});

	it("treats a note with partial or nonsense memory properties as new instead of failing", () => {
		const broken: LearningState = { status: "review", reviewed: "someday", stability: -3 };
		expect(scheduleReview(broken, 4, DAY0)).toEqual(scheduleReview(NEW, 4, DAY0));
	});
});

describe("statusAfter and retrievability", () => {
	it("follows the README's rules", () => {
		expect(statusAfter(2, 30)).toBe("learning");
		expect(statusAfter(4, 3)).toBe("learning");
		expect(statusAfter(3, 90)).toBe("review");
		expect(statusAfter(4, 59)).toBe("review");
		expect(statusAfter(4, 60)).toBe("mastered");
		expect(impliedStatus(undefined, undefined, undefined)).toBe("new");
		expect(impliedStatus(5, "2026-11-01", "2027-02-01")).toBe("mastered");
		expect(impliedStatus(undefined, "2026-11-01", undefined)).toBe("learning");
	});

	it("decays after the review and is about 90% on the due day", () => {
		const state = scheduleReview(NEW, 4, DAY0);
		const onDue = retrievability(state, state.due as string);
		expect(onDue).toBeGreaterThan(0.85);
		expect(onDue).toBeLessThan(0.95);
		expect(retrievability(state, addDays(state.due as string, 30))).toBeLessThan(onDue);
		expect(retrievability(NEW, DAY0)).toBe(0);
	});
});

describe("a review dated before the last one (a clock set back, a device in a later time zone)", () => {
	const reviewedTomorrow: LearningState = { status: "review", grade: 4, reviewed: "2026-11-24", due: "2026-12-01", stability: 8.2, memoryDifficulty: 5.1, reps: 3, lapses: 0 };

	it.each([1, 3, 4, 5] as SelfGrade[])("grade %i is scheduled from the later day, never refused", (grade) => {
		const next = scheduleReview(reviewedTomorrow, grade, "2026-11-07");
		expect(next.reviewed).toBe("2026-11-24");
		expect(daysBetween("2026-11-24", next.due as string)).toBeGreaterThanOrEqual(1);
		expect(next.reps).toBe(4);
	});
});
