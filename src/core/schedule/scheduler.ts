import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade } from "ts-fsrs";
import type { LearningState } from "./learningState";
import { addDays, dateToDay, dayToDate, daysBetween, isDay } from "./days";
import { leastLoadedDay } from "./loadBalance";
import type { SelfGrade } from "./grades";
import { statusAfter } from "./status";

/**
 * How FSRS schedules: the learner's desired retention, maximum interval and (optimized)
 * parameters. The scheduling settings group has these fields, so it can be passed as it is.
 */
export interface ScheduleOptions {
	desiredRetention: number;
	maximumInterval: number;
	/** FSRS weights; empty means ts-fsrs's defaults. */
	fsrsParameters: readonly number[];
}

export const DEFAULT_SCHEDULE: Readonly<ScheduleOptions> = Object.freeze({ desiredRetention: 0.9, maximumInterval: 36_500, fsrsParameters: [] });

/**
 * The only module that talks to ts-fsrs. Whole days only (no short-term minute steps) and no
 * random fuzz, so the same grade on the same day always gives the same due date; load
 * balancing (below) moves a due date within the fuzz range deterministically instead.
 */
const schedulers = new Map<string, FSRS>();

function schedulerFor(options: ScheduleOptions): FSRS {
	const key = `${options.desiredRetention}|${options.maximumInterval}|${options.fsrsParameters.join(",")}`;
	let scheduler = schedulers.get(key);
	if (!scheduler) {
		scheduler = fsrs(generatorParameters({
			enable_short_term: false,
			enable_fuzz: false,
			request_retention: options.desiredRetention,
			maximum_interval: options.maximumInterval,
			...(options.fsrsParameters.length > 0 ? { w: [...options.fsrsParameters] } : {}),
		}));
		schedulers.set(key, scheduler);
	}
	return scheduler;
}

/** Self-grade → FSRS rating: 1–2 Again, 3 Hard, 4 Good, 5 Easy. */
export function ratingFor(grade: SelfGrade): Grade {
	if (grade <= 2) return Rating.Again;
	if (grade === 3) return Rating.Hard;
	return grade === 4 ? Rating.Good : Rating.Easy;
}

/**
 * The next learning state after grading a question on `today` (the learner's `YYYY-MM-DD`).
 * With `load` (reviews already due on a day), the due day moves within FSRS's fuzz range to
 * the least loaded day, so reviews do not pile onto one day.
 */
export function scheduleReview(
	previous: LearningState,
	grade: SelfGrade,
	gradedOn: string,
	options: ScheduleOptions = DEFAULT_SCHEDULE,
	load?: (day: string) => number,
): LearningState {
	const today = notBeforeLastReview(previous, gradedOn);
	const now = dayToDate(today);
	const card = schedulerFor(options).next(cardFrom(previous, today), now, ratingFor(grade)).card;
	const elapsed = isDay(previous.reviewed) ? Math.max(0, daysBetween(previous.reviewed, today)) : 0;
	// ts-fsrs keeps Good a day beyond Hard and Easy beyond Good even past the maximum: the cap is ours to hold.
	const interval = Math.min(daysBetween(today, dateToDay(card.due)), options.maximumInterval);
	const due = addDays(today, load ? leastLoadedDay(today, interval, elapsed, options.maximumInterval, load) : interval);
	return {
		status: statusAfter(grade, daysBetween(today, due)),
		grade,
		reviewed: today,
		due,
		stability: round(card.stability),
		memoryDifficulty: round(card.difficulty),
		reps: card.reps,
		lapses: card.lapses,
	};
}

/**
 * A clock that went back, or a note last reviewed "tomorrow" by a device in a later time zone:
 * FSRS refuses a review before the last one, so such a review counts from the later day.
 */
function notBeforeLastReview(previous: LearningState, day: string): string {
	return isDay(previous.reviewed) && previous.reviewed > day ? previous.reviewed : day;
}

/** Probability of recalling the question on `day`, from the memory state the note stores. */
export function retrievability(state: LearningState, day: string, options: ScheduleOptions = DEFAULT_SCHEDULE): number {
	if (!hasMemory(state)) return 0;
	return schedulerFor(options).get_retrievability(cardFrom(state, day), dayToDate(day), false);
}

/** Rebuilds the FSRS card from the note's properties alone. */
function cardFrom(state: LearningState, today: string): Card {
	if (!hasMemory(state)) return createEmptyCard(dayToDate(today));
	const lastReview = state.reviewed as string;
	const due = isDay(state.due) ? state.due : today;
	// ts-fsrs derives the elapsed days from last_review; the empty card supplies its own fields.
	return {
		...createEmptyCard(dayToDate(lastReview)),
		due: dayToDate(due),
		stability: state.stability as number,
		difficulty: state.memoryDifficulty as number,
		scheduled_days: Math.max(0, daysBetween(lastReview, due)),
		learning_steps: 0,
		reps: state.reps ?? 1,
		lapses: state.lapses ?? 0,
		state: State.Review,
		last_review: dayToDate(lastReview),
	};
}

function hasMemory(state: LearningState): boolean {
	return isDay(state.reviewed) && (state.stability ?? 0) > 0 && (state.memoryDifficulty ?? 0) > 0;
}

/** Four decimals keep the note readable and lose nothing FSRS can tell apart. */
function round(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}
