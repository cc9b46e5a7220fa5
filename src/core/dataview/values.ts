/**
 * The values a Dataview expression works on, and Dataview's rules for them: type names,
 * truthiness and the one total ordering every comparison and sort goes through
 * (`Values.compareValue`, `Values.isTruthy`, `Values.typeOf` in Dataview's `src/data-model/value.ts`).
 */

/**
 * A date as wall-clock time in the vault's zone, stored as if that wall clock were UTC. Dataview's
 * dates are local luxon DateTimes; keeping the wall clock lets calendar arithmetic (plus one month,
 * start of the day) ignore time zones and keeps the engine free of the machine's clock.
 */
export interface DateValue {
	readonly kind: "date";
	readonly ms: number;
}

export const DURATION_UNITS = ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
export type DurationUnits = Readonly<Partial<Record<DurationUnit, number>>>;

/** A luxon-style duration: its units are kept apart, as luxon does (1 week is not the same as 7 days for `=`). */
export interface DurationValue {
	readonly kind: "duration";
	readonly units: DurationUnits;
}

export interface LinkValue {
	readonly kind: "link";
	/** As written, or the resolved vault path; comparisons resolve both sides first. */
	readonly path: string;
	readonly display?: string;
	readonly subpath?: string;
	readonly type: "file" | "header" | "block";
	readonly embed: boolean;
}

/** A YAML map, a page's data or a GROUP BY group. A Map, so keys like `constructor` are just keys. */
export interface ObjectValue {
	readonly kind: "object";
	readonly fields: ReadonlyMap<string, Value>;
}

/** A lambda `(x) => …` (or a function passed by name): called by filter, map, sort, reduce… */
export interface FunctionValue {
	readonly kind: "function";
	readonly call: (args: readonly Value[]) => Value;
}

/** Dataview's external-link widget (`elink(url, text)`). */
export interface WidgetValue {
	readonly kind: "widget";
	readonly url: string;
	readonly display: string;
}

export type Value = null | boolean | number | string | DateValue | DurationValue | LinkValue | ObjectValue | FunctionValue | WidgetValue | readonly Value[];

export type ValueType = "null" | "boolean" | "number" | "string" | "date" | "duration" | "link" | "object" | "function" | "widget" | "array";

export function typeOf(value: Value): ValueType {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	switch (typeof value) {
		case "boolean":
			return "boolean";
		case "number":
			return "number";
		case "string":
			return "string";
		default:
			return (value as Exclude<Value, null | boolean | number | string | readonly Value[]>).kind;
	}
}

export function isArray(value: Value): value is readonly Value[] {
	return Array.isArray(value);
}

export function isLink(value: Value): value is LinkValue {
	return typeOf(value) === "link";
}

export function isObject(value: Value): value is ObjectValue {
	return typeOf(value) === "object";
}

export function objectValue(entries: Iterable<[string, Value]>): ObjectValue {
	return { kind: "object", fields: new Map(entries) };
}

export function fileLink(path: string): LinkValue {
	return { kind: "link", path, type: "file", embed: false };
}

/** Dataview's `Values.isTruthy`. */
export function isTruthy(value: Value): boolean {
	if (value === null) return false;
	if (isArray(value)) return value.length > 0;
	switch (typeof value) {
		case "boolean":
			return value;
		case "number":
			return value !== 0;
		case "string":
			return value.length > 0;
		default:
			break;
	}
	switch (value.kind) {
		case "link":
			return value.path !== "";
		case "date":
			return value.ms !== 0;
		case "duration":
			return durationMillis(value.units) !== 0;
		case "object":
			return value.fields.size > 0;
		case "function":
		case "widget":
			return true;
	}
}

/**
 * Dataview compares strings with `String.prototype.localeCompare`, whose order depends on the
 * runtime's language. We fix English so a query gives the same rows on every machine; for vault
 * text it agrees with Obsidian's usual locale: case-insensitive first ("hard" < "Medium"), and
 * lower case before upper case only to break a tie ("medium" < "Medium").
 */
const collator = new Intl.Collator("en");

/**
 * The collator's own weights for printable ASCII, read from it once: a primary rank per
 * character (letters of both cases share one) and whether it is upper case (the tertiary tie
 * break). Sorting 8,000 file names calls the comparison ~100,000 times, and `Intl.Collator` costs
 * three times a loop over these tables; any other character goes to the collator itself.
 * `test/core/dataview/compareStrings.property.test.ts` holds the two equal.
 */
const ASCII_FIRST = 0x20;
const ASCII_END = 0x7f;
const { primary: ASCII_PRIMARY, upper: ASCII_UPPER } = asciiWeights();

function asciiWeights(): { primary: Uint8Array; upper: Uint8Array } {
	const base = new Intl.Collator("en", { sensitivity: "base" });
	const characters = Array.from({ length: ASCII_END - ASCII_FIRST }, (_, offset) => String.fromCharCode(ASCII_FIRST + offset));
	const ordered = [...characters].sort((a, b) => collator.compare(a, b));
	const primary = new Uint8Array(ASCII_END);
	const upper = new Uint8Array(ASCII_END);
	let rank = 0;
	ordered.forEach((character, position) => {
		const before = ordered[position - 1];
		if (before !== undefined && base.compare(before, character) !== 0) rank++;
		primary[character.charCodeAt(0)] = rank;
		upper[character.charCodeAt(0)] = character === character.toLowerCase() ? 0 : 1;
	});
	return { primary, upper };
}

export function compareStrings(a: string, b: string): number {
	const length = Math.min(a.length, b.length);
	let byPrimary = 0;
	for (let index = 0; index < length; index++) {
		const x = a.charCodeAt(index);
		const y = b.charCodeAt(index);
		if (x < ASCII_FIRST || x >= ASCII_END || y < ASCII_FIRST || y >= ASCII_END) return collator.compare(a, b);
		if (byPrimary === 0 && x !== y) byPrimary = (ASCII_PRIMARY[x] ?? 0) - (ASCII_PRIMARY[y] ?? 0);
	}
	// Every character is read, so a non-ASCII one anywhere goes to the collator.
	if (!isPrintableAscii(a, length) || !isPrintableAscii(b, length)) return collator.compare(a, b);
	if (byPrimary !== 0) return byPrimary < 0 ? -1 : 1;
	if (a.length !== b.length) return a.length < b.length ? -1 : 1;
	for (let index = 0; index < length; index++) {
		const byCase = (ASCII_UPPER[a.charCodeAt(index)] ?? 0) - (ASCII_UPPER[b.charCodeAt(index)] ?? 0);
		if (byCase !== 0) return byCase;
	}
	return 0;
}

function isPrintableAscii(text: string, from: number): boolean {
	for (let index = from; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < ASCII_FIRST || code >= ASCII_END) return false;
	}
	return true;
}

/** Resolves a link path to the vault path it points to, for link equality. */
export type LinkNormalizer = (path: string) => string;

const identity: LinkNormalizer = (path) => path;

/**
 * Dataview's `Values.compareValue`: a total order over all values. Null comes first; values of
 * different types are ordered by the NAME of their type ("array" < "boolean" < "date" <
 * "duration" < "link" < "number" < "object" < "string"); same types compare by content.
 * Dataview passes its link normalizer only at the top level, not into lists, and so do we.
 */
export function compareValue(a: Value, b: Value, normalize: LinkNormalizer = identity): number {
	if (a === null && b === null) return 0;
	if (a === null) return -1;
	if (b === null) return 1;
	const typeA = typeOf(a);
	const typeB = typeOf(b);
	if (typeA !== typeB) return compareStrings(typeA, typeB);
	if (a === b) return 0;
	switch (typeA) {
		case "string":
			return compareStrings(a as string, b as string);
		case "number":
			return compareNumbers(a as number, b as number);
		case "boolean":
			return a === b ? 0 : a ? 1 : -1;
		case "link":
			return compareLinks(a as LinkValue, b as LinkValue, normalize);
		case "date":
			return compareNumbers((a as DateValue).ms, (b as DateValue).ms);
		case "duration":
			return compareDurations(a as DurationValue, b as DurationValue);
		case "array":
			return compareArrays(a as readonly Value[], b as readonly Value[]);
		case "object":
			return compareObjects(a as ObjectValue, b as ObjectValue);
		case "null":
		case "function":
		case "widget":
			return 0;
	}
}

/** Dataview: `a < b ? -1 : a == b ? 0 : 1`, so NaN sorts after everything. */
function compareNumbers(a: number, b: number): number {
	if (a < b) return -1;
	return a === b ? 0 : 1;
}

function compareLinks(a: LinkValue, b: LinkValue, normalize: LinkNormalizer): number {
	// Links are equal when they point to the same place, whatever their display text.
	const byPath = compareStrings(normalize(a.path), normalize(b.path));
	if (byPath !== 0) return byPath;
	const byType = compareStrings(a.type, b.type);
	if (byType !== 0) return byType;
	if (a.subpath !== undefined && b.subpath === undefined) return 1;
	if (a.subpath === undefined && b.subpath !== undefined) return -1;
	return compareStrings(a.subpath ?? "", b.subpath ?? "");
}

/**
 * luxon: `<` compares total milliseconds, `equals` compares unit by unit. So `dur(7 days)` and
 * `dur(1 week)` are neither smaller nor equal, and compare as 1 both ways, as in Dataview.
 */
function compareDurations(a: DurationValue, b: DurationValue): number {
	if (durationMillis(a.units) < durationMillis(b.units)) return -1;
	return DURATION_UNITS.every((unit) => (a.units[unit] ?? 0) === (b.units[unit] ?? 0)) ? 0 : 1;
}

function compareArrays(a: readonly Value[], b: readonly Value[]): number {
	const shared = Math.min(a.length, b.length);
	for (let index = 0; index < shared; index++) {
		const order = compareValue(a[index] ?? null, b[index] ?? null);
		if (order !== 0) return order;
	}
	return a.length - b.length;
}

function compareObjects(a: ObjectValue, b: ObjectValue): number {
	// Dataview sorts the keys with the default (code unit) sort, then compares them as lists.
	const keysA = [...a.fields.keys()].sort();
	const keysB = [...b.fields.keys()].sort();
	const byKeys = compareArrays(keysA, keysB);
	if (byKeys !== 0) return byKeys;
	for (const key of keysA) {
		const order = compareValue(a.fields.get(key) ?? null, b.fields.get(key) ?? null);
		if (order !== 0) return order;
	}
	return 0;
}

/** luxon's "casual" conversion (a month is 30 days, a year 365), used for `<` and truthiness. */
export const UNIT_MILLIS: Readonly<Record<DurationUnit, number>> = {
	years: 365 * 86_400_000,
	months: 30 * 86_400_000,
	weeks: 7 * 86_400_000,
	days: 86_400_000,
	hours: 3_600_000,
	minutes: 60_000,
	seconds: 1000,
	milliseconds: 1,
};

export function durationMillis(units: DurationUnits): number {
	let total = 0;
	for (const unit of DURATION_UNITS) total += (units[unit] ?? 0) * UNIT_MILLIS[unit];
	return total;
}
