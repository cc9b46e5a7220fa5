import { addDuration, dateFields, dateFromParts, dateValue, startOfDay, type DateParts } from "./dates";
import type { DateValue, DurationUnit, DurationUnits, LinkValue } from "./values";

/**
 * The literal syntaxes Dataview shares between queries and note metadata (`src/expression/parse.ts`):
 * dates `2025-10-03[THH:mm:ss.SSS]`, durations `7 days, 2h`, links `[[path#heading|display]]`,
 * and the date shorthands of `date(today)`. Each reader starts at `pos` and returns the value
 * with the position after it, or undefined.
 */

export interface Read<T> {
	value: T;
	end: number;
}

/** Dataview's `EXPRESSION.date`: each optional part is tried only if the previous one was there. */
export function readDate(text: string, pos: number): Read<DateValue> | undefined {
	const root = /(\d{4})-(\d{2})/y;
	root.lastIndex = pos;
	const match = root.exec(text);
	if (!match) return undefined;
	const parts: DateParts = { year: Number(match[1]), month: Number(match[2]), day: 1 };
	let end = root.lastIndex;
	const steps: [RegExp, (value: number) => void][] = [
		[/-(\d{2})/y, (value) => (parts.day = value)],
		[/T(\d{2})/y, (value) => (parts.hour = value)],
		[/:(\d{2})/y, (value) => (parts.minute = value)],
		[/:(\d{2})/y, (value) => (parts.second = value)],
	];
	let complete = true;
	for (const [pattern, apply] of steps) {
		pattern.lastIndex = end;
		const step = pattern.exec(text);
		if (!step) {
			complete = false;
			break;
		}
		apply(Number(step[1]));
		end = pattern.lastIndex;
	}
	if (complete) end = readMillisAndZone(text, end, parts);
	const value = dateFromParts(parts);
	return value ? { value, end } : undefined;
}

/**
 * After the seconds: optional `.SSS`, then an optional zone (`+02:00`, `Z`, `[Europe/Paris]`).
 * Dataview keeps the wall-clock time and only changes the zone; we keep the wall clock and drop
 * the zone, so a zoned timestamp reads as local time.
 */
function readMillisAndZone(text: string, pos: number, parts: DateParts): number {
	let end = pos;
	const millis = /\.(\d{3})/y;
	millis.lastIndex = end;
	const ms = millis.exec(text);
	if (ms) {
		parts.millisecond = Number(ms[1]);
		end = millis.lastIndex;
	}
	const zone = /[+-]\d{1,2}(:\d{2})?|Z|\[[0-9A-Za-z+\-/]+\]/y;
	zone.lastIndex = end;
	return zone.exec(text) ? zone.lastIndex : end;
}

/** Dataview's `DURATION_TYPES`; matched longest first, as plain prefixes, as Dataview does. */
const DURATION_TYPES: ReadonlyArray<[string, DurationUnit]> = (
	[
		["year", "years"], ["years", "years"], ["yr", "years"], ["yrs", "years"],
		["month", "months"], ["months", "months"], ["mo", "months"], ["mos", "months"],
		["week", "weeks"], ["weeks", "weeks"], ["wk", "weeks"], ["wks", "weeks"], ["w", "weeks"],
		["day", "days"], ["days", "days"], ["d", "days"],
		["hour", "hours"], ["hours", "hours"], ["hr", "hours"], ["hrs", "hours"], ["h", "hours"],
		["minute", "minutes"], ["minutes", "minutes"], ["min", "minutes"], ["mins", "minutes"], ["m", "minutes"],
		["second", "seconds"], ["seconds", "seconds"], ["sec", "seconds"], ["secs", "seconds"], ["s", "seconds"],
	] as [string, DurationUnit][]
).sort((a, b) => b[0].length - a[0].length);

const NUMBER = /-?[0-9]+(\.[0-9]+)?/y;

/** Dataview's `EXPRESSION.duration`: `<number> <unit>` repeated, separated by commas or spaces (or nothing). */
export function readDuration(text: string, pos: number): Read<DurationUnits> | undefined {
	const first = readDurationPart(text, pos);
	if (!first) return undefined;
	const units: Partial<Record<DurationUnit, number>> = {};
	const add = (part: Read<[DurationUnit, number]>): void => {
		units[part.value[0]] = (units[part.value[0]] ?? 0) + part.value[1];
	};
	add(first);
	let end = first.end;
	for (;;) {
		const separator = /\s*,\s*|\s*/y;
		separator.lastIndex = end;
		separator.exec(text);
		const next = readDurationPart(text, separator.lastIndex);
		if (!next) break;
		add(next);
		end = next.end;
	}
	return { value: units, end };
}

function readDurationPart(text: string, pos: number): Read<[DurationUnit, number]> | undefined {
	NUMBER.lastIndex = pos;
	const number = NUMBER.exec(text);
	if (!number) return undefined;
	let end = NUMBER.lastIndex;
	while (end < text.length && /\s/.test(text.charAt(end))) end++;
	const type = DURATION_TYPES.find(([name]) => text.startsWith(name, end));
	if (!type) return undefined;
	return { value: [type[1], Number.parseFloat(number[0])], end: end + type[0].length };
}

/** `[[inner]]` or `![[inner]]`, as Dataview's `embedLink`. */
export function readLink(text: string, pos: number, allowEmbed: boolean): Read<LinkValue> | undefined {
	let start = pos;
	let embed = false;
	if (allowEmbed && text.startsWith("![[", pos)) {
		embed = true;
		start++;
	}
	const pattern = /\[\[([^[\]]*?)\]\]/y;
	pattern.lastIndex = start;
	const match = pattern.exec(text);
	if (!match) return undefined;
	return { value: inferLink(match[1] ?? "", embed), end: pattern.lastIndex };
}

/** Dataview's `parseInnerLink` + `Link.infer`: display after an unescaped `|`, then `#^block` or `#heading`. */
export function inferLink(inner: string, embed: boolean): LinkValue {
	let target = inner;
	let display: string | undefined;
	for (let pipe = inner.indexOf("|"); pipe >= 0; pipe = inner.indexOf("|", pipe + 1)) {
		if (pipe > 0 && inner[pipe - 1] === "\\") continue;
		target = inner.slice(0, pipe);
		display = inner.slice(pipe + 1);
		break;
	}
	target = target.replace(/\\\|/g, "|");
	const base = { kind: "link" as const, embed, ...(display === undefined ? {} : { display }) };
	if (target.includes("#^")) {
		const [path = "", subpath = ""] = target.split("#^");
		return { ...base, path, subpath, type: "block" };
	}
	if (target.includes("#")) {
		const [path = "", subpath = ""] = target.split("#");
		return { ...base, path, subpath, type: "header" };
	}
	return { ...base, path: target, type: "file" };
}

/** The shorthands of `date(...)` (Dataview's `DATE_SHORTHANDS`). `now` is the context's clock, passed in. */
export const DATE_SHORTHANDS = [
	"start-of-month", "start-of-week", "start-of-year", "end-of-month", "end-of-week", "end-of-year",
	"yesterday", "tomorrow", "today", "now", "sow", "eow", "soy", "eoy", "som", "eom",
] as const;
export type DateShorthand = (typeof DATE_SHORTHANDS)[number];

export function readDateShorthand(text: string, pos: number): Read<DateShorthand> | undefined {
	const name = DATE_SHORTHANDS.find((candidate) => text.startsWith(candidate, pos));
	return name ? { value: name, end: pos + name.length } : undefined;
}

const LAST_MS = 86_400_000 - 1;

/** A shorthand relative to `today` (midnight). Weeks start on Monday, as luxon's `startOf("week")`. */
export function resolveDateShorthand(name: DateShorthand, today: DateValue, now: DateValue): DateValue {
	const day = startOfDay(today);
	const f = dateFields(day);
	const endOf = (date: DateValue): DateValue => dateValue(date.ms + LAST_MS);
	const monthStart = addDuration(day, { days: 1 - f.day }, 1);
	const weekStart = addDuration(day, { days: 1 - f.weekday }, 1);
	const yearStart = addDuration(monthStart, { months: 1 - f.month }, 1);
	switch (name) {
		case "now":
			return now;
		case "today":
			return day;
		case "yesterday":
			return addDuration(day, { days: 1 }, -1);
		case "tomorrow":
			return addDuration(day, { days: 1 }, 1);
		case "sow":
		case "start-of-week":
			return weekStart;
		case "eow":
		case "end-of-week":
			return endOf(addDuration(weekStart, { days: 6 }, 1));
		case "som":
		case "start-of-month":
			return monthStart;
		case "eom":
		case "end-of-month":
			return endOf(addDuration(addDuration(monthStart, { months: 1 }, 1), { days: 1 }, -1));
		case "soy":
		case "start-of-year":
			return yearStart;
		case "eoy":
		case "end-of-year":
			return endOf(addDuration(addDuration(yearStart, { years: 1 }, 1), { days: 1 }, -1));
	}
}
