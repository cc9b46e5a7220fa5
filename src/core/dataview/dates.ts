import {
	DURATION_UNITS,
	UNIT_MILLIS,
	durationMillis,
	type DateValue,
	type DurationUnit,
	type DurationUnits,
	type DurationValue,
} from "./values";

/**
 * Date and duration arithmetic as luxon does it for Dataview, on wall-clock dates (see
 * `DateValue`): calendar units (years, months, weeks, days) move the calendar, the others add
 * time; `date - date` is a calendar difference.
 */

const DAY = 86_400_000;

export function dateValue(ms: number): DateValue {
	return { kind: "date", ms };
}

export function durationValue(units: DurationUnits): DurationValue {
	return { kind: "duration", units };
}

export interface DateParts {
	year: number;
	month: number;
	day: number;
	hour?: number;
	minute?: number;
	second?: number;
	millisecond?: number;
}

/** A valid calendar date, or undefined (luxon's `isValid`: no 30 February, no month 13). */
export function dateFromParts(parts: DateParts): DateValue | undefined {
	const { year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 } = parts;
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	const ms = utc(year, month - 1, day) + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
	return Number.isFinite(ms) ? dateValue(ms) : undefined;
}

/** `YYYY-MM-DD` → a date at midnight; used for the context's `today`. */
export function parseIsoDay(text: string): DateValue | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	return dateFromParts({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/** Epoch milliseconds (a file's ctime/mtime) → the wall clock of the runtime's zone, as luxon's `DateTime.fromMillis`. */
export function dateFromEpoch(epochMs: number): DateValue {
	const local = new Date(epochMs);
	if (Number.isNaN(local.getTime())) return dateValue(0);
	return dateValue(
		utc(local.getFullYear(), local.getMonth(), local.getDate()) +
			((local.getHours() * 60 + local.getMinutes()) * 60 + local.getSeconds()) * 1000 +
			local.getMilliseconds(),
	);
}

export function startOfDay(date: DateValue): DateValue {
	return dateValue(Math.floor(date.ms / DAY) * DAY);
}

export interface DateFields {
	year: number;
	/** 1–12 */
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	millisecond: number;
	/** ISO weekday, Monday = 1 … Sunday = 7 (luxon's `weekday`). */
	weekday: number;
}

export function dateFields(date: DateValue): DateFields {
	const d = new Date(date.ms);
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
		second: d.getUTCSeconds(),
		millisecond: d.getUTCMilliseconds(),
		weekday: ((d.getUTCDay() + 6) % 7) + 1,
	};
}

/** ISO week number (luxon's `weekNumber`). */
export function isoWeekNumber(date: DateValue): number {
	const day = startOfDay(date).ms;
	const weekday = dateFields(date).weekday;
	const thursday = day + (4 - weekday) * DAY;
	const yearStart = utc(new Date(thursday).getUTCFullYear(), 0, 1);
	return Math.floor((thursday - yearStart) / DAY / 7) + 1;
}

/** luxon's `DateTime.plus`: whole calendar units move the calendar (clamping 31 Jan + 1 month to 28 Feb), the rest adds time. */
export function addDuration(date: DateValue, units: DurationUnits, sign: 1 | -1): DateValue {
	const years = Math.trunc(units.years ?? 0) * sign;
	const months = Math.trunc(units.months ?? 0) * sign;
	const days = (Math.trunc(units.days ?? 0) + Math.trunc(units.weeks ?? 0) * 7) * sign;
	const fields = dateFields(date);
	const monthIndex = fields.month - 1 + months + years * 12;
	const year = fields.year + Math.floor(monthIndex / 12);
	const month = ((monthIndex % 12) + 12) % 12;
	const day = Math.min(fields.day, daysInMonth(year, month + 1));
	const timeOfDay = date.ms - startOfDay(date).ms;
	const rest: DurationUnits = {
		years: (units.years ?? 0) - Math.trunc(units.years ?? 0),
		months: (units.months ?? 0) - Math.trunc(units.months ?? 0),
		weeks: (units.weeks ?? 0) - Math.trunc(units.weeks ?? 0),
		days: (units.days ?? 0) - Math.trunc(units.days ?? 0),
		hours: units.hours,
		minutes: units.minutes,
		seconds: units.seconds,
		milliseconds: units.milliseconds,
	};
	return dateValue(utc(year, month, day) + days * DAY + timeOfDay + durationMillis(rest) * sign);
}

/**
 * `date - date` as Dataview computes it: luxon's `diff` in years, months, days, hours, minutes,
 * seconds and milliseconds, then normalized (so 28 days become "1 month": 4 weeks roll up into a
 * month, as luxon 3.4 does). Negative when `a` is earlier.
 */
export function dateDifference(a: DateValue, b: DateValue): DurationUnits {
	if (a.ms < b.ms) return negate(dateDifference(b, a));
	let cursor = b;
	const result: Partial<Record<DurationUnit, number>> = {};
	for (const unit of ["years", "months"] as const) {
		let count = unit === "years" ? dateFields(a).year - dateFields(cursor).year : monthsBetween(cursor, a);
		while (count > 0 && addDuration(cursor, { [unit]: count }, 1).ms > a.ms) count--;
		cursor = addDuration(cursor, { [unit]: count }, 1);
		result[unit] = count;
	}
	let rest = a.ms - cursor.ms;
	for (const unit of ["days", "hours", "minutes", "seconds", "milliseconds"] as const) {
		result[unit] = Math.floor(rest / UNIT_MILLIS[unit]);
		rest -= (result[unit] ?? 0) * UNIT_MILLIS[unit];
	}
	return normalizeDuration(result);
}

function monthsBetween(from: DateValue, to: DateValue): number {
	const a = dateFields(from);
	const b = dateFields(to);
	return (b.year - a.year) * 12 + (b.month - a.month);
}

function negate(units: DurationUnits): DurationUnits {
	const result: Partial<Record<DurationUnit, number>> = {};
	for (const unit of DURATION_UNITS) if (units[unit] !== undefined) result[unit] = -(units[unit] ?? 0);
	return result;
}

/** luxon's casual conversion matrix: how many of the smaller unit one larger unit holds. */
function unitsIn(larger: DurationUnit, smaller: DurationUnit): number {
	if (larger === "years" && smaller === "months") return 12;
	if (larger === "years" && smaller === "weeks") return 52;
	if (larger === "months" && smaller === "weeks") return 4;
	return UNIT_MILLIS[larger] / UNIT_MILLIS[smaller];
}

/**
 * Dataview's `normalizeDuration`: luxon 3.4's `shiftToAll().normalize()`, step for step: whole
 * multiples roll into the next larger unit (7 days a week, 4 weeks a month, 12 months a year).
 */
export function normalizeDuration(units: DurationUnits): DurationUnits {
	const shifted = shiftTo(units, DURATION_UNITS);
	normalizeValues(shifted);
	return shifted;
}

/**
 * luxon's `Duration.shiftTo(...targets)`: each target unit takes what the larger units hand down
 * and keeps its whole part; the rest goes to the last target; then `normalizeValues`.
 */
export function shiftTo(units: DurationUnits, targets: readonly DurationUnit[]): Partial<Record<DurationUnit, number>> {
	const built: Partial<Record<DurationUnit, number>> = {};
	const accumulated: Partial<Record<DurationUnit, number>> = {};
	let last: DurationUnit | undefined;
	for (const unit of DURATION_UNITS) {
		if (targets.includes(unit)) {
			last = unit;
			let own = 0;
			for (const from of Object.keys(accumulated) as DurationUnit[]) {
				own += unitsIn(from, unit) * (accumulated[from] ?? 0);
				accumulated[from] = 0;
			}
			own += units[unit] ?? 0;
			const whole = Math.trunc(own);
			built[unit] = whole;
			accumulated[unit] = (own * 1000 - whole * 1000) / 1000;
		} else if (typeof units[unit] === "number") {
			accumulated[unit] = units[unit];
		}
	}
	if (last === undefined) return built;
	for (const unit of Object.keys(accumulated) as DurationUnit[]) {
		const rest = accumulated[unit] ?? 0;
		if (rest !== 0) built[last] = (built[last] ?? 0) + (unit === last ? rest : rest / unitsIn(last, unit));
	}
	normalizeValues(built);
	return built;
}

/** luxon's `normalizeValues`, over the units the duration holds. */
function normalizeValues(values: Partial<Record<DurationUnit, number>>): void {
	const present = DURATION_UNITS.filter((unit) => values[unit] !== undefined);
	const factor = durationMillis(values) < 0 ? -1 : 1;
	for (let index = present.length - 1; index > 0; index--) {
		const smaller = present[index] as DurationUnit;
		const larger = present[index - 1] as DurationUnit;
		const conversion = unitsIn(larger, smaller);
		const rollUp = Math.floor(((values[smaller] ?? 0) * factor) / conversion);
		values[larger] = (values[larger] ?? 0) + rollUp * factor;
		values[smaller] = (values[smaller] ?? 0) - rollUp * conversion * factor;
	}
	for (let index = 1; index < present.length; index++) {
		const larger = present[index - 1] as DurationUnit;
		const smaller = present[index] as DurationUnit;
		const fraction = (values[larger] ?? 0) % 1;
		values[larger] = (values[larger] ?? 0) - fraction;
		values[smaller] = (values[smaller] ?? 0) + fraction * unitsIn(larger, smaller);
	}
}

export function scaleDuration(units: DurationUnits, factor: number): DurationUnits {
	const result: Partial<Record<DurationUnit, number>> = {};
	for (const unit of DURATION_UNITS) if (units[unit] !== undefined) result[unit] = (units[unit] ?? 0) * factor;
	return result;
}

export function addDurations(a: DurationUnits, b: DurationUnits, sign: 1 | -1): DurationUnits {
	const result: Partial<Record<DurationUnit, number>> = {};
	for (const unit of DURATION_UNITS) {
		if (a[unit] !== undefined || b[unit] !== undefined) result[unit] = (a[unit] ?? 0) + sign * (b[unit] ?? 0);
	}
	return result;
}

/** A duration in one unit, fractional if need be (luxon's `shiftTo(unit)[unit]`). */
export function durationIn(units: DurationUnits, unit: DurationUnit): number {
	return shiftTo(units, [unit])[unit] ?? 0;
}

const MONTH_NAMES = [
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
];

/**
 * Dataview's default formats: "MMMM dd, yyyy" for a date at midnight, else
 * "h:mm a - MMMM dd, yyyy" (the time is ignored only when hours, minutes and seconds are 0).
 */
export function formatDate(date: DateValue): string {
	const f = dateFields(date);
	const day = `${MONTH_NAMES[f.month - 1] ?? ""} ${pad(f.day, 2)}, ${pad(f.year, 4)}`;
	if (f.hour === 0 && f.minute === 0 && f.second === 0) return day;
	const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
	return `${hour12}:${pad(f.minute, 2)} ${f.hour < 12 ? "AM" : "PM"} - ${day}`;
}

/** `YYYY-MM-DD` and, when the time is not midnight, `HH:mm:ss`. */
export function isoParts(date: DateValue): { day: string; time?: string } {
	const f = dateFields(date);
	const day = `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}`;
	if (f.hour === 0 && f.minute === 0 && f.second === 0) return { day };
	return { day, time: `${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}` };
}

const unitFormats = new Map<DurationUnit, Intl.NumberFormat>();

/** luxon's `toHuman()` in en-US, as Dataview's locale: "1 week, 2 days", "1,078 days", "1.5 hours". */
function humanUnit(count: number, unit: DurationUnit): string {
	let format = unitFormats.get(unit);
	if (!format) {
		format = new Intl.NumberFormat("en-US", { style: "unit", unit: unit.slice(0, -1), unitDisplay: "long" });
		unitFormats.set(unit, format);
	}
	return format.format(count);
}

/** Dataview's `renderMinimalDuration`: normalized, zero units dropped, luxon's `toHuman()`. */
export function formatDuration(units: DurationUnits): string {
	const normalized = normalizeDuration(units);
	return DURATION_UNITS.filter((unit) => (normalized[unit] ?? 0) !== 0)
		.map((unit) => humanUnit(normalized[unit] ?? 0, unit))
		.join(", ");
}

function pad(value: number, width: number): string {
	const text = String(Math.abs(value)).padStart(width, "0");
	return value < 0 ? `-${text}` : text;
}

function utc(year: number, monthIndex: number, day: number): number {
	if (year < 0 || year > 99) return Date.UTC(year, monthIndex, day);
	// Date.UTC reads years 0–99 as 1900–1999: compute in 2000 and shift the year back.
	const date = new Date(Date.UTC(2000, monthIndex, day));
	date.setUTCFullYear(date.getUTCFullYear() - 2000 + year);
	return date.getTime();
}

function daysInMonth(year: number, month: number): number {
	return new Date(utc(year, month, 0)).getUTCDate();
}
