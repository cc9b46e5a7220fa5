import type { ReviewEntry } from "../reviewLog/reviewLog";
import { daysBetween } from "./days";
import { ratingFor } from "./scheduler";

/** One review as FSRS's optimizer reads it: the rating (1 Again … 4 Easy) and the days since the previous review (0 for the first). */
export interface FsrsReview {
	rating: number;
	deltaT: number;
}

/**
 * Every question's review history from the log, as FSRS's optimizer wants it: entries counted
 * once per id, in time order, one review per day (the day's first grade, the one the note keeps;
 * same-session relearning attempts are left out, as day-granular scheduling never saw them).
 */
export function reviewHistories(entries: readonly ReviewEntry[]): FsrsReview[][] {
	const byPath = new Map<string, ReviewEntry[]>();
	const seen = new Set<string>();
	for (const entry of [...entries].sort((a, b) => a.at.localeCompare(b.at))) {
		if (seen.has(entry.id) || entry.relearning) continue;
		seen.add(entry.id);
		const list = byPath.get(entry.path);
		if (list) list.push(entry);
		else byPath.set(entry.path, [entry]);
	}
	return [...byPath.values()].map((list) => {
		const reviews: FsrsReview[] = [];
		let previousDay: string | undefined;
		for (const entry of list) {
			if (entry.day === previousDay) continue;
			reviews.push({ rating: ratingFor(entry.grade), deltaT: previousDay === undefined ? 0 : daysBetween(previousDay, entry.day) });
			previousDay = entry.day;
		}
		return reviews;
	});
}

/** The optimizer learns from each review after the first: one training item per such review, with its history. */
export function trainingSequences(histories: readonly FsrsReview[][]): FsrsReview[][] {
	return histories.flatMap((reviews) => reviews.slice(1).map((_, i) => reviews.slice(0, i + 2)).filter((items) => items.some((r) => r.deltaT > 0)));
}
