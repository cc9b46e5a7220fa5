import type { LearningState } from "../schedule/learningState";
import { isSelfGrade } from "../schedule/grades";
import { scheduleReview } from "../schedule/scheduler";
import type { ReviewEntry } from "./reviewLog";

/**
 * A question's learning state rebuilt from its grades in the review log, oldest first: what a
 * note whose frontmatter cannot be read is scheduled by until it is repaired.
 */
export function learningFromLog(entries: readonly ReviewEntry[]): LearningState {
	return replay({ status: "new" }, entries);
}

/**
 * The grades the log holds for a note that the note itself never took (given while its
 * frontmatter could not be read), applied to the state its properties now hold. Only grades of
 * a day after the note's last review count: a write since then already built on them.
 */
export function replayUnsaved(state: LearningState, entries: readonly ReviewEntry[]): LearningState {
	const reviewed = state.reviewed;
	return replay(state, entries.filter((entry) => entry.unsaved === true && (reviewed === undefined || entry.day > reviewed)));
}

function replay(state: LearningState, entries: readonly ReviewEntry[]): LearningState {
	const ordered = [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	let current = state;
	// A same-session relearning attempt never reached the note: the day's first grade stands for the day.
	for (const entry of ordered) if (isSelfGrade(entry.grade) && !entry.relearning) current = scheduleReview(current, entry.grade, entry.day);
	return current;
}

/** Each path's entries, for the notes that need their state from the log. */
export function entriesByPath(entries: readonly ReviewEntry[], paths: ReadonlySet<string>): Map<string, ReviewEntry[]> {
	const byPath = new Map<string, ReviewEntry[]>();
	for (const entry of entries) {
		if (!paths.has(entry.path)) continue;
		const list = byPath.get(entry.path);
		if (list) list.push(entry);
		else byPath.set(entry.path, [entry]);
	}
	return byPath;
}
