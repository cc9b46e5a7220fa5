/** Calendar days as `YYYY-MM-DD` text, the form the notes store; arithmetic in UTC so it never drifts. */
const DAY_MS = 86_400_000;

/** A real calendar day: `Date` rolls `2026-02-30` over to March, so the day must survive the round trip. */
export function isDay(text: string | undefined): text is string {
	if (text === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const time = Date.parse(`${text}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** Noon UTC of a day: the instant the scheduler reasons with, far from any day boundary. */
export function dayToDate(day: string): Date {
	return new Date(`${day}T12:00:00Z`);
}

export function dateToDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
	return dateToDay(new Date(dayToDate(day).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / DAY_MS);
}

/** The learner's local calendar day for an instant: "today" is theirs, not UTC's. */
export function localDay(now: Date): string {
	const month = String(now.getMonth() + 1).padStart(2, "0");
	const day = String(now.getDate()).padStart(2, "0");
	return `${now.getFullYear()}-${month}-${day}`;
}
