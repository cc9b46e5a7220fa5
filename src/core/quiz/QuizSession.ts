import type { SelfGrade } from "../schedule/grades";

export type QuizPhase = "question" | "answer" | "finished";

export interface QuizOutcome {
	path: string;
	grade?: SelfGrade;
	skipped?: true;
	secondsToReveal?: number;
	/** A later attempt at a card failed earlier in this session: logged, but the note keeps the day's first grade. */
	relearning?: true;
	/** This grade (1–2) put the card back into the session. */
	requeued?: true;
}

/** A quiz session as plain data; every transition returns a new session and takes the time in. */
export interface QuizSession {
	paths: readonly string[];
	position: number;
	phase: QuizPhase;
	startedAt: number;
	/** When the current card was shown, for the seconds to reveal. */
	shownAt: number;
	secondsToReveal?: number;
	outcomes: readonly QuizOutcome[];
	finishedAt?: number;
}

export function startSession(paths: readonly string[], now: number): QuizSession {
	const empty = paths.length === 0;
	return { paths, position: 0, phase: empty ? "finished" : "question", startedAt: now, shownAt: now, outcomes: [], ...(empty ? { finishedAt: now } : {}) };
}

export function currentPath(session: QuizSession): string | undefined {
	return session.phase === "finished" ? undefined : session.paths[session.position];
}

export function reveal(session: QuizSession, now: number): QuizSession {
	if (session.phase !== "question") return session;
	return { ...session, phase: "answer", secondsToReveal: Math.max(0, Math.round((now - session.shownAt) / 1000)) };
}

/**
 * Records the grade and moves on. With `relearnAfter` (a number of cards), a 1–2 puts the card
 * back that many cards later (at the end when fewer are left), until it is graded 3 or more.
 */
export function gradeCurrent(session: QuizSession, grade: SelfGrade, now: number, relearnAfter?: number): QuizSession {
	const path = currentPath(session);
	if (path === undefined || session.phase !== "answer") return session;
	const requeue = relearnAfter !== undefined && grade <= 2;
	const outcome: QuizOutcome = {
		path,
		grade,
		secondsToReveal: session.secondsToReveal,
		...(isRelearning(session) ? { relearning: true as const } : {}),
		...(requeue ? { requeued: true as const } : {}),
	};
	const paths = requeue ? insertAt(session.paths, session.position + 1 + Math.max(0, relearnAfter), path) : session.paths;
	return advance({ ...session, paths }, outcome, now);
}

/** Whether the current card was already graded in this session: a relearning attempt. */
export function isRelearning(session: QuizSession): boolean {
	const path = currentPath(session);
	return path !== undefined && session.outcomes.some((outcome) => outcome.path === path && outcome.grade !== undefined);
}

export function skipCurrent(session: QuizSession, now: number): QuizSession {
	const path = currentPath(session);
	if (path === undefined) return session;
	return advance(session, { path, skipped: true }, now);
}

/**
 * Steps back to the last graded card (outcome i belongs to card i), dropping its outcome and any
 * skips after it; the caller restores the note.
 */
export function undoLastGrade(session: QuizSession, now: number): { session: QuizSession; undone?: QuizOutcome } {
	const index = findLastGradedIndex(session.outcomes);
	if (index < 0) return { session };
	const { finishedAt: _finished, ...rest } = session;
	const undone = session.outcomes[index];
	// The card a 1–2 put back is taken out again: the grade that put it there is gone.
	const paths = undone?.requeued ? withoutNextCopy(session.paths, index, undone.path) : session.paths;
	return {
		session: { ...rest, paths, outcomes: session.outcomes.slice(0, index), position: index, phase: "question", shownAt: now, secondsToReveal: undefined },
		undone,
	};
}

/** Puts questions right after the current card (an adaptive suggestion the learner accepted). */
export function insertNext(session: QuizSession, paths: readonly string[]): QuizSession {
	if (session.phase === "finished") return session;
	const upcoming = new Set(session.paths.slice(session.position + 1));
	const fresh = paths.filter((path) => !upcoming.has(path) && path !== currentPath(session));
	const at = session.position + 1;
	return { ...session, paths: [...session.paths.slice(0, at), ...fresh, ...session.paths.slice(at)] };
}

/** A renamed note keeps its place in the session. */
export function renamePath(session: QuizSession, oldPath: string, newPath: string): QuizSession {
	return {
		...session,
		paths: session.paths.map((path) => (path === oldPath ? newPath : path)),
		outcomes: session.outcomes.map((outcome) => (outcome.path === oldPath ? { ...outcome, path: newPath } : outcome)),
	};
}

function advance(session: QuizSession, outcome: QuizOutcome, now: number): QuizSession {
	const position = session.position + 1;
	const finished = position >= session.paths.length;
	return {
		...session,
		outcomes: [...session.outcomes, outcome],
		position,
		phase: finished ? "finished" : "question",
		shownAt: now,
		secondsToReveal: undefined,
		...(finished ? { finishedAt: now } : {}),
	};
}

function findLastGradedIndex(outcomes: readonly QuizOutcome[]): number {
	for (let i = outcomes.length - 1; i >= 0; i--) if (outcomes[i]?.grade !== undefined) return i;
	return -1;
}

function insertAt(paths: readonly string[], at: number, path: string): string[] {
	const position = Math.min(at, paths.length);
	return [...paths.slice(0, position), path, ...paths.slice(position)];
}

function withoutNextCopy(paths: readonly string[], after: number, path: string): readonly string[] {
	const copy = paths.indexOf(path, after + 1);
	return copy < 0 ? paths : [...paths.slice(0, copy), ...paths.slice(copy + 1)];
}
