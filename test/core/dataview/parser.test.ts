import { describe, expect, it } from "vitest";
import { NOT_SUPPORTED, parseBlock, parseQuery, type ParseResult, type Query } from "../../../src/core/dataview";
import type { Expr } from "../../../src/core/dataview/ast";

function parsed(source: string): Query {
	const result = parseQuery(source);
	if (!result.ok) throw new Error(result.message);
	return result.query;
}

function failed(source: string): Extract<ParseResult, { ok: false }> {
	const result = parseQuery(source);
	if (result.ok) throw new Error(`expected a parse error for: ${source}`);
	return result;
}

const v = (name: string): Expr => ({ type: "variable", name });
const lit = (value: string | number | boolean | null): Expr => ({ type: "literal", value });
const bin = (op: string, left: Expr, right: Expr): Expr => ({ type: "binary", op, left, right }) as Expr;
const dot = (object: Expr, name: string): Expr => ({ type: "index", object, index: lit(name) });

function whereOf(source: string): Expr {
	const op = parsed(`LIST WHERE ${source}`).operations[0];
	if (op?.type !== "where") throw new Error("no WHERE");
	return op.clause;
}

describe("parseQuery: headers", () => {
	it("reads TABLE columns with AS \"Name\", unquoted `as Name`, and bare expressions named by their text", () => {
		const query = parsed('TABLE file.link AS "Question", subtopics as Subtopics, length(rows), status');
		expect(query.header).toEqual({
			type: "table",
			showId: true,
			fields: [
				{ name: "Question", expr: dot(v("file"), "link") },
				{ name: "Subtopics", expr: v("subtopics") },
				{ name: "length(rows)", expr: { type: "call", name: "length", args: [v("rows")] } },
				{ name: "status", expr: v("status") },
			],
		});
		expect(query.source).toEqual({ type: "all" });
	});

	it("names a column written over several lines by its lines trimmed and joined (Dataview's stripNewlines)", () => {
		const query = parsed("TABLE choice(\n  difficulty,\n  1, 2)\nFROM #x");
		expect(query.header.type === "table" && query.header.fields[0]?.name).toBe("choice(difficulty,1, 2)");
	});

	it("takes keywords in any case, WITHOUT ID included", () => {
		const query = parsed('table without id file.name as "Name" from "a" where x sort y desc limit 3');
		expect(query.header).toEqual({ type: "table", showId: false, fields: [{ name: "Name", expr: dot(v("file"), "name") }] });
		expect(query.source).toEqual({ type: "folder", folder: "a" });
		expect(query.operations.map((op) => op.type)).toEqual(["where", "sort", "limit"]);
	});

	it("reads TABLE with no columns, LIST, LIST <expression> and LIST WITHOUT ID", () => {
		expect(parsed("TABLE").header).toEqual({ type: "table", showId: true, fields: [] });
		expect(parsed('TABLE FROM "a"').header).toEqual({ type: "table", showId: true, fields: [] });
		expect(parsed("LIST").header).toEqual({ type: "list", showId: true });
		expect(parsed("LIST difficulty FROM #q").header).toEqual({ type: "list", showId: true, format: v("difficulty") });
		expect(parsed("LIST WITHOUT ID file.name").header).toEqual({ type: "list", showId: false, format: dot(v("file"), "name") });
	});
});

describe("parseQuery: FROM", () => {
	it("reads folders, tags, AND / OR at one level from left to right, parentheses and negation", () => {
		expect(parsed('LIST FROM "50-Backend"').source).toEqual({ type: "folder", folder: "50-Backend" });
		expect(parsed("LIST FROM #topic/backend").source).toEqual({ type: "tag", tag: "#topic/backend" });
		expect(parsed('LIST FROM "a" or #b and -#c').source).toEqual({
			type: "binary",
			op: "&",
			left: { type: "binary", op: "|", left: { type: "folder", folder: "a" }, right: { type: "tag", tag: "#b" } },
			right: { type: "negate", child: { type: "tag", tag: "#c" } },
		});
		expect(parsed('LIST FROM "a" AND (#b OR !"c")').source).toEqual({
			type: "binary",
			op: "&",
			left: { type: "folder", folder: "a" },
			right: { type: "binary", op: "|", left: { type: "tag", tag: "#b" }, right: { type: "negate", child: { type: "folder", folder: "c" } } },
		});
	});
});

describe("parseQuery: expressions", () => {
	it("gives AND and OR one precedence level, left to right, as Dataview's binaryBooleanField", () => {
		expect(whereOf("a or b and c")).toEqual(bin("&", bin("|", v("a"), v("b")), v("c")));
		expect(whereOf("a AND b OR c")).toEqual(bin("|", bin("&", v("a"), v("b")), v("c")));
		expect(whereOf("a & b | c")).toEqual(bin("|", bin("&", v("a"), v("b")), v("c")));
	});

	it("binds * / % over + - over comparisons over and / or", () => {
		expect(whereOf("1 + 2 * 3 = x or y")).toEqual(bin("|", bin("=", bin("+", lit(1), bin("*", lit(2), lit(3))), v("x")), v("y")));
		expect(whereOf("a < b = c")).toEqual(bin("=", bin("<", v("a"), v("b")), v("c")));
	});

	it("applies ! to one postfix expression only: `!a = b` is `(!a) = b`", () => {
		expect(whereOf("!a = b")).toEqual(bin("=", { type: "negated", child: v("a") }, v("b")));
		expect(whereOf('!contains(tags, "x")')).toEqual({ type: "negated", child: { type: "call", name: "contains", args: [v("tags"), lit("x")] } });
		expect(whereOf("!(a or b)")).toEqual({ type: "negated", child: bin("|", v("a"), v("b")) });
	});

	it("reads `due-date` as one name but `due - date` as a subtraction, and -1 as a number", () => {
		expect(whereOf("due-date")).toEqual(v("due-date"));
		expect(whereOf("due - date")).toEqual(bin("-", v("due"), v("date")));
		expect(whereOf("x -1")).toEqual(bin("-", v("x"), lit(1)));
		expect(whereOf("x = -1.5")).toEqual(bin("=", v("x"), lit(-1.5)));
	});

	it("reads strings with Dataview's escapes, null, booleans, lists, indexes and row[...]", () => {
		expect(whereOf('"a \\"b\\" \\\\ \\n"')).toEqual(lit('a "b" \\ \\n'));
		expect(whereOf("[null, true, False]")).toEqual({ type: "list", values: [lit(null), lit(true), lit(false)] });
		expect(whereOf('rows.file.link[0] and row["Due Date"]')).toEqual(
			bin("&", { type: "index", object: dot(dot(v("rows"), "file"), "link"), index: lit(0) }, { type: "index", object: v("row"), index: lit("Due Date") }),
		);
	});

	it("reads date(today), date(2025-10-03), dur(7 days) and dur(1d 2h) as literals, date(field) as a call", () => {
		expect(whereOf("date(today)")).toEqual({ type: "dateShorthand", name: "today" });
		expect(whereOf("date( 2025-10-03 )")).toEqual({ type: "literal", value: { kind: "date", ms: Date.UTC(2025, 9, 3) } });
		expect(whereOf("dur(7 days)")).toEqual({ type: "literal", value: { kind: "duration", units: { days: 7 } } });
		expect(whereOf("dur(1d 2h, 30 min)")).toEqual({ type: "literal", value: { kind: "duration", units: { days: 1, hours: 2, minutes: 30 } } });
		expect(whereOf("date(created)")).toEqual({ type: "call", name: "date", args: [v("created")] });
		expect(whereOf("file.mtime >= date(today) - dur(7 days)")).toEqual(
			bin(">=", dot(v("file"), "mtime"), bin("-", { type: "dateShorthand", name: "today" }, { type: "literal", value: { kind: "duration", units: { days: 7 } } })),
		);
	});
});

describe("parseQuery: clauses", () => {
	it("keeps clauses in the order written, repeated ones included, and skips // comment lines", () => {
		const query = parsed('TABLE x\n// which notes\nFROM "a"\nWHERE x\n// first the sort\nSORT y ASC, z DESC\nLIMIT 5\nWHERE y\nGROUP BY z AS "Zed"');
		expect(query.operations).toEqual([
			{ type: "where", clause: v("x") },
			{ type: "sort", fields: [{ expr: v("y"), direction: "ascending" }, { expr: v("z"), direction: "descending" }] },
			{ type: "limit", amount: lit(5) },
			{ type: "where", clause: v("y") },
			{ type: "group", field: { name: "Zed", expr: v("z") } },
		]);
	});

	it("sorts ascending by default and reads ASCENDING / DESCENDING", () => {
		const query = parsed("LIST FROM #x SORT a, b descending, c ascending");
		expect(query.operations[0]).toEqual({
			type: "sort",
			fields: [
				{ expr: v("a"), direction: "ascending" },
				{ expr: v("b"), direction: "descending" },
				{ expr: v("c"), direction: "ascending" },
			],
		});
	});

	it("names a GROUP BY by its text, as the grouped column's header", () => {
		expect(parsed("TABLE length(rows) FROM #a GROUP BY difficulty").operations[0]).toEqual({ type: "group", field: { name: "difficulty", expr: v("difficulty") } });
	});
});

describe("parseQuery: errors", () => {
	it("reports a syntax error with its position, line and column, and never throws", () => {
		const error = failed('TABLE x\nFROM "a"\nWHERE x = ');
		expect(error.message).toMatch(/^Dataview query error at line 3, column 11: found the end of the query, expected /);
		expect(error.position).toBe(27);
		expect([error.line, error.column]).toEqual([3, 11]);
		for (const source of ["", "   ", "TABLEx", "TABLE x WHERE", 'LIST FROM "a', "LIST WHERE (a", "LIST FROM #a SORT", "LIST FROM #a LIMIT", "TABLE a,", "TABLE x AS"]) {
			expect(parseQuery(source).ok, source).toBe(false);
		}
	});

	it("reads `LIST SORT x` as a LIST of the field SORT, then fails, as Dataview (SORT is not a reserved word)", () => {
		expect(parsed("LIST SORT").header).toEqual({ type: "list", showId: true, format: v("SORT") });
		expect(parseQuery("LIST SORT x").ok).toBe(false);
		expect(parseQuery("LIST\nSORT x").ok).toBe(false);
	});

	it("rejects keywords as bare field names, as Dataview does", () => {
		expect(parseQuery("LIST WHERE where = 1").ok).toBe(false);
		expect(parseQuery("LIST WHERE row.where = 1").ok).toBe(true);
	});

	it("says FROM belongs right after the header when it comes later", () => {
		expect(failed('LIST WHERE x FROM "a"').message).toMatch(/FROM must come right after/);
	});

	it.each([
		['CALENDAR file.ctime FROM "a"', "CALENDAR queries"],
		['dv.table(["a"], dv.pages("#x").map(p => [p.file.link]))', "dataviewjs"],
		["const pages = dv.pages()", "dataviewjs"],
		['LIST WHERE frobnicate(file.name)', "the function frobnicate() (Dataview has no such function either)"],
		['LIST FROM csv("data.csv")', "csv() sources"],
		[`LIST WHERE ${"(".repeat(200)}x${")".repeat(200)}`, "expressions nested more than"],
	])("rejects %s as %s", (source, construct) => {
		const error = failed(source);
		expect(error.message.startsWith(NOT_SUPPORTED)).toBe(true);
		expect(error.message).toContain(construct);
	});

	it.each([
		"TASK FROM #todo",
		"LIST FLATTEN tags",
		"TABLE t FLATTEN file.tasks AS t",
		'LIST WHERE regexmatch("a.*", file.name)',
		'LIST WHERE any(tags, (t) => t = "a")',
		"LIST WHERE x = { a: 1, \"b c\": [2] }",
		"LIST FROM [[moc-backend]]",
		"LIST FROM outgoing([[moc-backend]]) AND #sql",
		"TABLE file.inlinks, file.tasks, file.day, file.size",
		"LIST WHERE file.mtime > date(now)",
		"LIST WHERE ((x) => x + 1)(1) = 2",
	])("reads %s, which Dataview's language has and we run", (source) => {
		expect(parseQuery(source).ok).toBe(true);
	});
});

describe("parseBlock", () => {
	it("parses a dataview block and never reads a dataviewjs one", () => {
		expect(parseBlock("dataview", "LIST").ok).toBe(true);
		const js = parseBlock("dataviewjs", "dv.list([1])");
		expect(js.ok === false && js.message).toBe(`${NOT_SUPPORTED}dataviewjs blocks (JavaScript is never run)`);
	});
});
