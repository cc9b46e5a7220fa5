import { isDue, isHeld, isNew } from "../question/progress";
import type { Question } from "../question/Question";

export type QuizOrder = "due-first" | "moc-order" | "shuffled";

export interface SelectionOptions {
	today: string;
	size: number;
	order: QuizOrder;
	/** How many new questions may still be introduced today (the daily limit minus those already seen). */
	newAllowed: number;
	/** How many reviews of learned questions may still come today (the daily review limit minus those done); no limit when absent. */
	reviewsAllowed?: number;
	/** Study-path ranks from studyPathRanks(). */
	ranks: ReadonlyMap<string, number>;
	/** A random source in [0, 1), passed in so sessions can be replayed in tests. */
	random: () => number;
}

/**
 * Picks a session's questions from candidates (already filtered by the session's scope).
 * Due first (oldest due first), then new ones in study-path order up to the daily limit,
 * then the rest by due date; `moc-order` and `shuffled` reorder the chosen set. Suspended and
 * buried questions are never chosen; due ones past the daily review limit wait for the next days.
 */
export function selectQuestions(candidates: readonly Question[], options: SelectionOptions): Question[] {
	const available = candidates.filter((q) => !isHeld(q, options.today));
	const due = available.filter((q) => isDue(q, options.today)).sort(byDueDate).slice(0, Math.max(0, options.reviewsAllowed ?? Number.MAX_SAFE_INTEGER));
	const fresh = available.filter(isNew).sort((a, b) => byStudyPath(a, b, options.ranks)).slice(0, Math.max(0, options.newAllowed));
	const chosen = [...due, ...fresh].slice(0, options.size);
	if (options.order === "moc-order") return chosen.sort((a, b) => byStudyPath(a, b, options.ranks));
	if (options.order === "shuffled") return shuffle(chosen, options.random);
	return chosen;
}

/** For scopes the learner picked by hand (a subtopic, a path, this note): everything in it, due first. */
export function selectAll(candidates: readonly Question[], options: SelectionOptions): Question[] {
	const available = candidates.filter((q) => !isHeld(q, options.today));
	const due = available.filter((q) => isDue(q, options.today)).sort(byDueDate);
	const fresh = available.filter(isNew).sort((a, b) => byStudyPath(a, b, options.ranks));
	const later = available.filter((q) => !isNew(q) && !isDue(q, options.today)).sort(byDueDate);
	const chosen = [...due, ...fresh, ...later].slice(0, options.size);
	if (options.order === "moc-order") return chosen.sort((a, b) => byStudyPath(a, b, options.ranks));
	if (options.order === "shuffled") return shuffle(chosen, options.random);
	return chosen;
}

function byDueDate(a: Question, b: Question): number {
	return (a.learning.due ?? "").localeCompare(b.learning.due ?? "") || a.path.localeCompare(b.path);
}

function byStudyPath(a: Question, b: Question, ranks: ReadonlyMap<string, number>): number {
	const rankA = ranks.get(a.path) ?? Number.MAX_SAFE_INTEGER;
	const rankB = ranks.get(b.path) ?? Number.MAX_SAFE_INTEGER;
	return rankA - rankB || a.path.localeCompare(b.path);
}

function shuffle<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j] as T, items[i] as T];
	}
	return items;
}
