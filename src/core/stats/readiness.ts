import type { Question } from "../question/Question";

/** The rubric's hire bar: an average of 3.5, and 4.0 on role-critical subjects. */
export const DEFAULT_HIRE_THRESHOLD = 3.5;
export const CRITICAL_THRESHOLD = 4.0;

export interface Readiness {
	/** Average of the latest grades, or null when nothing is graded. */
	average: number | null;
	graded: number;
	total: number;
	/** graded / total, 0 when the scope is empty. */
	coverage: number;
	threshold: number;
	ready: boolean;
}

/** Readiness of a scope: the average latest grade against the threshold, with coverage beside it. */
export function readiness(questions: readonly Question[], threshold: number): Readiness {
	const grades = questions.map((q) => q.learning.grade).filter((grade): grade is number => grade !== undefined);
	const average = averageOf(grades);
	return {
		average,
		graded: grades.length,
		total: questions.length,
		coverage: questions.length === 0 ? 0 : grades.length / questions.length,
		threshold,
		ready: average !== null && average >= threshold,
	};
}

export function averageOf(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
}
