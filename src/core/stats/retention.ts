import { DIFFICULTIES } from "../question/difficulty";
import type { Question } from "../question/Question";
import type { ReviewEntry } from "../reviewLog/reviewLog";
import { gradesPerDay } from "../reviewLog/optimizerData";

export interface RetentionRow {
	/** easy, medium, hard, or unknown. */
	key: string;
	/** Reviews after an interval (a day or more since the previous grade). */
	reviews: number;
	/** Of those, graded 3 or more. */
	recalled: number;
	/** recalled / reviews, null when there were none. */
	retention: number | null;
}

export interface MeasuredRetention {
	/** The desired retention FSRS schedules for. */
	target: number;
	overall: RetentionRow;
	byDifficulty: RetentionRow[];
}

/**
 * Measured retention: the share of reviews after an interval that were graded 3 or more, beside
 * the desired retention, per difficulty (the question's difficulty as the index has it now).
 */
export function measuredRetention(entries: readonly ReviewEntry[], lookup: (path: string) => Question | undefined, target: number): MeasuredRetention {
	const rows = new Map<string, RetentionRow>();
	const row = (key: string): RetentionRow => {
		let found = rows.get(key);
		if (!found) rows.set(key, (found = { key, reviews: 0, recalled: 0, retention: null }));
		return found;
	};
	const overall: RetentionRow = { key: "all", reviews: 0, recalled: 0, retention: null };
	for (const [path, grades] of gradesPerDay(entries)) {
		const difficulty = lookup(path)?.difficulty ?? "unknown";
		for (const entry of grades.slice(1)) {
			for (const bucket of [overall, row(difficulty)]) {
				bucket.reviews++;
				if (entry.grade >= 3) bucket.recalled++;
			}
		}
	}
	const finish = (r: RetentionRow): RetentionRow => ({ ...r, retention: r.reviews === 0 ? null : Math.round((r.recalled / r.reviews) * 10_000) / 10_000 });
	const byDifficulty = [...DIFFICULTIES.map((d) => finish(row(d))), ...(rows.has("unknown") ? [finish(row("unknown"))] : [])];
	return { target, overall: finish(overall), byDifficulty };
}
