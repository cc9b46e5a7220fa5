import { DIFFICULTIES, type Difficulty } from "../question/difficulty";
import type { Question } from "../question/Question";
import { subtopicResults, type SubtopicResult } from "../quiz/summarizeSession";
import { RUBRIC, type SelfGrade } from "../schedule/grades";
import { averageOf } from "../stats/readiness";

/**
 * A mock interview as plain data: questions asked in turn, each scored 1–5 on the rubric with an
 * optional note, the time each took measured against the time allowed. Kept apart from the
 * spaced-repetition schedule: nothing here writes a learning state.
 */
export interface MockSetup {
	scope: string;
	/** The difficulty mix in words ("balanced", "2 easy, 2 medium, 1 hard"), for the report. */
	mix?: string;
	paths: readonly string[];
	secondsPerQuestion: number;
	/** The interviewer sees the strong and weak answers and the cue beside the question. */
	showGuide: boolean;
	/** The user chose to count the scores as quiz grades too. */
	countInSchedule: boolean;
}

export interface MockAnswer {
	path: string;
	score?: SelfGrade;
	note: string;
	seconds: number;
}

export interface MockInterview {
	setup: MockSetup;
	position: number;
	answers: readonly MockAnswer[];
	startedAt: number;
	/** When the current question was put, for its timer. */
	askedAt: number;
	finishedAt?: number;
}

export function startMock(setup: MockSetup, now: number): MockInterview {
	return { setup, position: 0, answers: [], startedAt: now, askedAt: now, ...(setup.paths.length === 0 ? { finishedAt: now } : {}) };
}

export function currentMockPath(mock: MockInterview): string | undefined {
	return mock.finishedAt === undefined ? mock.setup.paths[mock.position] : undefined;
}

/** Seconds spent on the current question so far. */
export function secondsOnCurrent(mock: MockInterview, now: number): number {
	return Math.max(0, Math.floor((now - mock.askedAt) / 1000));
}

/** Scores the current question (or passes over it, with no score) and puts the next one. */
export function answerCurrent(mock: MockInterview, score: SelfGrade | undefined, note: string, now: number): MockInterview {
	const path = currentMockPath(mock);
	if (path === undefined) return mock;
	const answer: MockAnswer = { path, note: note.trim(), seconds: secondsOnCurrent(mock, now), ...(score === undefined ? {} : { score }) };
	const position = mock.position + 1;
	const done = position >= mock.setup.paths.length;
	return { ...mock, position, answers: [...mock.answers, answer], askedAt: now, ...(done ? { finishedAt: now } : {}) };
}

/** Ends the interview early; the questions not reached are not in the report. */
export function endMock(mock: MockInterview, now: number): MockInterview {
	return mock.finishedAt === undefined ? { ...mock, finishedAt: now } : mock;
}

export type VerdictKind = "hire" | "conditional" | "not-yet" | "no-scores";

export interface MockResult {
	scored: number;
	passed: number;
	average: number | null;
	/** The rubric's word for the average, rounded to the nearest grade ("Strong"). */
	averageLabel?: string;
	threshold: number;
	meetsThreshold: boolean;
	bySubtopic: SubtopicResult[];
	/** Role-critical subtopics below their 4.0 bar. */
	criticalMisses: SubtopicResult[];
	verdict: { kind: VerdictKind; title: string; text: string };
	seconds: number;
}

export interface ResultOptions {
	threshold: number;
	criticalSubtopics: readonly string[];
}

export function mockResult(mock: MockInterview, lookup: (path: string) => Question | undefined, options: ResultOptions, now: number): MockResult {
	const scored = mock.answers.flatMap((answer) => (answer.score === undefined ? [] : [{ path: answer.path, grade: answer.score }]));
	const average = averageOf(scored.map((answer) => answer.grade));
	const bySubtopic = subtopicResults(scored, lookup, options);
	const criticalMisses = bySubtopic.filter((result) => result.critical && !result.meets);
	const meetsThreshold = average !== null && average >= options.threshold;
	const averageLabel = average === null ? undefined : RUBRIC[rubricGrade(average)].label;
	return {
		scored: scored.length,
		passed: mock.answers.length - scored.length,
		average,
		...(averageLabel ? { averageLabel } : {}),
		threshold: options.threshold,
		meetsThreshold,
		bySubtopic,
		criticalMisses,
		verdict: verdictFor(average, averageLabel, options.threshold, criticalMisses),
		seconds: Math.round(((mock.finishedAt ?? now) - mock.startedAt) / 1000),
	};
}

function rubricGrade(average: number): SelfGrade {
	return Math.min(5, Math.max(1, Math.round(average))) as SelfGrade;
}

function verdictFor(average: number | null, label: string | undefined, threshold: number, misses: readonly SubtopicResult[]): MockResult["verdict"] {
	if (average === null) return { kind: "no-scores", title: "No verdict", text: "No answer was scored." };
	const mean = `Average ${average.toFixed(2)} (${label ?? ""})`;
	if (average < threshold) return { kind: "not-yet", title: "Not ready yet", text: `${mean} is below the hire bar of ${threshold}.` };
	if (misses.length > 0) {
		const list = misses.map((miss) => `${miss.subtopic} ${miss.average.toFixed(2)}`).join(", ");
		return { kind: "conditional", title: "Conditional", text: `${mean} meets the hire bar of ${threshold}, but role-critical subtopics are below ${(misses[0]?.target ?? 4).toFixed(1)}: ${list}.` };
	}
	return { kind: "hire", title: "Meets the hire bar", text: `${mean} meets the hire bar of ${threshold}.` };
}

/** How many questions of each difficulty a "custom" mix asks for. */
export type DifficultyCounts = Readonly<Record<Difficulty, number>>;

export type DifficultyMix = "any" | "balanced" | Difficulty | DifficultyCounts;

/** "any difficulty", "balanced", "hard only", "2 easy, 2 medium, 1 hard": the mix in the report's words. */
export function describeMix(mix: DifficultyMix): string {
	if (typeof mix === "object") return DIFFICULTIES.filter((level) => mix[level] > 0).map((level) => `${mix[level]} ${level}`).join(", ") || "none";
	if (mix === "any") return "any difficulty";
	return mix === "balanced" ? "balanced" : `${mix} only`;
}

/**
 * Up to `count` questions of the scope, in the scope's order: a random sample when there are
 * more, and with "balanced" as even a spread of easy, medium and hard as the scope allows. A
 * custom mix takes its own counts of each difficulty (as many as the scope has), not `count`.
 */
export function pickMockQuestions(questions: readonly Question[], count: number, mix: DifficultyMix, random: () => number): Question[] {
	if (typeof mix === "object") {
		const chosen = new Set(DIFFICULTIES.flatMap((level) => shuffle(questions.filter((q) => q.difficulty === level), random).slice(0, Math.max(0, mix[level]))));
		return questions.filter((question) => chosen.has(question));
	}
	const pool = mix === "any" || mix === "balanced" ? [...questions] : questions.filter((q) => q.difficulty === mix);
	if (pool.length <= count) return pool;
	const chosen = new Set<Question>();
	if (mix === "balanced") {
		const groups = ([...DIFFICULTIES, undefined] as const).map((level) => shuffle(pool.filter((q) => q.difficulty === level), random));
		for (let round = 0; chosen.size < count; round++) {
			for (const group of groups) {
				const question = group[round];
				if (question && chosen.size < count) chosen.add(question);
			}
		}
	} else {
		for (const question of shuffle(pool, random).slice(0, count)) chosen.add(question);
	}
	return pool.filter((question) => chosen.has(question));
}

/** What the scope lacks for the mix asked ("1 hard of 2"), to say so before the interview starts. */
export function mixShortfall(questions: readonly Question[], mix: DifficultyMix): string[] {
	if (typeof mix !== "object") return [];
	return DIFFICULTIES.flatMap((level) => {
		const have = questions.filter((q) => q.difficulty === level).length;
		return have < mix[level] ? [`${have} ${level} of ${mix[level]}`] : [];
	});
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}
