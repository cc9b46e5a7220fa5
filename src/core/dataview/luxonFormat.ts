import { dateFields, dateFromParts, isoWeekNumber, shiftTo, type DateFields } from "./dates";
import { unsupported } from "./env";
import type { DateValue, DurationUnit, DurationUnits } from "./values";

/**
 * luxon's format strings, as Dataview's `dateformat`, `durationformat` and `date(text, format)`
 * use them, in Dataview's en-US locale. A token we do not implement is refused by name rather
 * than printed differently.
 */

interface Token {
	readonly literal: boolean;
	readonly text: string;
}

/** luxon's `Formatter.parseFormat`: runs of one letter are tokens, `'…'` is literal text. */
function tokens(format: string): Token[] {
	const result: Token[] = [];
	let current = "";
	let quoted = false;
	const flush = (): void => {
		if (current.length > 0) result.push({ literal: quoted || /^\s+$/.test(current), text: current });
		current = "";
	};
	for (const char of format) {
		if (char === "'") {
			flush();
			quoted = !quoted;
		} else if (quoted || char === current.charAt(0)) current += char;
		else {
			flush();
			current = char;
		}
	}
	flush();
	return result;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function pad(value: number, width: number): string {
	const text = String(Math.abs(value)).padStart(width, "0");
	return value < 0 ? `-${text}` : text;
}

function dateToken(token: string, f: DateFields, date: DateValue): string | undefined {
	const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
	const month = MONTHS[f.month - 1] ?? "";
	const weekday = WEEKDAYS[f.weekday - 1] ?? "";
	const table: Record<string, () => string> = {
		S: () => String(f.millisecond),
		SSS: () => pad(f.millisecond, 3),
		s: () => String(f.second),
		ss: () => pad(f.second, 2),
		m: () => String(f.minute),
		mm: () => pad(f.minute, 2),
		h: () => String(hour12),
		hh: () => pad(hour12, 2),
		H: () => String(f.hour),
		HH: () => pad(f.hour, 2),
		a: () => (f.hour < 12 ? "AM" : "PM"),
		d: () => String(f.day),
		dd: () => pad(f.day, 2),
		c: () => String(f.weekday),
		E: () => String(f.weekday),
		ccc: () => weekday.slice(0, 3),
		EEE: () => weekday.slice(0, 3),
		cccc: () => weekday,
		EEEE: () => weekday,
		M: () => String(f.month),
		L: () => String(f.month),
		MM: () => pad(f.month, 2),
		LL: () => pad(f.month, 2),
		MMM: () => month.slice(0, 3),
		LLL: () => month.slice(0, 3),
		MMMM: () => month,
		LLLL: () => month,
		y: () => String(f.year),
		yy: () => pad(f.year % 100, 2),
		yyyy: () => pad(f.year, 4),
		W: () => String(isoWeekNumber(date)),
		WW: () => pad(isoWeekNumber(date), 2),
		q: () => String(Math.ceil(f.month / 3)),
		qq: () => pad(Math.ceil(f.month / 3), 2),
	};
	return table[token]?.();
}

/** `DateTime.toFormat(format)` (Dataview's `dateformat`). */
export function formatDateWith(date: DateValue, format: string): string {
	const f = dateFields(date);
	return tokens(format)
		.map((token) => {
			if (token.literal || !/^[A-Za-z]/.test(token.text)) return token.text;
			const text = dateToken(token.text, f, date);
			if (text === undefined) unsupported(`the date format token '${token.text}'`);
			return text;
		})
		.join("");
}

const DURATION_TOKEN_UNITS: Readonly<Record<string, DurationUnit>> = {
	S: "milliseconds", s: "seconds", m: "minutes", h: "hours", d: "days", w: "weeks", M: "months", y: "years",
};

/** `Duration.toFormat(format)` (Dataview's `durationformat`): shifted to the units the format names, floored, padded. */
export function formatDurationWith(units: DurationUnits, format: string): string {
	const parts = tokens(format);
	const targets: DurationUnit[] = [];
	for (const token of parts) {
		if (token.literal || !/^[A-Za-z]/.test(token.text)) continue;
		const unit = DURATION_TOKEN_UNITS[token.text.charAt(0)];
		if (unit === undefined) unsupported(`the duration format token '${token.text}'`);
		targets.push(unit);
	}
	const shifted = targets.length === 0 ? {} : shiftTo(units, targets);
	return parts
		.map((token) => {
			const unit = token.literal ? undefined : DURATION_TOKEN_UNITS[token.text.charAt(0)];
			if (unit === undefined) return token.text;
			return pad(Math.floor(shifted[unit] ?? 0), token.text.length);
		})
		.join("");
}

const PARSE_TOKENS: Readonly<Record<string, { pattern: string; field: "year" | "month" | "day" | "hour" | "minute" | "second" }>> = {
	yyyy: { pattern: "\\d{4}", field: "year" },
	yy: { pattern: "\\d{2}", field: "year" },
	MM: { pattern: "\\d{2}", field: "month" },
	M: { pattern: "\\d{1,2}", field: "month" },
	dd: { pattern: "\\d{2}", field: "day" },
	d: { pattern: "\\d{1,2}", field: "day" },
	HH: { pattern: "\\d{2}", field: "hour" },
	H: { pattern: "\\d{1,2}", field: "hour" },
	mm: { pattern: "\\d{2}", field: "minute" },
	m: { pattern: "\\d{1,2}", field: "minute" },
	ss: { pattern: "\\d{2}", field: "second" },
	s: { pattern: "\\d{1,2}", field: "second" },
};

/** `DateTime.fromFormat(text, format)` for numeric formats; undefined when the text does not fit. */
export function parseDateWith(text: string, format: string): DateValue | undefined {
	const fields: string[] = [];
	let pattern = "";
	for (const token of tokens(format)) {
		const spec = token.literal || !/^[A-Za-z]/.test(token.text) ? undefined : PARSE_TOKENS[token.text];
		if (!token.literal && /^[A-Za-z]/.test(token.text) && spec === undefined) unsupported(`the date format token '${token.text}' in date(text, format)`);
		if (spec === undefined) pattern += token.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		else {
			pattern += `(${spec.pattern})`;
			fields.push(spec.field);
		}
	}
	// luxon fills a missing year from the clock; we read none.
	if (!fields.includes("year")) unsupported("date(text, format) without a year in the format");
	const found = new RegExp(`^${pattern}$`).exec(text);
	if (!found) return undefined;
	const parts = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
	fields.forEach((field, index) => (parts[field as keyof typeof parts] = Number(found[index + 1])));
	// luxon's two-digit years: above 60 in the 1900s, else the 2000s.
	const shortYear = tokens(format).some((token) => !token.literal && token.text === "yy");
	if (shortYear) parts.year = parts.year > 60 ? 1900 + parts.year : 2000 + parts.year;
	return dateFromParts(parts);
}
