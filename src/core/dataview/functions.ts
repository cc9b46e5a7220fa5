import { fail, type Env } from "./env";
import { readDate, readDateShorthand, readDuration, resolveDateShorthand } from "./literals";
import { compareValue, isObject, isTruthy, typeOf, type LinkValue, type ObjectValue, type Value, type ValueType } from "./values";

/**
 * The Dataview functions we support, each with Dataview's dispatch (`FunctionBuilder` in
 * `src/expression/functions.ts`): the first variant whose argument types match runs; a
 * "vectorized" argument that is a list maps the function over it; no match is an error.
 */

type Impl = (args: readonly Value[], env: Env) => Value;

interface Variant {
	readonly types: ReadonlyArray<ValueType | "*">;
	readonly impl: Impl;
}

interface FunctionSpec {
	/** For error messages, as Dataview words them. */
	readonly name: string;
	readonly variants: readonly Variant[];
	/** Argument count → the positions that map over a list. */
	readonly vectorized?: Readonly<Record<number, readonly number[]>>;
}

/** Every function name Dataview defines (`DEFAULT_FUNCTIONS`), so we can tell "unsupported" from "unknown". */
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

/** JavaScript truthiness of a function result, which Dataview's `Array.some` callbacks rely on (a list is true even if empty). */
function jsTruthy(value: Value): boolean {
	if (value === null || value === false || value === 0 || value === "") return false;
	return !(typeof value === "number" && Number.isNaN(value));
}

const equal = (a: Value, b: Value, env: Env): boolean => compareValue(a, b, env.normalizeLink) === 0;

/** Dataview's `contains`: lists are searched recursively, strings by substring, objects by key, the rest by `=`. */
const contains = (name: string, caseInsensitive: boolean): FunctionSpec => {
	const substring = (hay: string, needle: string): boolean =>
		caseInsensitive ? hay.toLowerCase().includes(needle.toLowerCase()) : hay.includes(needle);
	const spec: FunctionSpec = {
		name,
		vectorized: { 2: [1] },
		variants: [
			{
				types: ["array", "*"],
				// A text element with a text needle always lands on the substring variant below; going
				// there directly skips a full dispatch per element (the hot path of contains(tags, "x")).
				impl: ([list, needle], env) =>
					(list as readonly Value[]).some((item) =>
						typeof item === "string" && typeof needle === "string" ? substring(item, needle) : jsTruthy(call(spec, [item, needle ?? null], env)),
					),
			},
			{ types: ["string", "string"], impl: ([hay, needle]) => substring(hay as string, needle as string) },
			{ types: ["object", "string"], impl: ([object, key]) => objectHas(object ?? null, key as string) },
			{ types: ["*", "*"], impl: ([a, b], env) => equal(a ?? null, b ?? null, env) },
		],
	};
	return spec;
};

/** `econtains`: like contains, but list elements must EQUAL the needle (no recursion, no substring). */
const econtains: FunctionSpec = {
	name: "econtains",
	vectorized: { 2: [1] },
	variants: [
		{ types: ["array", "*"], impl: ([list, needle], env) => (list as readonly Value[]).some((item) => equal(needle ?? null, item, env)) },
		{ types: ["string", "string"], impl: ([hay, needle]) => (hay as string).includes(needle as string) },
		{ types: ["object", "string"], impl: ([object, key]) => objectHas(object ?? null, key as string) },
		{ types: ["*", "*"], impl: ([a, b], env) => equal(a ?? null, b ?? null, env) },
	],
};

function objectHas(object: Value, key: string): boolean {
	return isObject(object) && object.fields.has(key);
}

const stringTest = (name: string, test: (text: string, part: string) => boolean): FunctionSpec => ({
	name,
	vectorized: { 2: [0, 1] },
	variants: [
		{ types: ["string", "string"], impl: ([text, part]) => test(text as string, part as string) },
		{ types: ["null", "*"], impl: () => null },
		{ types: ["*", "null"], impl: () => null },
	],
});

const caseChange = (name: string, change: (text: string) => string): FunctionSpec => ({
	name,
	vectorized: { 1: [0] },
	variants: [
		{ types: ["string"], impl: ([text]) => change(text as string) },
		{ types: ["null"], impl: () => null },
	],
});

/** Dataview's `date(text)`: a date or a shorthand (`"today"`), else null. */
function parseDateText(text: string, env: Env): Value {
	const shorthand = readDateShorthand(text, 0);
	if (shorthand && shorthand.end === text.length) {
		if (shorthand.value === "now") fail('date("now") is not supported by Interview Vault (it reads dates, not the clock)');
		return resolveDateShorthand(shorthand.value, env.today);
	}
	const date = readDate(text, 0);
	return date && date.end === text.length ? date.value : null;
}

function dateFromLink(link: LinkValue): Value {
	for (const text of [link.display, link.path]) {
		if (text === undefined) continue;
		const date = readDate(text, 0);
		if (date && date.end === text.length) return date.value;
	}
	// Dataview would fall back to the page's `file.day`, which we do not compute.
	return null;
}

const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
	length: {
		name: "length",
		variants: [
			{ types: ["array"], impl: ([list]) => (list as readonly Value[]).length },
			{ types: ["object"], impl: ([object]) => (isObject(object ?? null) ? (object as ObjectValue).fields.size : 0) },
			{ types: ["string"], impl: ([text]) => (text as string).length },
			{ types: ["null"], impl: () => 0 },
		],
	},
	contains: contains("contains", false),
	icontains: contains("icontains", true),
	econtains,
	startswith: stringTest("startswith", (text, part) => text.startsWith(part)),
	endswith: stringTest("endswith", (text, part) => text.endsWith(part)),
	lower: caseChange("lower", (text) => text.toLowerCase()),
	upper: caseChange("upper", (text) => text.toUpperCase()),
	date: {
		name: "date",
		vectorized: { 1: [0] },
		variants: [
			{ types: ["string"], impl: ([text], env) => parseDateText(text as string, env) },
			{ types: ["date"], impl: ([date]) => date ?? null },
			{ types: ["link"], impl: ([link]) => dateFromLink(link as LinkValue) },
			{ types: ["string", "string"], impl: () => fail("not supported by Interview Vault: date(text, format)") },
			{ types: ["null", "string"], impl: () => null },
			{ types: ["null"], impl: () => null },
		],
	},
	dur: {
		name: "dur",
		vectorized: { 1: [0] },
		variants: [
			{
				types: ["string"],
				impl: ([text]) => {
					const trimmed = (text as string).trim();
					const duration = readDuration(trimmed, 0);
					return duration && duration.end === trimmed.length ? { kind: "duration", units: duration.value } : null;
				},
			},
			{ types: ["duration"], impl: ([duration]) => duration ?? null },
			{ types: ["null"], impl: () => null },
		],
	},
	default: {
		name: "default",
		vectorized: { 2: [0, 1] },
		variants: [{ types: ["*", "*"], impl: ([value, fallback]) => (value === null ? (fallback ?? null) : (value ?? null)) }],
	},
	choice: {
		name: "choice",
		vectorized: { 3: [0] },
		variants: [{ types: ["*", "*", "*"], impl: ([test, yes, no]) => (isTruthy(test ?? null) ? (yes ?? null) : (no ?? null)) }],
	},
};

export const SUPPORTED_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(FUNCTIONS));

export function callFunction(name: string, args: readonly Value[], env: Env): Value {
	const spec = FUNCTIONS[name];
	if (spec === undefined) fail(`Unrecognized function name '${name}'`);
	return call(spec, args, env);
}

function call(spec: FunctionSpec, args: readonly Value[], env: Env): Value {
	const types = args.map(typeOf);
	const listPositions = (spec.vectorized?.[args.length] ?? []).filter((position) => types[position] === "array");
	if (listPositions.length > 0) {
		// Over several lists, Dataview stops at the shortest.
		const lists = listPositions.map((position) => args[position] as readonly Value[]);
		const length = Math.min(...lists.map((list) => list.length));
		const results: Value[] = [];
		for (let item = 0; item < length; item++) {
			const itemArgs = args.map((arg, position) => (listPositions.includes(position) ? ((arg as readonly Value[])[item] ?? null) : arg));
			results.push(call(spec, itemArgs, env));
		}
		return results;
	}
	const variant = spec.variants.find(
		(candidate) => candidate.types.length === args.length && candidate.types.every((type, index) => type === "*" || type === types[index]),
	);
	if (variant === undefined) fail(`No implementation of '${spec.name}' found for arguments: ${types.join(", ")}`);
	return variant.impl(args, env);
}
