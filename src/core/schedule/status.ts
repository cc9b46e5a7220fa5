import type { LearningStatus } from "./learningState";
import { daysBetween, isDay } from "./days";

/** Days between two reviews from which a question counts as mastered. */
export const MASTERED_INTERVAL_DAYS = 60;

/**
 * Learning status rules: `learning` after a grade of 1–2 or while the next review is under a
 * week away; `mastered` once the next review is 60 days or more away after a grade of 4–5;
 * `review` in between. `new` means never graded.
 */
export function statusAfter(grade: number, intervalDays: number): LearningStatus {
	if (grade <= 2 || intervalDays < 7) return "learning";
	if (grade >= 4 && intervalDays >= MASTERED_INTERVAL_DAYS) return "mastered";
	return "review";
}

/** The status the other learning properties imply, when the status property cannot say. */
export function impliedStatus(grade: number | undefined, reviewed: string | undefined, due: string | undefined): LearningStatus {
	if (!isDay(reviewed)) return "new";
	if (grade === undefined || !isDay(due)) return "learning";
	return statusAfter(grade, daysBetween(reviewed, due));
}
