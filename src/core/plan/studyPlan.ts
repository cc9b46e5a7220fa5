import { compareText } from "../index/QuestionIndex";
import { isNew } from "../question/progress";
import type { Question } from "../question/Question";
import { addDays, daysBetween } from "../schedule/days";
import type { LearningState } from "../schedule/learningState";
import { retrievability, scheduleReview, type ScheduleOptions } from "../schedule/scheduler";
import type { ResolvedWeek } from "./studyGuide";

export interface PlanOptions {
	today: string;
	interviewDay: string;
	/** Days before the interview that introduce nothing new. */
	reviewOnlyDays: number;
	/** Expected recall on the interview day to aim at, 0–1. */
	targetRecall: number;
	schedule: ScheduleOptions;
	/** Study-path ranks (beginner paths first) from studyPathRanks(). */
	ranks: ReadonlyMap<string, number>;
	/** The first day each question was graded, from the review log. */
	firstGraded: ReadonlyMap<string, string>;
	/** A study guide's weeks, resolved to questions; empty to follow study-path order alone. */
	weeks: readonly ResolvedWeek[];
}

export interface PlanDay {
	day: string;
	/** Questions to grade for the first time that day, in order. */
	introduce: string[];
	/** Reviews of learned questions the plan expects that day (due ones, and top-ups for the target). */
	reviews: number;
	reviewOnly: boolean;
	/** The study guide's week this day falls in, when the plan follows one. */
	week: string | null;
}

export type PlanVerdict = "on track" | "ahead" | "behind";

export interface StudyPlan {
	interviewDay: string;
	today: string;
	/** The plan's first day: the first grade in scope, else today. */
	start: string;
	daysLeft: number;
	/** The last day that introduces new questions; the days after it are for review only. */
	lastNewDay: string;
	total: number;
	introduced: number;
	/** Suspended questions are left out of the plan until they are resumed. */
	suspended: number;
	pace: {
		/** Questions the plan had introduced by the end of yesterday. */
		expected: number;
		/** Questions actually introduced before today. */
		actual: number;
		verdict: PlanVerdict;
		/** How many questions ahead (positive) or behind (negative). */
		difference: number;
	};
	/** Today's share of the plan: what to introduce and review today. */
	todayShare: PlanDay | null;
	/** Every day from today to the day before the interview. */
	days: PlanDay[];
	/** Mean expected recall on the interview day if the plan is followed (grading each card Good); null for an empty scope. */
	expectedRecall: number | null;
	targetRecall: number;
	/** Questions the time left cannot bring to the target. */
	belowTarget: number;
	/** Study guide items that name no question in scope. */
	unmatchedGuideItems: string[];
}

/** A stretch of days and the questions to introduce within it (the whole window, or one guide week). */
interface Segment {
	first: string;
	last: string;
	/** Every question of the segment, introduced or not, in order. */
	paths: string[];
	week: string | null;
}

/**
 * The day-by-day plan to the interview: every question in scope introduced in order (the study
 * guide's weeks, else study paths with beginner paths first) at an even pace that leaves the
 * last `reviewOnlyDays` for review only, and the reviews FSRS would ask for, with one more
 * review where needed so that each question's recall on the day reaches the target when the
 * time allows. The plan is measured from its start: ahead or behind is what was introduced
 * before today against what the plan had introduced by then.
 */
export function buildStudyPlan(scope: readonly Question[], options: PlanOptions): StudyPlan {
	const { today, interviewDay } = options;
	const active = scope.filter((q) => q.learning.hold?.kind !== "suspended");
	const start = planStart(active, options);
	const lastNewDay = lastDayForNew(active, options);
	// Questions learned with no first grade in the log (before the plan, or on another device's lost log) are outside its pace.
	const known = new Set(active.filter((q) => !isNew(q) && !options.firstGraded.has(q.path)).map((q) => q.path));
	const ordered = orderQuestions(active.filter((q) => !known.has(q.path)), options);
	const segments = planSegments(ordered, start, lastNewDay, options.weeks);
	const introductions = scheduleIntroductions(segments, active, today);
	const simulation = simulateReviews(active, introductions, options);
	const days = planDays(today, interviewDay, lastNewDay, introductions, simulation.reviews, segments);
	const introducedBefore = active.filter((q) => !known.has(q.path) && !isNew(q) && (options.firstGraded.get(q.path) ?? today) < today).length;
	const expected = plannedBy(segments, addDays(today, -1));
	const difference = introducedBefore - expected;
	return {
		interviewDay,
		today,
		start,
		daysLeft: daysBetween(today, interviewDay),
		lastNewDay,
		total: active.length,
		introduced: active.filter((q) => !isNew(q)).length,
		suspended: scope.length - active.length,
		pace: { expected, actual: introducedBefore, verdict: difference > 0 ? "ahead" : difference < 0 ? "behind" : "on track", difference },
		todayShare: days[0] ?? null,
		days,
		expectedRecall: active.length === 0 ? null : round(simulation.recallSum / active.length),
		targetRecall: options.targetRecall,
		belowTarget: simulation.belowTarget,
		unmatchedGuideItems: options.weeks.flatMap((week) => week.unmatched),
	};
}

/**
 * The day before the review-only days; when new questions remain and those days have begun
 * (an interview set at short notice), today, so that nothing is left out.
 */
function lastDayForNew(questions: readonly Question[], options: PlanOptions): string {
	const planned = addDays(options.interviewDay, -options.reviewOnlyDays - 1);
	const freshLeft = questions.some(isNew);
	return freshLeft && planned < options.today && options.today < options.interviewDay ? options.today : planned;
}

/** The first grade of a question in scope (from the log), or today for a plan not begun. */
function planStart(questions: readonly Question[], options: PlanOptions): string {
	let start = options.today;
	for (const question of questions) {
		const first = options.firstGraded.get(question.path);
		if (first !== undefined && first < start) start = first;
	}
	return start;
}

/** Guide weeks first (in week order), then study-path order, beginner paths first, then by path. */
function orderQuestions(questions: readonly Question[], options: PlanOptions): string[] {
	const weekOf = new Map<string, number>();
	options.weeks.forEach((week, i) => week.paths.forEach((path) => weekOf.set(path, i)));
	const rank = (q: Question) => options.ranks.get(q.path) ?? Number.MAX_SAFE_INTEGER;
	const week = (q: Question) => weekOf.get(q.path) ?? Number.MAX_SAFE_INTEGER;
	return [...questions].sort((a, b) => week(a) - week(b) || rank(a) - rank(b) || compareText(a.path, b.path)).map((q) => q.path);
}

/**
 * Without a guide: one segment, the whole window. With one: week k runs from start + 7(k - 1)
 * for seven days (cut at the last new day); questions no week names take the days after the
 * guide's weeks, or share the last week when none are left.
 */
function planSegments(ordered: readonly string[], start: string, lastNewDay: string, weeks: readonly ResolvedWeek[]): Segment[] {
	const whole: Segment = { first: start, last: maxDay(lastNewDay, start), paths: [...ordered], week: null };
	const named = weeks.filter((week) => week.paths.length > 0);
	if (named.length === 0) return [whole];
	const segments: Segment[] = [];
	const assigned = new Set<string>();
	for (const week of weeks) {
		const first = addDays(start, 7 * (week.week - 1));
		const last = minDay(addDays(first, 6), whole.last);
		const paths = ordered.filter((path) => week.paths.includes(path) && !assigned.has(path));
		paths.forEach((path) => assigned.add(path));
		segments.push({ first: minDay(first, whole.last), last, paths, week: `Week ${week.week}: ${week.label}` });
	}
	const rest = ordered.filter((path) => !assigned.has(path));
	const lastWeekEnd = segments.reduce((latest, segment) => maxDay(latest, segment.last), start);
	if (rest.length > 0) {
		if (lastWeekEnd < whole.last) segments.push({ first: addDays(lastWeekEnd, 1), last: whole.last, paths: rest, week: null });
		else {
			const filled = segments.filter((segment) => segment.paths.length > 0);
			filled[filled.length - 1]?.paths.push(...rest);
		}
	}
	return segments;
}

/**
 * When each question still new is introduced, from today on: each segment's remaining questions
 * spread evenly over its remaining days, the earlier days taking the larger share. A segment
 * whose days are over hands its questions to the next one that has days left (or to today).
 */
function scheduleIntroductions(segments: readonly Segment[], questions: readonly Question[], today: string): Map<string, string> {
	const fresh = new Set(questions.filter(isNew).map((q) => q.path));
	const plan = new Map<string, string>();
	let carried: string[] = [];
	segments.forEach((segment, i) => {
		const waiting = [...carried, ...segment.paths.filter((path) => fresh.has(path))];
		const isLast = i === segments.length - 1;
		if (segment.last < today && !isLast) {
			carried = waiting;
			return;
		}
		carried = [];
		const first = maxDay(segment.first, today);
		const dayCount = Math.max(1, daysBetween(first, maxDay(segment.last, first)) + 1);
		waiting.forEach((path, n) => plan.set(path, addDays(first, Math.floor((n * dayCount) / waiting.length))));
	});
	return plan;
}

/** The plan's cumulative introductions through `day`, measured from each segment's own start. */
function plannedBy(segments: readonly Segment[], day: string): number {
	let total = 0;
	for (const segment of segments) {
		const length = daysBetween(segment.first, segment.last) + 1;
		const elapsed = Math.min(length, Math.max(0, daysBetween(segment.first, day) + 1));
		total += Math.ceil((segment.paths.length * elapsed) / length);
	}
	return total;
}

interface Simulation {
	reviews: Map<string, number>;
	recallSum: number;
	belowTarget: number;
}

/**
 * Follows each question to the interview day as if every review were graded Good on its due day
 * (overdue ones today): FSRS's reviews, then, when recall on the day would fall short of the
 * target, one top-up review on the earliest day that lifts it there.
 */
function simulateReviews(questions: readonly Question[], introductions: ReadonlyMap<string, string>, options: PlanOptions): Simulation {
	const reviews = new Map<string, number>();
	const count = (day: string) => reviews.set(day, (reviews.get(day) ?? 0) + 1);
	let recallSum = 0;
	let belowTarget = 0;
	for (const question of questions) {
		const introducedOn = introductions.get(question.path);
		let state: LearningState | undefined = introducedOn === undefined
			? (isNew(question) ? undefined : question.learning)
			: scheduleReview({ status: "new" }, 4, introducedOn, options.schedule);
		if (!state) {
			belowTarget++;
			continue;
		}
		for (let guard = 0; guard < 400; guard++) {
			const due = maxDay(state.due ?? options.today, options.today);
			if (due >= options.interviewDay) break;
			count(due);
			state = scheduleReview(state, 4, due, options.schedule);
		}
		let recall = retrievability(state, options.interviewDay, options.schedule);
		if (recall < options.targetRecall) {
			const topUp = topUpDay(state, options);
			if (topUp) {
				count(topUp.day);
				recall = topUp.recall;
			}
		}
		if (recall < options.targetRecall) belowTarget++;
		recallSum += recall;
	}
	return { reviews, recallSum, belowTarget };
}

/** The earliest day whose Good review brings recall on the interview day to the target (recall falls as the gap grows, so a binary search finds it). */
function topUpDay(state: LearningState, options: PlanOptions): { day: string; recall: number } | undefined {
	const first = maxDay(addDays(state.reviewed ?? options.today, 1), options.today);
	const last = addDays(options.interviewDay, -1);
	if (first > last) return undefined;
	const recallAfter = (day: string) => retrievability(scheduleReview(state, 4, day, options.schedule), options.interviewDay, options.schedule);
	let low = 0;
	let high = daysBetween(first, last);
	if (recallAfter(last) < options.targetRecall) return { day: last, recall: recallAfter(last) };
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (recallAfter(addDays(first, middle)) >= options.targetRecall) high = middle;
		else low = middle + 1;
	}
	const day = addDays(first, low);
	return { day, recall: recallAfter(day) };
}

function planDays(
	today: string,
	interviewDay: string,
	lastNewDay: string,
	introductions: ReadonlyMap<string, string>,
	reviews: ReadonlyMap<string, number>,
	segments: readonly Segment[],
): PlanDay[] {
	const byDay = new Map<string, string[]>();
	for (const [path, day] of introductions) byDay.set(day, [...(byDay.get(day) ?? []), path]);
	const days: PlanDay[] = [];
	for (let day = today; day < interviewDay; day = addDays(day, 1)) {
		const week = segments.find((segment) => segment.week !== null && segment.first <= day && day <= segment.last)?.week ?? null;
		days.push({ day, introduce: byDay.get(day) ?? [], reviews: reviews.get(day) ?? 0, reviewOnly: day > lastNewDay, week });
	}
	return days;
}

function maxDay(a: string, b: string): string {
	return a > b ? a : b;
}

function minDay(a: string, b: string): string {
	return a < b ? a : b;
}

function round(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}
