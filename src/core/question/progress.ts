import type { Question } from "./Question";

/** Questions graded for the first time on `today`: they count against the daily limit of new ones. */
export function introducedOn(questions: readonly Question[], today: string): number {
	return questions.filter((q) => q.learning.reps === 1 && q.learning.reviewed === today).length;
}

/** Never graded: no review date, whatever the status property says. */
export function isNew(question: Question): boolean {
	return question.learning.reviewed === undefined;
}

export function isDue(question: Question, today: string): boolean {
	return !isNew(question) && (question.learning.due === undefined || question.learning.due <= today);
}
