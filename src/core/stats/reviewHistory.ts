import type { ReviewEntry } from "../reviewLog/reviewLog";
import { addDays, dayToDate, isDay } from "../schedule/days";

export interface HeatmapDay {
	day: string;
	count: number;
}

export interface ReviewHistory {
	/** Consecutive days with a review, ending today, or yesterday while today has none yet. */
	streak: number;
	longestStreak: number;
	/** `weeks` whole weeks, oldest first, Monday first; days after today are not included. */
	heatmap: HeatmapDay[];
	reviewsToday: number;
	totalReviews: number;
}

/**
 * Streaks and the heatmap from every device's log, merged. Each entry counts once per id: the
 * same question graded on two devices is two reviews, as the learner did review it twice.
 * Days are the learner's local day (`entry.day`), never the UTC day of `entry.at`.
 */
export function reviewHistory(entries: readonly ReviewEntry[], today: string, weeks = 16): ReviewHistory {
	const perDay = countPerDay(entries);
	return {
		streak: currentStreak(perDay, today),
		longestStreak: longestStreak(perDay),
		heatmap: heatmap(perDay, today, weeks),
		reviewsToday: perDay.get(today) ?? 0,
		totalReviews: [...perDay.values()].reduce((sum, count) => sum + count, 0),
	};
}

/** Reviews per day; an entry logged twice with the same id (a sync conflict copy) counts once. */
function countPerDay(entries: readonly ReviewEntry[]): Map<string, number> {
	const seen = new Set<string>();
	const perDay = new Map<string, number>();
	for (const entry of entries) {
		if (seen.has(entry.id) || !isDay(entry.day)) continue;
		seen.add(entry.id);
		perDay.set(entry.day, (perDay.get(entry.day) ?? 0) + 1);
	}
	return perDay;
}

/** A streak is not broken until today ends: with nothing logged today yet, count up to yesterday. */
function currentStreak(perDay: ReadonlyMap<string, number>, today: string): number {
	let day = perDay.has(today) ? today : addDays(today, -1);
	let streak = 0;
	while (perDay.has(day)) {
		streak++;
		day = addDays(day, -1);
	}
	return streak;
}

function longestStreak(perDay: ReadonlyMap<string, number>): number {
	let longest = 0;
	for (const day of perDay.keys()) {
		// Only a run's first day starts a count, so each run is walked once.
		if (perDay.has(addDays(day, -1))) continue;
		let length = 0;
		for (let current = day; perDay.has(current); current = addDays(current, 1)) length++;
		longest = Math.max(longest, length);
	}
	return longest;
}

/**
 * Columns of weeks, Monday to Sunday, like a contribution graph: the last column is the week
 * holding today and stops at today, so the grid has (weeks - 1) * 7 + (days of this week so far) cells.
 */
function heatmap(perDay: ReadonlyMap<string, number>, today: string, weeks: number): HeatmapDay[] {
	const start = addDays(mondayOf(today), -7 * (Math.max(1, weeks) - 1));
	const days: HeatmapDay[] = [];
	for (let day = start; day <= today; day = addDays(day, 1)) days.push({ day, count: perDay.get(day) ?? 0 });
	return days;
}

export function mondayOf(day: string): string {
	// getUTCDay: Sunday 0 … Saturday 6; days.ts keeps every day at noon UTC.
	const weekday = (dayToDate(day).getUTCDay() + 6) % 7;
	return addDays(day, -weekday);
}
