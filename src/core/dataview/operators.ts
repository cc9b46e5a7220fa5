import type { BinaryOp } from "./ast";
import { addDuration, addDurations, dateDifference, durationValue, formatDate, formatDuration, normalizeDuration, scaleDuration } from "./dates";
import { fail, type Env } from "./env";
import {
	compareValue,
	isArray,
	isTruthy,
	objectValue,
	typeOf,
	type DateValue,
	type DurationValue,
	type LinkValue,
	type ObjectValue,
	type Value,
} from "./values";

/**
 * Dataview's binary operators (`createBinaryOps` in `src/expression/binaryop.ts`): comparisons
 * work on any two values through `compareValue`; `and` / `or` take truthiness (and, as in
 * Dataview, both sides are always evaluated); arithmetic exists only for the type pairs below.
 */
export function applyBinary(op: BinaryOp, left: Value, right: Value, env: Env): Value {
	switch (op) {
		case "<":
		case ">":
		case "<=":
		case ">=":
		case "=":
		case "!=":
			return compare(op, compareValue(left, right, env.normalizeLink));
		case "&":
			return isTruthy(left) && isTruthy(right);
		case "|":
			return isTruthy(left) || isTruthy(right);
		default: {
			const result = arithmetic(op, left, right);
			return result === undefined ? fail(`No implementation found for '${typeOf(left)} ${op} ${typeOf(right)}'`) : result;
		}
	}
}

function compare(op: "<" | ">" | "<=" | ">=" | "=" | "!=", order: number): boolean {
	switch (op) {
		case "<":
			return order < 0;
		case ">":
			return order > 0;
		case "<=":
			return order <= 0;
		case ">=":
			return order >= 0;
		case "=":
			return order === 0;
		case "!=":
			return order !== 0;
	}
}

/** The result, or undefined when Dataview has no implementation for these types. */
function arithmetic(op: "+" | "-" | "*" | "/" | "%", left: Value, right: Value): Value | undefined {
	const types = `${typeOf(left)} ${typeOf(right)}`;
	if (types === "number number") return numbers(op, left as number, right as number);
	// Dataview looks up (left, right), then (left, *), then (*, right): a string on the left wins.
	if (op === "+" && typeof left === "string") return left + valueToString(right);
	if (op === "+" && typeof right === "string") return valueToString(left) + right;
	if (op === "*" && types === "string number") return repeat(left as string, right as number);
	if (op === "*" && types === "number string") return repeat(right as string, left as number);
	if (types === "date date" && op === "-") return durationValue(dateDifference(left as DateValue, right as DateValue));
	if (types === "date duration" && (op === "+" || op === "-")) return addDuration(left as DateValue, (right as DurationValue).units, op === "+" ? 1 : -1);
	if (types === "duration date" && op === "+") return addDuration(right as DateValue, (left as DurationValue).units, 1);
	if (types === "duration duration" && (op === "+" || op === "-")) {
		return durationValue(normalizeDuration(addDurations((left as DurationValue).units, (right as DurationValue).units, op === "+" ? 1 : -1)));
	}
	if (types === "duration number" && (op === "*" || op === "/")) {
		const factor = op === "*" ? (right as number) : 1 / (right as number);
		return durationValue(normalizeDuration(scaleDuration((left as DurationValue).units, factor)));
	}
	if (types === "number duration" && op === "*") return durationValue(normalizeDuration(scaleDuration((right as DurationValue).units, left as number)));
	if (types === "array array" && op === "+") return [...(left as readonly Value[]), ...(right as readonly Value[])];
	if (types === "object object" && op === "+") return objectValue([...(left as ObjectValue).fields, ...(right as ObjectValue).fields]);
	if (types === "null null") return null;
	if ((types === "date null" || types === "null date") && (op === "+" || op === "-")) return null;
	return undefined;
}

function numbers(op: "+" | "-" | "*" | "/" | "%", a: number, b: number): number {
	switch (op) {
		case "+":
			return a + b;
		case "-":
			return a - b;
		case "*":
			return a * b;
		case "/":
			return a / b;
		case "%":
			return a % b;
	}
}

/** Longer results are refused: a fuzzed `"x" * 1e9` must not take the plugin down. */
const MAX_STRING = 1_000_000;

function repeat(text: string, times: number): string {
	if (times < 0) return "";
	const count = Math.trunc(times);
	if (!Number.isFinite(count) || text.length * count > MAX_STRING) fail(`'${text.slice(0, 20)}' * ${times} is too long a string`);
	return text.repeat(count);
}

/**
 * Dataview's `Values.toString`, used when `+` joins a value to a string: null is `\-` (its
 * default "render null as"), links are `[[path|name]]`, lists are joined with ", ".
 */
export function valueToString(value: Value, nested = false): string {
	if (value === null) return "\\-";
	if (isArray(value)) {
		const items = value.map((item) => valueToString(item, true)).join(", ");
		return nested ? `[${items}]` : items;
	}
	switch (typeof value) {
		case "string":
			return value;
		case "number":
		case "boolean":
			return String(value);
		default:
			break;
	}
	switch (value.kind) {
		case "link":
			return linkMarkdown(value);
		case "date":
			return formatDate(value);
		case "duration":
			return formatDuration(value.units);
		case "object":
			return `{ ${[...value.fields].map(([key, item]) => `${key}: ${valueToString(item, true)}`).join(", ")} }`;
		case "widget":
			return `[${value.display}](${value.url})`;
		case "function":
			return "<function>";
	}
}

/** Dataview's `Link.markdown()`. */
export function linkMarkdown(link: LinkValue): string {
	const target = link.path.replaceAll("|", "\\|");
	const inner = link.type === "header" ? `${target}#${link.subpath ?? ""}` : link.type === "block" ? `${target}#^${link.subpath ?? ""}` : target;
	const shown = link.display ?? fileTitle(link.path) + (link.type === "file" ? "" : ` > ${link.subpath ?? ""}`);
	return `${link.embed ? "!" : ""}[[${inner}|${shown}]]`;
}

/** Dataview's `getFileTitle`: the last path segment without `.md`. */
export function fileTitle(path: string): string {
	const name = path.includes("/") ? path.slice(path.lastIndexOf("/") + 1) : path;
	return name.endsWith(".md") ? name.slice(0, -3) : name;
}
