import { dateValue, dateFields, dateFromParts, durationValue } from "./dates";
import { fail, unsupported, type Env } from "./env";
import { readDate, readDateShorthand, readDuration, resolveDateShorthand } from "./literals";
import { formatDateWith, formatDurationWith, parseDateWith } from "./luxonFormat";
import { applyBinary, fileTitle, valueToString } from "./operators";
import { safeRegExp } from "./safeRegExp";
import {
	compareValue,
	fileLink,
	isArray,
	isObject,
	isTruthy,
	objectValue,
	typeOf,
	type DateValue,
	type DurationValue,
	type FunctionValue,
	type LinkValue,
	type ObjectValue,
	type Value,
	type ValueType,
} from "./values";

/**
 * Dataview's functions (`DEFAULT_FUNCTIONS` in `src/expression/functions.ts`) with its dispatch
 * (`FunctionBuilder`): a "vectorized" argument that is a list maps the function over it; then the
 * first variant whose argument types match runs (a vararg variant matches anything); no match is
 * an error for that row.
 */

type Impl = (args: readonly Value[], env: Env) => Value;

interface Variant {
	readonly types: ReadonlyArray<ValueType | "*"> | "varargs";
	readonly impl: Impl;
}

interface FunctionSpec {
	readonly name: string;
	readonly variants: readonly Variant[];
	/** Argument count → the positions that map over a list. */
	readonly vectorized?: Readonly<Record<number, readonly number[]>>;
}

/** Every function name Dataview defines, so we can tell "unsupported" from "unknown". */
export const DATAVIEW_FUNCTIONS: ReadonlySet<string> = new Set([
	"object", "list", "array", "date", "dur", "number", "string", "link", "embed", "elink", "typeof",
	"round", "trunc", "floor", "ceil", "min", "max", "sum", "product", "average", "minby", "maxby",
	"contains", "icontains", "econtains", "containsword", "extract", "sort", "reverse", "length",
	"nonnull", "firstvalue", "all", "any", "none", "join", "filter", "map", "flat", "slice", "unique",
	"reduce", "regextest", "regexmatch", "regexreplace", "replace", "lower", "upper", "split",
	"startswith", "endswith", "padleft", "padright", "substring", "truncate", "default", "ldefault",
	"display", "choice", "striptime", "dateformat", "durationformat", "currencyformat", "localtime",
	"hash", "meta",
]);

const v = (types: ReadonlyArray<ValueType | "*">, impl: Impl): Variant => ({ types, impl });
const varargs = (impl: Impl): Variant => ({ types: "varargs", impl });
const always = (value: Value): Impl => () => value;
const str = (value: Value | undefined): string => value as string;
const num = (value: Value | undefined): number => value as number;
const list = (value: Value | undefined): readonly Value[] => value as readonly Value[];
const fn = (value: Value | undefined): FunctionValue => value as FunctionValue;
const arg = (args: readonly Value[], index: number): Value => args[index] ?? null;

const equal = (a: Value, b: Value, env: Env): boolean => isTruthy(applyBinary("=", a, b, env));

function objectHas(object: Value, key: string): boolean {
	return isObject(object) && object.fields.has(key);
}

function containsSpec(name: string, caseInsensitive: boolean): FunctionSpec {
	const substring = (hay: string, needle: string): boolean =>
		caseInsensitive ? hay.toLocaleLowerCase().includes(needle.toLocaleLowerCase()) : hay.includes(needle);
	const spec: FunctionSpec = {
		name,
		vectorized: { 2: [1] },
		variants: [
			// A text element with a text needle lands on the substring variant: going there directly
			// skips a dispatch per element (the hot path of contains(tags, "x")).
			v(["array", "*"], ([items, needle], env) =>
				list(items).some((item) => (typeof item === "string" && typeof needle === "string" ? substring(item, needle) : isTruthy(call(spec, [item, needle ?? null], env)))),
			),
			v(["string", "string"], ([hay, needle]) => substring(str(hay), str(needle))),
			v(["object", "string"], ([object, key]) => objectHas(object ?? null, str(key))),
			v(["*", "*"], ([a, b], env) => equal(a ?? null, b ?? null, env)),
		],
	};
	return spec;
}

const CONTAINS = containsSpec("contains", false);

const nullish = (count: number): Variant[] => {
	// Dataview's `add2("null", "*", () => null)` and friends: a null in any position gives null.
	const variants: Variant[] = [];
	for (let position = 0; position < count; position++) {
		variants.push(v(Array.from({ length: count }, (_, index) => (index === position ? "null" : "*")), always(null)));
	}
	return variants;
};

const stringTest = (name: string, test: (text: string, part: string) => boolean): FunctionSpec => ({
	name,
	vectorized: { 2: [0, 1] },
	variants: [v(["string", "string"], ([text, part]) => test(str(text), str(part))), ...nullish(2)],
});

const numeric = (name: string, apply: (n: number) => number): FunctionSpec => ({
	name,
	vectorized: { 1: [0] },
	variants: [v(["number"], ([n]) => apply(num(n))), v(["null"], always(null))],
});

const quantifier = (name: string, test: (items: readonly Value[], predicate: (item: Value) => boolean) => boolean): FunctionSpec => ({
	name,
	variants: [
		v(["array"], ([items]) => test(list(items), isTruthy)),
		v(["array", "function"], ([items, predicate]) => test(list(items), (item) => isTruthy(fn(predicate).call([item])))),
		varargs((args) => test(args, isTruthy)),
	],
});

const every = (items: readonly Value[], p: (item: Value) => boolean): boolean => items.every(p);
const some = (items: readonly Value[], p: (item: Value) => boolean): boolean => items.some(p);

/** Dataview's `date(text)`: a date or a shorthand (`"today"`), else null. */
function parseDateText(text: string, env: Env): Value {
	const shorthand = readDateShorthand(text, 0);
	if (shorthand && shorthand.end === text.length) return resolveDateShorthand(shorthand.value, env.today, env.now);
	const date = readDate(text, 0);
	return date && date.end === text.length ? date.value : null;
}

function dateFromLink(link: LinkValue, env: Env): Value {
	for (const text of [link.display, link.path]) {
		if (text === undefined) continue;
		const date = readDate(text, 0);
		if (date && date.end === text.length) return date.value;
	}
	const page = env.resolveLink(link.path);
	const file = page?.fields.get("file") ?? null;
	return isObject(file) ? (file.fields.get("day") ?? null) : null;
}

function dateWithFormat(text: string, format: string): Value {
	if (format === "x" || format === "X") {
		const digits = /-?[0-9]+(\.[0-9]+)?/.exec(text);
		if (!digits) fail(`Not a number for format( (\${ f }): \${ d }`);
		return dateValue(Number.parseInt(digits[0], 10) * (format === "X" ? 1000 : 1));
	}
	const parsed = parseDateWith(text, format);
	if (parsed === undefined) fail(`Can't handle format (${format}) on date string (${text})`);
	return parsed;
}

/** luxon `toLocaleLowerCase` etc. are locale-free here; Dataview's `reduce` with an operator name. */
function reduceWith(items: readonly Value[], op: string, env: Env): Value {
	if (items.length === 0) return null;
	if (!["+", "-", "*", "/", "&", "|"].includes(op)) fail("reduce(array, op) supports '+', '-', '/', '*', '&', and '|'");
	let value = items[0] ?? null;
	for (let index = 1; index < items.length; index++) value = applyBinary(op as "+", value, items[index] ?? null, env);
	return value;
}

function sortBy(items: readonly Value[], key: (item: Value) => Value, env: Env): Value[] {
	const keyed = items.map((item) => ({ item, key: key(item) }));
	keyed.sort((a, b) => {
		if (isTruthy(applyBinary("<", a.key, b.key, env))) return -1;
		return isTruthy(applyBinary("=", a.key, b.key, env)) ? 0 : 1;
	});
	return keyed.map((entry) => entry.item);
}

function extremeBy(items: readonly Value[], key: FunctionValue, env: Env, keepFirst: (order: number) => boolean): Value {
	if (items.length === 0) return null;
	const mapped = items.map((item) => ({ item, key: key.call([item]) })).filter((entry) => entry.key !== null);
	if (mapped.length === 0) return items[0] ?? null;
	return mapped.reduce((best, next) => (keepFirst(compareValue(best.key, next.key, env.normalizeLink)) ? best : next)).item;
}

function extreme(name: string, keepFirst: (order: number) => boolean): FunctionSpec {
	const spec: FunctionSpec = {
		name,
		variants: [
			v(["*", "null"], ([a]) => a ?? null),
			v(["null", "*"], ([, b]) => b ?? null),
			v(["*", "*"], ([a, b], env) => (keepFirst(compareValue(a ?? null, b ?? null, env.normalizeLink)) ? (a ?? null) : (b ?? null))),
			v(["array"], ([items], env) => call(spec, list(items), env)),
			varargs((args, env) => (args.length === 0 ? null : args.reduce((best, next) => call(spec, [best, next], env)))),
		],
	};
	return spec;
}

/** Dataview's `DataArray.distinct`: sorted, then neighbours that compare equal dropped. */
function unique(items: readonly Value[]): Value[] {
	const sorted = [...items].sort((a, b) => compareValue(a, b));
	return sorted.filter((item, index) => index === 0 || compareValue(sorted[index - 1] ?? null, item) !== 0);
}

function cyrb53(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let index = 0; index < text.length; index++) {
		const ch = text.charCodeAt(index);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Dataview's `display()` of text: links to their text, then markdown removed (the remove-markdown
 * library). We take off links and emphasis; text with other markdown left in it is refused.
 */
function displayText(text: string): string {
	const plain = text
		.replace(/\[\[([^|\]]*?)\]\]/g, "$1")
		.replace(/\[\[.*?\|(.*?)\]\]/, "$1")
		.replace(/\[([^\]]*)\]\([^)\s]*\)/g, "$1")
		.replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, "$2")
		.replace(/(\*|_)(?=\S)([^*_]*?\S)\1/g, "$2")
		.replace(/~~(?=\S)([^~]*?\S)~~/g, "$1");
	if (/[*_`~#>![\]|=<\\]/.test(plain)) unsupported("display() of text with markdown in it");
	return plain;
}

function linkTo(path: string, env: Env, display?: string, embed = false): LinkValue {
	const link = fileLink(env.normalizeLink(path));
	return { ...link, embed, ...(display === undefined ? {} : { display }) };
}

function truncate(text: string, length: number, suffix: string): string {
	return text.length > length - suffix.length ? text.substring(0, Math.max(0, length - suffix.length)) + suffix : text;
}

const currency = new Map<string, Intl.NumberFormat>();

function currencyFormat(amount: number, code: string): string {
	let format = currency.get(code);
	if (!format) {
		try {
			format = new Intl.NumberFormat("en-US", { style: "currency", currency: code });
		} catch {
			fail(`Invalid currency code: ${code}`);
		}
		currency.set(code, format);
	}
	return format.format(amount);
}

function splitText(text: string, separator: string, limit?: number): string[] {
	return text.split(safeRegExp(separator, "", text), limit).map((part) => part || "");
}

function extract(args: readonly Value[], env: Env): Value {
	if (args.length === 0) return "extract(object, key1, ...) requires at least 1 argument";
	const object = arg(args, 0);
	if (isArray(object)) return object.map((item) => extract([item, ...args.slice(1)], env));
	const entries: [string, Value][] = [];
	for (const key of args.slice(1)) {
		if (typeof key !== "string") fail("extract(object, key1, ...) must be called with string keys");
		entries.push([key, env.index(object, key)]);
	}
	return objectValue(entries);
}

function objectOf(args: readonly Value[]): Value {
	if (args.length % 2 !== 0) fail("object() requires an even number of arguments");
	const entries: [string, Value][] = [];
	for (let index = 0; index < args.length; index += 2) {
		const key = args[index] ?? null;
		if (typeof key !== "string") fail("keys should be of type string for object(key1, value1, ...)");
		entries.push([key, args[index + 1] ?? null]);
	}
	return objectValue(entries);
}

function metaOf(link: LinkValue): Value {
	return objectValue([
		["display", link.display ?? null],
		["embed", link.embed],
		["path", link.path],
		["subpath", link.subpath ?? null],
		["type", link.type],
	]);
}

function regexMatch(pattern: string, field: string): boolean {
	const anchored = !pattern.startsWith("^") && !pattern.endsWith("$") ? `^${pattern}$` : pattern;
	return safeRegExp(anchored, "", field).test(field);
}

function regexReplace(field: string, pattern: string, replacement: string): string {
	return field.replace(safeRegExp(pattern, "g", field, `Invalid regexp '${pattern}' in regexreplace`), replacement);
}

function padSpec(name: string, pad: (text: string, length: number, padding: string) => string): FunctionSpec {
	return {
		name,
		vectorized: { 2: [0, 1], 3: [0, 1, 2] },
		variants: [
			v(["string", "number"], ([text, length]) => pad(str(text), num(length), " ")),
			v(["string", "number", "string"], ([text, length, padding]) => pad(str(text), num(length), str(padding))),
			...nullish(2),
			...nullish(3),
		],
	};
}

const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
	typeof: {
		name: "type",
		variants: [v(["*"], ([value]) => typeOf(value ?? null))],
	},
	length: {
		name: "length",
		variants: [
			v(["array"], ([items]) => list(items).length),
			v(["object"], ([object]) => (object as ObjectValue).fields.size),
			v(["string"], ([text]) => str(text).length),
			v(["null"], always(0)),
		],
	},
	list: { name: "list", variants: [varargs((args) => [...args])] },
	array: { name: "array", variants: [varargs((args) => [...args])] },
	object: { name: "object", variants: [varargs(objectOf)] },
	link: {
		name: "link",
		vectorized: { 1: [0], 2: [0, 1] },
		variants: [
			v(["string"], ([path], env) => linkTo(str(path), env)),
			v(["link"], ([link]) => link ?? null),
			v(["null"], always(null)),
			v(["string", "string"], ([path, display], env) => linkTo(str(path), env, str(display))),
			v(["string", "string", "boolean"], ([path, display, embed], env) => linkTo(str(path), env, str(display), embed === true)),
			v(["link", "string"], ([link, display]) => ({ ...(link as LinkValue), display: str(display) })),
			v(["null", "*"], always(null)),
			v(["*", "null"], ([path], env) => callFunction("link", [path ?? null], env)),
		],
	},
	embed: {
		name: "embed",
		vectorized: { 1: [0], 2: [0, 1] },
		variants: [
			v(["link"], ([link]) => ({ ...(link as LinkValue), embed: true })),
			v(["link", "boolean"], ([link, embed]) => ({ ...(link as LinkValue), embed: embed === true })),
			v(["null"], always(null)),
			...nullish(2),
		],
	},
	elink: {
		name: "elink",
		vectorized: { 1: [0], 2: [0] },
		variants: [
			v(["string", "string"], ([url, display]) => ({ kind: "widget", url: str(url), display: str(display) })),
			v(["string", "null"], ([url]) => ({ kind: "widget", url: str(url), display: str(url) })),
			v(["null", "*"], always(null)),
			v(["string"], ([url]) => ({ kind: "widget", url: str(url), display: str(url) })),
			v(["null"], always(null)),
		],
	},
	date: {
		name: "date",
		vectorized: { 1: [0] },
		variants: [
			v(["string"], ([text], env) => parseDateText(str(text), env)),
			v(["date"], ([date]) => date ?? null),
			v(["link"], ([link], env) => dateFromLink(link as LinkValue, env)),
			v(["string", "string"], ([text, format]) => dateWithFormat(str(text), str(format))),
			v(["null", "string"], always(null)),
			v(["null"], always(null)),
		],
	},
	dur: {
		name: "dur",
		vectorized: { 1: [0] },
		variants: [
			v(["string"], ([text]) => {
				const trimmed = str(text).trim();
				const duration = readDuration(trimmed, 0);
				return duration && duration.end === trimmed.length ? durationValue(duration.value) : null;
			}),
			v(["duration"], ([duration]) => duration ?? null),
			v(["null"], always(null)),
		],
	},
	dateformat: {
		name: "dateformat",
		vectorized: { 2: [0] },
		variants: [v(["date", "string"], ([date, format]) => formatDateWith(date as DateValue, str(format))), v(["null", "string"], always(null))],
	},
	durationformat: {
		name: "durationformat",
		vectorized: { 2: [0] },
		variants: [v(["duration", "string"], ([duration, format]) => formatDurationWith((duration as DurationValue).units, str(format))), v(["null", "string"], always(null))],
	},
	localtime: {
		name: "localtime",
		vectorized: { 1: [0] },
		// Our dates are already the vault's wall clock.
		variants: [v(["date"], ([date]) => date ?? null), v(["null"], always(null))],
	},
	number: {
		name: "number",
		vectorized: { 1: [0] },
		variants: [
			v(["number"], ([n]) => n ?? null),
			v(["string"], ([text]) => {
				const found = /-?[0-9]+(\.[0-9]+)?/.exec(str(text));
				return found ? Number.parseFloat(found[0]) : null;
			}),
			v(["null"], always(null)),
		],
	},
	currencyformat: {
		name: "currencyformat",
		vectorized: { 2: [0] },
		variants: [
			v(["number", "string"], ([amount, code]) => currencyFormat(num(amount), str(code))),
			v(["null", "string"], always(null)),
			v(["number"], ([amount]) => currencyFormat(num(amount), "USD")),
			v(["null"], always(null)),
		],
	},
	string: { name: "string", variants: [v(["*"], ([value]) => valueToString(value ?? null))] },
	round: {
		name: "round",
		vectorized: { 1: [0], 2: [0] },
		variants: [
			v(["number"], ([n]) => Math.round(num(n))),
			v(["null"], always(null)),
			v(["number", "number"], ([n, places]) => (num(places) <= 0 ? Math.round(num(n)) : Number.parseFloat(num(n).toFixed(Math.min(100, num(places)))))),
			v(["number", "null"], ([n]) => Math.round(num(n))),
			v(["null", "*"], always(null)),
		],
	},
	trunc: numeric("trunc", Math.trunc),
	floor: numeric("floor", Math.floor),
	ceil: numeric("ceil", Math.ceil),
	min: extreme("min", (order) => order <= 0),
	max: extreme("max", (order) => order > 0),
	minby: {
		name: "minby",
		variants: [v(["array", "function"], ([items, key], env) => extremeBy(list(items), fn(key), env, (order) => order <= 0)), v(["null", "function"], always(null))],
	},
	maxby: {
		name: "maxby",
		variants: [v(["array", "function"], ([items, key], env) => extremeBy(list(items), fn(key), env, (order) => order > 0)), v(["null", "function"], always(null))],
	},
	striptime: {
		name: "striptime",
		vectorized: { 1: [0] },
		variants: [
			v(["date"], ([date]) => {
				const f = dateFields(date as DateValue);
				return dateFromParts({ year: f.year, month: f.month, day: f.day }) ?? null;
			}),
			v(["null"], always(null)),
		],
	},
	contains: CONTAINS,
	icontains: containsSpec("icontains", true),
	econtains: {
		name: "econtains",
		vectorized: { 2: [1] },
		variants: [
			v(["array", "*"], ([items, needle], env) => list(items).some((item) => equal(needle ?? null, item, env))),
			v(["string", "string"], ([hay, needle]) => str(hay).includes(str(needle))),
			v(["object", "string"], ([object, key]) => objectHas(object ?? null, str(key))),
			v(["*", "*"], ([a, b], env) => equal(a ?? null, b ?? null, env)),
		],
	},
	containsword: {
		name: "containsword",
		vectorized: { 2: [0, 1] },
		variants: [
			v(["string", "string"], ([hay, needle]) => new RegExp(`\\b${str(needle).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(str(hay))),
			...nullish(2),
		],
	},
	extract: { name: "extract", variants: [varargs(extract)] },
	reverse: {
		name: "reverse",
		variants: [v(["array"], ([items]) => [...list(items)].reverse()), v(["string"], ([text]) => [...str(text).split("")].reverse().join("")), v(["*"], ([value]) => value ?? null)],
	},
	sort: {
		name: "sort",
		variants: [
			v(["array"], ([items], env) => sortBy(list(items), (item) => item, env)),
			v(["array", "function"], ([items, key], env) => sortBy(list(items), (item) => fn(key).call([item]), env)),
			v(["*"], ([value]) => value ?? null),
		],
	},
	regextest: {
		name: "regextest",
		vectorized: { 2: [0, 1] },
		variants: [v(["string", "string"], ([pattern, field]) => safeRegExp(str(pattern), "", str(field)).test(str(field))), v(["null", "*"], always(false)), v(["*", "null"], always(false))],
	},
	regexmatch: {
		name: "regexmatch",
		vectorized: { 2: [0, 1] },
		variants: [v(["string", "string"], ([pattern, field]) => regexMatch(str(pattern), str(field))), v(["null", "*"], always(false)), v(["*", "null"], always(false))],
	},
	regexreplace: {
		name: "regexreplace",
		vectorized: { 3: [0, 1, 2] },
		variants: [v(["string", "string", "string"], ([field, pattern, replacement]) => regexReplace(str(field), str(pattern), str(replacement))), ...nullish(3)],
	},
	lower: { name: "lower", vectorized: { 1: [0] }, variants: [v(["string"], ([text]) => str(text).toLocaleLowerCase("en-US")), v(["null"], always(null))] },
	upper: { name: "upper", vectorized: { 1: [0] }, variants: [v(["string"], ([text]) => str(text).toLocaleUpperCase("en-US")), v(["null"], always(null))] },
	replace: {
		name: "replace",
		vectorized: { 3: [0, 1, 2] },
		variants: [v(["string", "string", "string"], ([text, pattern, replacement]) => str(text).split(str(pattern)).join(str(replacement))), ...nullish(3)],
	},
	split: {
		name: "split",
		variants: [
			v(["string", "string"], ([text, separator]) => splitText(str(text), str(separator))),
			v(["string", "string", "number"], ([text, separator, limit]) => splitText(str(text), str(separator), num(limit))),
			...nullish(2),
			...nullish(3),
		],
	},
	startswith: stringTest("startswith", (text, part) => text.startsWith(part)),
	endswith: stringTest("endswith", (text, part) => text.endsWith(part)),
	padleft: padSpec("padleft", (text, length, padding) => text.padStart(length, padding)),
	padright: padSpec("padright", (text, length, padding) => text.padEnd(length, padding)),
	substring: {
		name: "substring",
		vectorized: { 2: [0, 1], 3: [0, 1, 2] },
		variants: [
			v(["string", "number"], ([text, start]) => str(text).substring(num(start))),
			v(["string", "number", "number"], ([text, start, end]) => str(text).substring(num(start), num(end))),
			...nullish(2),
			...nullish(3),
		],
	},
	truncate: {
		name: "truncate",
		vectorized: { 2: [0, 1], 3: [0, 1, 2] },
		variants: [
			v(["string", "number", "string"], ([text, length, suffix]) => truncate(str(text), num(length), str(suffix))),
			v(["string", "number"], ([text, length]) => truncate(str(text), num(length), "...")),
			...nullish(2),
			...nullish(3),
		],
	},
	default: {
		name: "default",
		vectorized: { 2: [0, 1] },
		variants: [v(["*", "*"], ([value, fallback]) => (value === null ? (fallback ?? null) : (value ?? null)))],
	},
	ldefault: {
		name: "ldefault",
		variants: [v(["*", "*"], ([value, fallback]) => (value === null ? (fallback ?? null) : (value ?? null)))],
	},
	display: {
		name: "display",
		variants: [
			v(["null"], always("")),
			v(["array"], ([items], env) => list(items).map((item) => str(callFunction("display", [item], env))).join(", ")),
			v(["string"], ([text]) => displayText(str(text))),
			v(["link"], ([link], env) => {
				const value = link as LinkValue;
				if (value.display) return callFunction("display", [value.display], env);
				return value.type === "file" ? fileTitle(value.path) : valueToString(value).replace(/\[\[.*\|(.*)\]\]/, "$1");
			}),
			v(["*"], ([value]) => valueToString(value ?? null)),
		],
	},
	choice: {
		name: "choice",
		vectorized: { 3: [0] },
		variants: [v(["*", "*", "*"], ([test, yes, no]) => (isTruthy(test ?? null) ? (yes ?? null) : (no ?? null)))],
	},
	hash: {
		name: "hash",
		variants: [
			v(["string", "number"], ([seed, variant]) => cyrb53(str(seed), num(variant))),
			v(["string", "string"], ([seed, text]) => cyrb53(str(seed) + str(text))),
			v(["string", "string", "number"], ([seed, text, variant]) => cyrb53(str(seed) + str(text), num(variant))),
		],
	},
	reduce: {
		name: "reduce",
		vectorized: { 2: [1] },
		variants: [
			v(["array", "string"], ([items, op], env) => reduceWith(list(items), str(op), env)),
			v(["array", "function"], ([items, op]) => {
				const values = list(items);
				if (values.length === 0) return null;
				let value = values[0] ?? null;
				for (let index = 1; index < values.length; index++) {
					const next = values[index] ?? null;
					if (next !== null) value = fn(op).call([value, next]);
				}
				return value;
			}),
			...nullish(2),
		],
	},
	sum: { name: "sum", variants: [v(["array"], ([items], env) => reduceWith(list(items), "+", env)), v(["*"], ([value]) => value ?? null)] },
	product: { name: "product", variants: [v(["array"], ([items], env) => reduceWith(list(items), "*", env)), v(["*"], ([value]) => value ?? null)] },
	average: {
		name: "average",
		variants: [
			v(["array"], ([items], env) => {
				const values = list(items);
				if (values.length === 0) return null;
				const total = reduceWith(values, "+", env);
				return total === null ? null : applyBinary("/", total, values.length, env);
			}),
			v(["*"], ([value]) => value ?? null),
		],
	},
	join: {
		name: "join",
		vectorized: { 2: [1] },
		variants: [
			v(["array", "string"], ([items, separator]) => list(items).map((item) => valueToString(item)).join(str(separator))),
			v(["array", "null"], ([items]) => list(items).map((item) => valueToString(item)).join(", ")),
			v(["*", "string"], ([value]) => valueToString(value ?? null)),
			v(["array"], ([items]) => list(items).map((item) => valueToString(item)).join(", ")),
			v(["*"], ([value]) => valueToString(value ?? null)),
		],
	},
	any: quantifier("any", some),
	all: quantifier("all", every),
	none: quantifier("all", (items, p) => !some(items, p)),
	filter: {
		name: "filter",
		variants: [v(["array", "function"], ([items, predicate]) => list(items).filter((item) => isTruthy(fn(predicate).call([item])))), v(["null", "*"], always(null))],
	},
	map: {
		name: "map",
		variants: [v(["array", "function"], ([items, mapper]) => list(items).map((item) => fn(mapper).call([item]))), v(["null", "*"], always(null))],
	},
	unique: { name: "unique", variants: [v(["array"], ([items]) => unique(list(items))), v(["null"], always(null))] },
	nonnull: {
		name: "nonnull",
		variants: [v(["array"], ([items]) => list(items).filter((item) => item !== null)), varargs((args) => args.filter((item) => item !== null))],
	},
	meta: { name: "meta", variants: [v(["link"], ([link]) => metaOf(link as LinkValue))] },
	flat: {
		name: "flat",
		variants: [
			v(["array"], ([items]) => flatten(list(items), 1)),
			v(["array", "number"], ([items, depth]) => flatten(list(items), num(depth))),
			v(["null"], always(null)),
		],
	},
	slice: {
		name: "slice",
		variants: [
			v(["array"], ([items]) => list(items).slice()),
			v(["array", "number"], ([items, start]) => list(items).slice(num(start))),
			v(["array", "number", "number"], ([items, start, end]) => list(items).slice(num(start), num(end))),
			v(["null"], always(null)),
		],
	},
	firstvalue: {
		name: "firstvalue",
		variants: [v(["array"], ([items]) => list(items).find((item) => item !== null) ?? null), v(["null"], always(null))],
	},
};

function flatten(items: readonly Value[], depth: number): Value[] {
	// Array.prototype.flat: a depth below 1 (or NaN) copies, Infinity flattens all.
	const levels = Number.isNaN(depth) ? 0 : Math.max(0, Math.min(depth, 100));
	let result: Value[] = [...items];
	for (let level = 0; level < levels && result.some(isArray); level++) result = result.flatMap((item) => (isArray(item) ? [...item] : [item]));
	return result;
}

export const SUPPORTED_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(FUNCTIONS));

export function callFunction(name: string, args: readonly Value[], env: Env): Value {
	return functionCaller(name)(args, env);
}

/** The function of this name looked up once (a compiled call runs it per row); an unknown name fails when called, as the row's error. */
export function functionCaller(name: string): (args: readonly Value[], env: Env) => Value {
	const spec = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
	if (spec === undefined) return () => fail(`Unrecognized function name '${name}'`);
	return (args, env) => call(spec, args, env);
}

/**
 * `contains(x, "text")` with a literal needle, as `call(contains, [x, "text"])` answers it: text
 * in a list element or a string is a substring test, an object is asked for the key, anything
 * else goes through the general dispatch. Skips a dispatch per row and per list element.
 */
export function literalContains(needle: string): (haystack: Value, env: Env) => Value {
	return (haystack, env) => {
		if (typeof haystack === "string") return haystack.includes(needle);
		if (!Array.isArray(haystack)) return call(CONTAINS, [haystack, needle], env);
		// A loop, not `some` with a closure: this runs for every row of the vault, three times in a typical WHERE.
		for (const item of haystack as readonly Value[]) {
			if (typeof item === "string" ? item.includes(needle) : isTruthy(call(CONTAINS, [item, needle], env))) return true;
		}
		return false;
	};
}

function call(spec: FunctionSpec, args: readonly Value[], env: Env): Value {
	const listPositions = listArguments(spec, args);
	if (listPositions !== undefined) {
		// Over several lists, Dataview stops at the shortest.
		const length = Math.min(...listPositions.map((position) => list(args[position]).length));
		const results: Value[] = [];
		for (let item = 0; item < length; item++) {
			results.push(call(spec, args.map((value, position) => (listPositions.includes(position) ? (list(value)[item] ?? null) : value)), env));
		}
		return results;
	}
	for (const variant of spec.variants) {
		if (variant.types === "varargs" || matches(variant.types, args)) return variant.impl(args, env);
	}
	return fail(`No implementation of '${spec.name}' found for arguments: ${args.map(typeOf).join(", ")}`);
}

/** The vectorized positions that hold a list, or undefined when none does (no array built per call). */
function listArguments(spec: FunctionSpec, args: readonly Value[]): number[] | undefined {
	const positions = spec.vectorized?.[args.length];
	if (positions === undefined) return undefined;
	let found: number[] | undefined;
	for (const position of positions) if (Array.isArray(args[position])) (found ??= []).push(position);
	return found;
}

function matches(types: ReadonlyArray<ValueType | "*">, args: readonly Value[]): boolean {
	if (types.length !== args.length) return false;
	for (let position = 0; position < types.length; position++) {
		const type = types[position];
		if (type !== "*" && type !== typeOf(args[position] ?? null)) return false;
	}
	return true;
}
