import type { Question } from "../question/Question";
import { averageOf, CRITICAL_THRESHOLD } from "../stats/readiness";
import type { QuizSession } from "./QuizSession";

export interface SubtopicResult {
	subtopic: string;
	average: number;
	count: number;
	critical: boolean;
	/** The bar this subtopic is held to: 4.0 when role-critical, else the hire threshold. */
	target: number;
	meets: boolean;
}

export interface SessionSummary {
	graded: number;
	skipped: number;
	average: number | null;
	threshold: number;
	meetsThreshold: boolean;
	bySubtopic: SubtopicResult[];
	/** Graded 1–3, lowest first: the ones to drill again. */
	weakest: { path: string; title: string; grade: number }[];
	seconds: number;
}

export interface SummaryOptions {
	threshold: number;
	criticalSubtopics: readonly string[];
}

export function summarizeSession(
	session: QuizSession,
	lookup: (path: string) => Question | undefined,
	options: SummaryOptions,
	now: number,
): SessionSummary {
	// A card relearned in the session counts once, with its first grade: the one its note keeps.
	const firstAttempts = session.outcomes.filter((o) => !o.relearning);
	const graded = firstAttempts.flatMap((o) => (o.grade === undefined ? [] : [{ path: o.path, grade: o.grade }]));
	const average = averageOf(graded.map((g) => g.grade));
	return {
		graded: graded.length,
		skipped: firstAttempts.length - graded.length,
		average,
		threshold: options.threshold,
		meetsThreshold: average !== null && average >= options.threshold,
		bySubtopic: subtopicResults(graded, lookup, options),
		weakest: graded
			.filter((g) => g.grade <= 3)
			.sort((a, b) => a.grade - b.grade)
			.map((g) => ({ ...g, title: lookup(g.path)?.title ?? g.path })),
		seconds: Math.round(((session.finishedAt ?? now) - session.startedAt) / 1000),
	};
}

export function subtopicResults(
	graded: { path: string; grade: number }[],
	lookup: (path: string) => Question | undefined,
	options: SummaryOptions,
): SubtopicResult[] {
	const gradesBySubtopic = new Map<string, number[]>();
	for (const { path, grade } of graded) {
		for (const subtopic of lookup(path)?.subtopics ?? []) {
			gradesBySubtopic.set(subtopic, [...(gradesBySubtopic.get(subtopic) ?? []), grade]);
		}
	}
	const critical = new Set(options.criticalSubtopics.map((s) => s.toLowerCase()));
	return [...gradesBySubtopic]
		.map(([subtopic, grades]) => {
			const average = averageOf(grades) ?? 0;
			const isCritical = critical.has(subtopic);
			const target = isCritical ? Math.max(CRITICAL_THRESHOLD, options.threshold) : options.threshold;
			return { subtopic, average, count: grades.length, critical: isCritical, target, meets: average >= target };
		})
		.sort((a, b) => a.average - b.average || a.subtopic.localeCompare(b.subtopic));
}
