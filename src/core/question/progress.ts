import { isHeldOn } from "../schedule/hold";
import type { Question } from "./Question";

/** Questions graded for the first time on `today`: they count against the daily limit of new ones. */
export function introducedOn(questions: readonly Question[], today: string): number {
	return questions.filter((q) => q.learning.reps === 1 && q.learning.reviewed === today).length;
}

/** Never graded: no review date, whatever the status property says. */
export function isNew(question: Question): boolean {
	return question.learning.reviewed === undefined;
}

/** Suspended, or buried past today: no session takes it, new or due. */
export function isHeld(question: Question, today: string): boolean {
	return isHeldOn(question.learning.hold, today);
}

export function isDue(question: Question, today: string): boolean {
	return !isNew(question) && !isHeld(question, today) && (question.learning.due === undefined || question.learning.due <= today);
}

/** Reviews of learned questions done on `today` (first grades are counted by introducedOn). */
export function reviewedOn(questions: readonly Question[], today: string): number {
	return questions.filter((q) => q.learning.reviewed === today && q.learning.reps !== 1).length;
}

/** What is left of the daily review limit today; undefined when there is no limit (0). */
export function reviewsAllowedToday(questions: readonly Question[], today: string, reviewsPerDay: number): number | undefined {
	return reviewsPerDay > 0 ? Math.max(0, reviewsPerDay - reviewedOn(questions, today)) : undefined;
}

/** How many scheduled reviews each day already holds, for load balancing a new due date. */
export function dueLoad(questions: readonly Question[], except?: string): (day: string) => number {
	const counts = new Map<string, number>();
	for (const question of questions) {
		const due = question.learning.due;
		if (due === undefined || question.path === except || question.learning.hold?.kind === "suspended") continue;
		counts.set(due, (counts.get(due) ?? 0) + 1);
	}
	return (day) => counts.get(day) ?? 0;
}
