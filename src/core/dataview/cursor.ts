import { NOT_SUPPORTED } from "./ast";

/**
 * A position in the query text for the hand-written parser. Dataview's parser is a parsimmon
 * grammar over characters (no separate tokens: whitespace matters in places, identifiers may
 * contain `-`), so ours reads characters too. A reader that does not match puts the position
 * back and returns undefined; the furthest failure is kept for the error message.
 */
export interface Cursor {
	readonly text: string;
	pos: number;
	furthest: number;
	expected: Set<string>;
	depth: number;
}

export function cursor(text: string): Cursor {
	return { text, pos: 0, furthest: -1, expected: new Set(), depth: 0 };
}

/**
 * Thrown for what the parser must not backtrack over: a construct outside our subset (so the
 * user learns which one, instead of a syntax error further on) or a query nested too deeply.
 */
export class QueryRejected extends Error {
	constructor(
		message: string,
		readonly position: number,
	) {
		super(message);
	}
}

export function notSupported(c: Cursor, construct: string, at = c.pos): never {
	throw new QueryRejected(NOT_SUPPORTED + construct, at);
}

/** Records what was expected at `at`; always returns undefined so readers can `return expect(...)`. */
export function expect(c: Cursor, what: string, at = c.pos): undefined {
	if (at > c.furthest) {
		c.furthest = at;
		c.expected = new Set([what]);
	} else if (at === c.furthest) {
		c.expected.add(what);
	}
	return undefined;
}

/** Matches a sticky regex at the position and moves past it. */
export function match(c: Cursor, pattern: RegExp, what: string): string | undefined {
	const sticky = new RegExp(pattern.source, pattern.flags.includes("y") ? pattern.flags : `${pattern.flags}y`);
	sticky.lastIndex = c.pos;
	const found = sticky.exec(c.text);
	if (!found) return expect(c, what);
	c.pos = sticky.lastIndex;
	return found[0];
}

export function literal(c: Cursor, text: string): boolean {
	if (c.text.startsWith(text, c.pos)) {
		c.pos += text.length;
		return true;
	}
	expect(c, `'${text}'`);
	return false;
}

/** parsimmon's `optWhitespace`. */
export function optWhitespace(c: Cursor): void {
	while (c.pos < c.text.length && /\s/.test(c.text.charAt(c.pos))) c.pos++;
}

/** parsimmon's `whitespace`: at least one. */
export function whitespace(c: Cursor): boolean {
	const start = c.pos;
	optWhitespace(c);
	if (c.pos > start) return true;
	expect(c, "whitespace");
	return false;
}

/** Runs `read`; if it fails, the position goes back to where it was. */
export function attempt<T>(c: Cursor, read: () => T | undefined): T | undefined {
	const start = c.pos;
	const result = read();
	if (result === undefined) c.pos = start;
	return result;
}

const MAX_DEPTH = 64;

/** Guards recursion, so a query of a thousand `(` is an error message rather than a stack overflow. */
export function nested<T>(c: Cursor, read: () => T): T {
	if (++c.depth > MAX_DEPTH) notSupported(c, `expressions nested more than ${MAX_DEPTH} levels deep`);
	try {
		return read();
	} finally {
		c.depth--;
	}
}

export function lineAndColumn(text: string, position: number): { line: number; column: number } {
	const before = text.slice(0, position);
	const lines = before.split("\n");
	return { line: lines.length, column: (lines[lines.length - 1] ?? "").length + 1 };
}
