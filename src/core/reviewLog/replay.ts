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
 * frontmatter could not be read), applied to the state its properties now hold. A grade counts
 * when no write to the note came after it: none of the log's saved grades is later, and the note's
 * last review is not of a later day (a device whose log has not synced yet). The note keeps only
 * the day of its last review, so a grade kept on the same day as a saved one is told apart by the
 * log's instants.
 */
export function replayUnsaved(state: LearningState, entries: readonly ReviewEntry[]): LearningState {
	const reviewed = state.reviewed;
	const lastWrite = entries.reduce((latest, entry) => (isWrite(entry) && entry.at > latest ? entry.at : latest), "");
	return replay(state, entries.filter((entry) => entry.unsaved === true && entry.at > lastWrite && (reviewed === undefined || entry.day >= reviewed)));
}

/** A grade that the note itself took: neither kept aside while it was unreadable nor a same-session retry. */
function isWrite(entry: ReviewEntry): boolean {
	return entry.unsaved !== true && entry.relearning !== true;
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
