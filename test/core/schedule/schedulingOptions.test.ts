import { describe, expect, it } from "vitest";
import { fsrs, generatorParameters, Rating, createEmptyCard, get_fuzz_range } from "ts-fsrs";
import { addDays, daysBetween } from "../../../src/core/schedule/days";
import { buryUntilTomorrow, formatHold, isHeldOn, parseHold } from "../../../src/core/schedule/hold";
import type { LearningState } from "../../../src/core/schedule/learningState";
import { DEFAULT_SCHEDULE, retrievability, scheduleReview, type ScheduleOptions } from "../../../src/core/schedule/scheduler";
import { leastLoadedDay } from "../../../src/core/schedule/loadBalance";

const DAY0 = "2026-11-23";
const NEW: LearningState = { status: "new" };

/** Three Goods on their due days, then the interval the fourth review gets. */
function fourthInterval(options: ScheduleOptions): number {
	let state = NEW;
	let today = DAY0;
	for (let i = 0; i < 3; i++) {
		state = scheduleReview(state, 4, today, options);
		today = state.due as string;
	}
	return daysBetween(today, scheduleReview(state, 4, today, options).due as string);
}

/** The same reviews straight through ts-fsrs, as a check that our wrapper passes the retention on. */
function fsrsFourthInterval(retention: number): number {
	const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false, request_retention: retention }));
	let card = createEmptyCard(new Date(`${DAY0}T12:00:00Z`));
	let now = card.due;
	for (let i = 0; i < 4; i++) {
		card = scheduler.next(card, now, Rating.Good).card;
		if (i < 3) now = card.due;
	}
	return card.scheduled_days;
}

describe("desired retention, maximum interval and parameters", () => {
	it("gives the intervals ts-fsrs gives for the desired retention: shorter at 0.95, longer at 0.8", () => {
		const at = (desiredRetention: number) => fourthInterval({ ...DEFAULT_SCHEDULE, desiredRetention });
		expect(at(0.9)).toBe(fsrsFourthInterval(0.9));
		expect(at(0.8)).toBe(fsrsFourthInterval(0.8));
		expect(at(0.95)).toBe(fsrsFourthInterval(0.95));
		expect(at(0.95)).toBeLessThan(at(0.9));
		expect(at(0.8)).toBeGreaterThan(at(0.9));
	});

	it("never schedules beyond the maximum interval", () => {
		expect(fourthInterval({ ...DEFAULT_SCHEDULE, maximumInterval: 5 })).toBeLessThanOrEqual(5);
		expect(fourthInterval(DEFAULT_SCHEDULE)).toBeGreaterThan(5);
	});

	it("uses personal parameters: a larger initial stability for Good gives a longer first interval", () => {
		const defaults = [...generatorParameters().w];
		const personal = defaults.map((w, i) => (i === 2 ? w * 4 : w));
		const first = (fsrsParameters: number[]) => daysBetween(DAY0, scheduleReview(NEW, 4, DAY0, { ...DEFAULT_SCHEDULE, fsrsParameters }).due as string);
		expect(first(personal)).toBeGreaterThan(first([]));
		const state = scheduleReview(NEW, 4, DAY0);
		expect(retrievability(state, addDays(DAY0, 10), { ...DEFAULT_SCHEDULE, fsrsParameters: personal })).toBeCloseTo(retrievability(state, addDays(DAY0, 10)), 6);
	});
});

describe("load balancing", () => {
	it("moves a due date to the least loaded day, never outside FSRS's fuzz range", () => {
		const state = scheduleReview(scheduleReview(NEW, 4, DAY0), 4, "2026-11-26");
		const plain = daysBetween(state.reviewed as string, state.due as string);
		const { min_ivl, max_ivl } = get_fuzz_range(plain, 3, 36_500);
		expect(max_ivl).toBeGreaterThan(min_ivl);
		// Every day is crowded except the last one of the range.
		const quiet = addDays(state.reviewed as string, max_ivl);
		const crowded = (day: string) => (day === quiet ? 0 : 50);
		const balanced = scheduleReview(scheduleReview(NEW, 4, DAY0), 4, "2026-11-26", DEFAULT_SCHEDULE, crowded);
		expect(balanced.due).toBe(quiet);
		expect(balanced.stability).toBe(state.stability);
	});

	it("keeps FSRS's own day when the days are equally loaded, and short intervals as they are", () => {
		expect(leastLoadedDay(DAY0, 12, 5, 36_500, () => 3)).toBe(12);
		expect(leastLoadedDay(DAY0, 2, 1, 36_500, (day) => (day === addDays(DAY0, 2) ? 99 : 0))).toBe(2);
	});
});

describe("hold", () => {
	it("reads and writes suspended and buried-until text, ignoring anything else", () => {
		expect(parseHold("suspended")).toEqual({ kind: "suspended" });
		expect(parseHold(" Buried until 2026-11-24 ")).toEqual({ kind: "buried", until: "2026-11-24" });
		expect(parseHold("later")).toBeUndefined();
		expect(parseHold("buried until 2026-13-40")).toBeUndefined();
		expect(formatHold(buryUntilTomorrow(DAY0))).toBe("buried until 2026-11-24");
	});

	it("holds a buried question only until its day comes, a suspended one always", () => {
		const buried = buryUntilTomorrow(DAY0);
		expect(isHeldOn(buried, DAY0)).toBe(true);
		expect(isHeldOn(buried, addDays(DAY0, 1))).toBe(false);
		expect(isHeldOn({ kind: "suspended" }, "2030-01-01")).toBe(true);
	});
});
