import type { BinaryOp, Expr } from "./ast";
import { attempt, expect, literal, match, nested, notSupported, optWhitespace, type Cursor } from "./cursor";
import { DATAVIEW_FUNCTIONS, SUPPORTED_FUNCTIONS } from "./functions";
import { readDate, readDateShorthand, readDuration, readLink } from "./literals";

/**
 * Dataview's expression grammar (`EXPRESSION.field` in `src/expression/parse.ts`), mirrored:
 * four binary levels, each left-associative, from tightest to loosest: `* / %`, `+ -`,
 * comparisons, then `and` / `or` / `&` / `|` TOGETHER — so `a or b and c` is `(a or b) and c`.
 * `!` applies to one postfix expression (`!contains(x, y)`), and comparisons chain (`a < b < c`).
 */

const LEVELS: ReadonlyArray<{ pattern: RegExp; what: string }> = [
	{ pattern: /[*/%]/, what: "'*', '/' or '%'" },
	{ pattern: /[+-]/, what: "'+' or '-'" },
	{ pattern: />=|<=|!=|>|<|=/, what: "a comparison" },
	// No word boundary, as in Dataview: the operator is just these letters.
	{ pattern: /and|or|&|\|/i, what: "'and' or 'or'" },
];

/** Words a bare variable cannot be; Dataview's `KEYWORDS` (SORT is not one of them). */
const KEYWORDS = new Set(["FROM", "WHERE", "LIMIT", "GROUP", "FLATTEN"]);

/** A letter (or emoji) first, then letters, digits, `_` and `-`: `due-date` is one name. */
export const IDENTIFIER = /[\p{L}\p{Extended_Pictographic}](?:[0-9\p{L}\p{Extended_Pictographic}_-]|\u200d|\ufe0f)*/u;

export function readExpression(c: Cursor): Expr | undefined {
	return readLevel(c, LEVELS.length - 1);
}

function readLevel(c: Cursor, level: number): Expr | undefined {
	const child = (): Expr | undefined => (level === 0 ? readPostfixed(c) : readLevel(c, level - 1));
	const operators = LEVELS[level];
	let left = child();
	if (left === undefined || operators === undefined) return left;
	for (;;) {
		const start = c.pos;
		optWhitespace(c);
		const op = match(c, operators.pattern, operators.what);
		if (op !== undefined) optWhitespace(c);
		const right = op === undefined ? undefined : child();
		if (op === undefined || right === undefined) {
			c.pos = start;
			return left;
		}
		left = { type: "binary", op: binaryOp(op), left, right };
	}
}

function binaryOp(text: string): BinaryOp {
	const lower = text.toLowerCase();
	if (lower === "and") return "&";
	if (lower === "or") return "|";
	return text as BinaryOp;
}

/** An atom followed by `.name`, `[index]` and `(arguments)`, with no space before them. */
function readPostfixed(c: Cursor): Expr | undefined {
	let result: Expr | undefined = readAtom(c);
	while (result !== undefined) {
		const object: Expr = result;
		const next: Expr | undefined = attempt(c, () => readPostfix(c, object));
		if (next === undefined) return object;
		result = next;
	}
	return undefined;
}

function readPostfix(c: Cursor, object: Expr): Expr | undefined {
	const start = c.pos;
	if (literal(c, ".")) {
		const name = match(c, IDENTIFIER, "a field name");
		if (name === undefined) return undefined;
		return { type: "index", object, index: { type: "literal", value: name } };
	}
	if (literal(c, "[")) {
		optWhitespace(c);
		const index = readExpression(c);
		optWhitespace(c);
		return index !== undefined && literal(c, "]") ? { type: "index", object, index } : undefined;
	}
	if (literal(c, "(")) {
		const args = readArguments(c);
		if (args === undefined) return undefined;
		return call(c, object, args, start);
	}
	return undefined;
}

function readArguments(c: Cursor): Expr[] | undefined {
	optWhitespace(c);
	const args = readSeparated(c, () => readExpression(c));
	optWhitespace(c);
	return literal(c, ")") ? args : undefined;
}

/** parsimmon's `sepBy(p, optWhitespace "," optWhitespace)`: zero or more, a failed `, p` is put back. */
export function readSeparated<T>(c: Cursor, read: () => T | undefined): T[] {
	const first = read();
	if (first === undefined) return [];
	const items = [first];
	for (;;) {
		const item = attempt(c, () => {
			optWhitespace(c);
			if (!literal(c, ",")) return undefined;
			optWhitespace(c);
			return read();
		});
		if (item === undefined) return items;
		items.push(item);
	}
}

function call(c: Cursor, callee: Expr, args: Expr[], at: number): Expr {
	if (callee.type !== "variable") return { type: "apply", callee, args };
	const name = callee.name;
	if (!SUPPORTED_FUNCTIONS.has(name)) {
		const why = DATAVIEW_FUNCTIONS.has(name) ? "" : " (Dataview has no such function either)";
		notSupported(c, `the function ${name}()${why}`, at - name.length);
	}
	return { type: "call", name, args };
}

function readAtom(c: Cursor): Expr | undefined {
	return nested(c, () => {
		const start = c.pos;
		const char = c.text.charAt(c.pos);
		const link = readLink(c.text, c.pos, true);
		if (link) {
			c.pos = link.end;
			return { type: "literal", value: link.value };
		}
		if (char === "!") return attempt(c, () => readNegated(c));
		if (char === "[") return attempt(c, () => readList(c));
		if (char === "{") return attempt(c, () => readObject(c));
		if (char === "(") return attempt(c, () => readLambda(c)) ?? attempt(c, () => readParenthesized(c));
		return readScalar(c) ?? expect(c, "an expression", start);
	});
}

function readNegated(c: Cursor): Expr | undefined {
	c.pos++;
	const child = readPostfixed(c);
	return child === undefined ? undefined : { type: "negated", child };
}

function readList(c: Cursor): Expr | undefined {
	c.pos++;
	optWhitespace(c);
	const values = readSeparated(c, () => readExpression(c));
	optWhitespace(c);
	return literal(c, "]") ? { type: "list", values } : undefined;
}

function readParenthesized(c: Cursor): Expr | undefined {
	c.pos++;
	optWhitespace(c);
	const inner = readExpression(c);
	optWhitespace(c);
	return inner !== undefined && literal(c, ")") ? inner : undefined;
}

/** Dataview's `objectField`: `{ name: value, "any name": value }`. */
function readObject(c: Cursor): Expr | undefined {
	c.pos++;
	optWhitespace(c);
	const entries = readSeparated(c, (): readonly [string, Expr] | undefined => {
		const name = c.text.charAt(c.pos) === '"' ? readString(c) : match(c, IDENTIFIER, "a key");
		if (name === undefined) return undefined;
		optWhitespace(c);
		if (!literal(c, ":")) return undefined;
		optWhitespace(c);
		const value = readExpression(c);
		return value === undefined ? undefined : [name, value];
	});
	optWhitespace(c);
	return literal(c, "}") ? { type: "object", entries } : undefined;
}

/** Dataview's `lambdaField`: `(a, b) => expression`. */
function readLambda(c: Cursor): Expr | undefined {
	c.pos++;
	optWhitespace(c);
	const params = readSeparated(c, () => match(c, IDENTIFIER, "a parameter name"));
	optWhitespace(c);
	if (!literal(c, ")")) return undefined;
	optWhitespace(c);
	if (!literal(c, "=>")) return undefined;
	optWhitespace(c);
	const body = readExpression(c);
	return body === undefined ? undefined : { type: "lambda", params, body };
}

/** Booleans, numbers, strings, `date(…)` / `dur(…)` literals, `null`, then variables, in Dataview's order. */
function readScalar(c: Cursor): Expr | undefined {
	const bool = match(c, /true|false|True|False/, "a boolean");
	if (bool !== undefined) return { type: "literal", value: bool.toLowerCase() === "true" };
	const number = match(c, /-?[0-9]+(\.[0-9]+)?/, "a number");
	if (number !== undefined) return { type: "literal", value: Number.parseFloat(number) };
	if (c.text.charAt(c.pos) === '"') {
		const text = readString(c);
		return text === undefined ? undefined : { type: "literal", value: text };
	}
	const date = attempt(c, () => readDateLiteral(c));
	if (date !== undefined) return date;
	const duration = attempt(c, () => readDurationLiteral(c));
	if (duration !== undefined) return duration;
	if (literal(c, "null")) return { type: "literal", value: null };
	const start = c.pos;
	const name = match(c, IDENTIFIER, "a field name");
	if (name === undefined) return undefined;
	if (KEYWORDS.has(name.toUpperCase())) {
		c.pos = start;
		return expect(c, "a field name (not a keyword)", start);
	}
	return { type: "variable", name };
}

/** Dataview strings: double quotes; `\"` and `\\` are escapes, any other `\x` stays as typed. */
export function readString(c: Cursor): string | undefined {
	if (c.text.charAt(c.pos) !== '"') return expect(c, "'\"'");
	const start = c.pos;
	let value = "";
	let index = c.pos + 1;
	while (index < c.text.length) {
		const char = c.text.charAt(index);
		if (char === '"') {
			c.pos = index + 1;
			return value;
		}
		if (char === "\\" && index + 1 < c.text.length) {
			const escaped = c.text.charAt(index + 1);
			value += escaped === '"' || escaped === "\\" ? escaped : `\\${escaped}`;
			index += 2;
		} else {
			value += char;
			index++;
		}
	}
	return expect(c, "a closing '\"'", start);
}

/** `date(today)`, `date(2025-10-03)`: a literal. Anything else in `date(…)` is the date() function. */
function readDateLiteral(c: Cursor): Expr | undefined {
	if (!c.text.startsWith("date(", c.pos)) return undefined;
	c.pos += "date(".length;
	optWhitespace(c);
	const shorthand = readDateShorthand(c.text, c.pos);
	const date = shorthand ? undefined : readDate(c.text, c.pos);
	const end = shorthand?.end ?? date?.end;
	if (end === undefined) return undefined;
	c.pos = end;
	optWhitespace(c);
	if (!literal(c, ")")) return undefined;
	if (shorthand) return { type: "dateShorthand", name: shorthand.value };
	return date ? { type: "literal", value: date.value } : undefined;
}

function readDurationLiteral(c: Cursor): Expr | undefined {
	if (!c.text.startsWith("dur(", c.pos)) return undefined;
	c.pos += "dur(".length;
	optWhitespace(c);
	const duration = readDuration(c.text, c.pos);
	if (duration === undefined) return undefined;
	c.pos = duration.end;
	optWhitespace(c);
	return literal(c, ")") ? { type: "literal", value: { kind: "duration", units: duration.value } } : undefined;
}
