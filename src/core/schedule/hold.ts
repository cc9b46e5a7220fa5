import { addDays, isDay } from "./days";

/**
 * A question kept out of scheduling: suspended (until the learner resumes it) or buried (until
 * a day, tomorrow when buried from a session). One property holds it, as text a learner can read
 * and edit: `suspended` or `buried until 2026-12-02`.
 */
export type Hold = { kind: "suspended" } | { kind: "buried"; until: string };

const BURIED = /^buried until (\d{4}-\d{2}-\d{2})$/;

export function parseHold(text: string | undefined): Hold | undefined {
	const value = text?.trim().toLowerCase();
	if (value === "suspended") return { kind: "suspended" };
	const until = value === undefined ? undefined : BURIED.exec(value)?.[1];
	return isDay(until) ? { kind: "buried", until } : undefined;
}

export function formatHold(hold: Hold): string {
	return hold.kind === "suspended" ? "suspended" : `buried until ${hold.until}`;
}

/** Buried from today until tomorrow begins. */
export function buryUntilTomorrow(today: string): Hold {
	return { kind: "buried", until: addDays(today, 1) };
}

/** Whether the hold keeps the question out of today's sessions. */
export function isHeldOn(hold: Hold | undefined, today: string): boolean {
	if (!hold) return false;
	return hold.kind === "suspended" || hold.until > today;
}
