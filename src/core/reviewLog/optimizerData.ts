import type { ReviewEntry } from "./reviewLog";
import { daysBetween } from "../schedule/days";
import { ratingFor } from "../schedule/scheduler";

/** One review as FSRS's optimizer reads it: the rating (1 Again … 4 Easy) and the days since the previous review (0 for the first). */
export interface FsrsReview {
	rating: number;
	deltaT: number;
}

/**
 * Each question's grades from the log, one per day: entries counted once per id, in time order,
 * the day's first grade only (the one the note keeps; same-session relearning attempts are left
 * out, as day-granular scheduling never saw them).
 */
export function gradesPerDay(entries: readonly ReviewEntry[]): Map<string, ReviewEntry[]> {
	const byPath = new Map<string, ReviewEntry[]>();
	const seen = new Set<string>();
	for (const entry of [...entries].sort((a, b) => a.at.localeCompare(b.at))) {
		if (seen.has(entry.id) || entry.relearning) continue;
		seen.add(entry.id);
		const list = byPath.get(entry.path) ?? [];
		if (list[list.length - 1]?.day !== entry.day) list.push(entry);
		byPath.set(entry.path, list);
	}
	return byPath;
}

/** Every question's review history as FSRS's optimizer reads it. */
export function reviewHistories(entries: readonly ReviewEntry[]): FsrsReview[][] {
	return [...gradesPerDay(entries).values()].map((list) =>
		list.map((entry, i) => ({ rating: ratingFor(entry.grade), deltaT: i === 0 ? 0 : daysBetween((list[i - 1] as ReviewEntry).day, entry.day) })),
	);
}

/** The optimizer learns from each review after the first: one training item per such review, with its history. */
export function trainingSequences(histories: readonly FsrsReview[][]): FsrsReview[][] {
	return histories.flatMap((reviews) => reviews.slice(1).map((_, i) => reviews.slice(0, i + 2)).filter((items) => items.some((r) => r.deltaT > 0)));
}
