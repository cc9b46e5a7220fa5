import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from "ts-fsrs";
import type { LearningState } from "./learningState";
import { dateToDay, dayToDate, daysBetween, isDay } from "./days";
import type { SelfGrade } from "./grades";
import { statusAfter } from "./status";

/**
 * The only module that talks to ts-fsrs. Whole days only (no short-term minute steps) and no
 * fuzz, so the same grade on the same day always gives the same due date.
 */
const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));

/** Self-grade → FSRS rating: 1–2 Again, 3 Hard, 4 Good, 5 Easy. */
export function ratingFor(grade: SelfGrade): Grade {
	if (grade <= 2) return Rating.Again;
	if (grade === 3) return Rating.Hard;
	return grade === 4 ? Rating.Good : Rating.Easy;
}

/** The next learning state after grading a question on `today` (the learner's `YYYY-MM-DD`). */
export function scheduleReview(previous: LearningState, grade: SelfGrade, gradedOn: string): LearningState {
	const today = notBeforeLastReview(previous, gradedOn);
	const now = dayToDate(today);
	const { card } = scheduler.next(cardFrom(previous, today), now, ratingFor(grade));
	const due = dateToDay(card.due);
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
export function retrievability(state: LearningState, day: string): number {
	if (!hasMemory(state)) return 0;
	return scheduler.get_retrievability(cardFrom(state, day), dayToDate(day), false);
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
