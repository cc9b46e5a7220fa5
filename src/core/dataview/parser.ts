import { NOT_SUPPORTED, type NamedField, type Operation, type ParseResult, type QueryHeader, type SortField, type Source } from "./ast";
import {
	attempt,
	cursor,
	expect,
	lineAndColumn,
	literal,
	match,
	nested,
	notSupported,
	optWhitespace,
	QueryRejected,
	whitespace,
	type Cursor,
} from "./cursor";
import { IDENTIFIER, readExpression, readSeparated, readString } from "./expression";
import { readLink } from "./literals";
import { errorText } from "../errorText";
import { isStackOverflow, TOO_DEEP } from "./env";

/**
 * Parses a ```dataview block as Dataview's `QUERY_LANGUAGE` does (`src/query/parse.ts`): a
 * header (TABLE [WITHOUT ID] fields | LIST [WITHOUT ID] [expression]), an optional FROM right
 * after it, then WHERE / SORT / LIMIT / GROUP BY clauses in any order and number; `//` comment
 * lines between clauses. Keywords are case-insensitive. Never throws.
 */
export function parseQuery(source: string): ParseResult {
	const c = cursor(source);
	try {
		return { ok: true, query: readQuery(c) ?? failAt(c) };
	} catch (error) {
		if (error instanceof QueryRejected) return failure(source, error.message, error.position);
		if (isStackOverflow(error)) return failure(source, TOO_DEEP, c.pos);
		// A parser bug must still not break the note that holds the query.
		return failure(source, `Interview Vault could not read this query (${errorText(error)})`, c.pos);
	}
}

/**
 * A fenced block by its language: ```dataview is parsed; ```dataviewjs is JavaScript, which
 * Interview Vault never runs, so it is reported as unsupported without being read.
 */
export function parseBlock(language: string, source: string): ParseResult {
	const name = language.trim().toLowerCase();
	if (name === "dataview") return parseQuery(source);
	const construct = name === "dataviewjs" ? "dataviewjs blocks (JavaScript is never run)" : `\`\`\`${language} blocks`;
	return failure(source, NOT_SUPPORTED + construct, 0);
}

function failure(source: string, message: string, position: number): ParseResult {
	return { ok: false, message, position, ...lineAndColumn(source, position) };
}

/** The furthest point the grammar reached, and what it expected there, as parsimmon reports. */
function failAt(c: Cursor): never {
	const position = Math.max(c.furthest, c.pos);
	const expected = [...c.expected].slice(0, 6).join(", ");
	const found = c.text.slice(position, position + 20).split("\n")[0] ?? "";
	const { line, column } = lineAndColumn(c.text, position);
	const what = position >= c.text.length ? "the end of the query" : found === "" ? "the end of the line" : `'${found}'`;
	throw new QueryRejected(`Dataview query error at line ${line}, column ${column}: found ${what}${expected ? `, expected ${expected}` : ""}`, position);
}

function readQuery(c: Cursor): { header: QueryHeader; source: Source; operations: Operation[] } | undefined {
	if (looksLikeJavaScript(c.text)) notSupported(c, "dataviewjs (JavaScript queries are never run)", 0);
	skipSpaceAndComments(c);
	const header = readHeader(c);
	if (header === undefined) return undefined;
	skipSpaceAndComments(c);
	const from = attempt(c, () => readFrom(c));
	// A FROM that does not parse is a syntax error in it, not a FROM in the wrong place.
	if (from === undefined && /^FROM/i.test(c.text.slice(c.pos, c.pos + 4))) return undefined;
	skipSpaceAndComments(c);
	const operations: Operation[] = [];
	for (;;) {
		if (c.pos >= c.text.length) return { header, source: from ?? { type: "all" }, operations };
		const operation = readClause(c);
		if (operation === undefined) return undefined;
		operations.push(operation);
		skipSpaceAndComments(c);
	}
}

/** JavaScript pasted into a dataview block (or a dataviewjs block handed to us): say so instead of a syntax error. */
function looksLikeJavaScript(text: string): boolean {
	return /^\s*(?:dv\.|await\s|const\s|let\s|var\s|function\s)/.test(text) || /\bdv\.(?:table|list|pages|paragraph|view|span|header)\s*\(/.test(text);
}

function skipSpaceAndComments(c: Cursor): void {
	for (;;) {
		optWhitespace(c);
		if (!c.text.startsWith("//", c.pos)) return;
		const end = c.text.indexOf("\n", c.pos);
		c.pos = end < 0 ? c.text.length : end;
	}
}

function readHeader(c: Cursor): QueryHeader | undefined {
	const start = c.pos;
	const type = match(c, /TABLE|LIST|TASK|CALENDAR/i, "TABLE, LIST or TASK")?.toUpperCase();
	if (type === undefined) return undefined;
	if (type === "CALENDAR") notSupported(c, "CALENDAR queries (use a TABLE of the dates instead)", start);
	if (type === "TASK") return { type: "task" };
	// Dataview: the end of the query, or whitespace before the rest of the header.
	const atEnd = c.pos >= c.text.length;
	if (!atEnd && !whitespace(c)) return undefined;
	let showId = true;
	if (!atEnd && match(c, /WITHOUT\s+ID/i, "WITHOUT ID") !== undefined) {
		showId = false;
		optWhitespace(c);
	}
	if (type === "TABLE") return { type: "table", showId, fields: atEnd ? [] : readSeparated(c, () => readNamedField(c)) };
	const format = atEnd ? undefined : attempt(c, () => readExpression(c));
	return format === undefined ? { type: "list", showId } : { type: "list", showId, format };
}

/** `expression AS name` (name: identifier or "string"), else the expression named by its own text. */
function readNamedField(c: Cursor): NamedField | undefined {
	const start = c.pos;
	const expr = readExpression(c);
	if (expr === undefined) return undefined;
	const raw = c.text.slice(start, c.pos);
	const name = attempt(c, () => {
		if (!whitespace(c) || match(c, /AS/i, "AS") === undefined || !whitespace(c)) return undefined;
		return match(c, IDENTIFIER, "a column name") ?? readString(c);
	});
	// Dataview's `stripNewlines`: each line trimmed, the lines joined with nothing between them.
	return { name: name ?? raw.split(/[\r\n]+/).map((line) => line.trim()).join(""), expr };
}

function readFrom(c: Cursor): Source | undefined {
	if (match(c, /FROM/i, "FROM") === undefined || !whitespace(c)) return undefined;
	return readSource(c);
}

function readClause(c: Cursor): Operation | undefined {
	const start = c.pos;
	const keyword = match(c, /WHERE|SORT|LIMIT|GROUP BY|FLATTEN|FROM/i, "WHERE, SORT, LIMIT or GROUP BY")?.toUpperCase();
	if (keyword === undefined) return undefined;
	if (keyword === "FROM") throw new QueryRejected("FROM must come right after the TABLE or LIST line (Dataview rejects it anywhere else)", start);
	if (!whitespace(c)) return undefined;
	switch (keyword) {
		case "WHERE": {
			const clause = readExpression(c);
			return clause === undefined ? undefined : { type: "where", clause };
		}
		case "SORT": {
			const fields = readSeparated(c, () => readSortField(c));
			return fields.length === 0 ? expect(c, "a sort expression") : { type: "sort", fields };
		}
		case "LIMIT": {
			const amount = readExpression(c);
			return amount === undefined ? undefined : { type: "limit", amount };
		}
		case "FLATTEN": {
			const field = readNamedField(c);
			return field === undefined ? undefined : { type: "flatten", field };
		}
		default: {
			const field = readNamedField(c);
			return field === undefined ? undefined : { type: "group", field };
		}
	}
}

function readSortField(c: Cursor): SortField | undefined {
	const expr = readExpression(c);
	if (expr === undefined) return undefined;
	// Dataview's sort field swallows the whitespace after the expression even without a direction.
	optWhitespace(c);
	const direction = match(c, /ASCENDING|DESCENDING|ASC|DESC/i, "ASC or DESC")?.toUpperCase();
	return { expr, direction: direction?.startsWith("DESC") ? "descending" : "ascending" };
}

/**
 * Dataview's source grammar: `"folder"`, `#tag`, `-`/`!` negation, parentheses, joined by
 * `and` / `or` (`&` / `|`) left to right at one level. Link and csv() sources need data we do not have.
 */
function readSource(c: Cursor): Source | undefined {
	let left = readAtomSource(c);
	if (left === undefined) return undefined;
	for (;;) {
		const start = c.pos;
		optWhitespace(c);
		const op = match(c, /and|or|&|\|/i, "AND or OR");
		if (op !== undefined) optWhitespace(c);
		const right = op === undefined ? undefined : readAtomSource(c);
		if (op === undefined || right === undefined) {
			c.pos = start;
			return left;
		}
		left = { type: "binary", op: op === "&" || op.toLowerCase() === "and" ? "&" : "|", left, right };
	}
}

function readAtomSource(c: Cursor): Source | undefined {
	return nested(c, () => {
		const start = c.pos;
		const char = c.text.charAt(c.pos);
		if (char === "(") {
			return attempt(c, () => {
				c.pos++;
				optWhitespace(c);
				const inner = readSource(c);
				optWhitespace(c);
				return inner !== undefined && literal(c, ")") ? inner : undefined;
			});
		}
		if (char === "-" || char === "!") {
			return attempt(c, () => {
				c.pos++;
				const child = readAtomSource(c);
				return child === undefined ? undefined : { type: "negate", child };
			});
		}
		if (c.text.startsWith("outgoing(", c.pos)) {
			return attempt(c, () => {
				c.pos += "outgoing(".length;
				optWhitespace(c);
				const link = readLink(c.text, c.pos, false);
				if (!link) return undefined;
				c.pos = link.end;
				return literal(c, ")") ? { type: "link", link: link.value.path, direction: "outgoing" } : undefined;
			});
		}
		const link = readLink(c.text, c.pos, false);
		if (link) {
			c.pos = link.end;
			return { type: "link", link: link.value.path, direction: "incoming" };
		}
		if (c.text.startsWith("csv(", c.pos)) notSupported(c, "csv() sources", start);
		if (char === '"') {
			const folder = readString(c);
			return folder === undefined ? undefined : { type: "folder", folder };
		}
		// Dataview's tag characters: anything but spaces and punctuation other than `/`, `-` and `_`.
		const tag = match(c, /#[^\u2000-\u206F\u2E00-\u2E7F'!"#$%&()*+,.:;<=>?@^`{|}~[\]\\\s]*/, "a #tag or a \"folder\"");
		return tag === undefined ? undefined : { type: "tag", tag };
	});
}
