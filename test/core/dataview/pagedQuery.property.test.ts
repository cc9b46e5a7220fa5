import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery, runPagedQuery, runQuery, type DataviewPage, type Pages, type QueryResult } from "../../../src/core/dataview";
import { page, TODAY } from "./helpers";

/**
 * A view reads a query's rows a page at a time (runPagedQuery), and a final SORT then picks only
 * the first rows read. Read in pages of any size, the rows must be runQuery's rows, in its order:
 * ties keep the vault's order, mixed types, nulls, NaN and lists included.
 */
const scalar = fc.oneof(
	fc.constantFrom("easy", "Easy", "medium", "Medium", "hard", "", "a-b", "a b", "Ärger", "zebra"),
	fc.integer({ min: -3, max: 3 }),
	fc.constantFrom(Number.NaN, 0.5, true, false, null, "2025-01-02", "2024-12-31T10:00"),
);
const value = fc.oneof({ weight: 5, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) });
const frontmatter = fc.record({ a: value, b: value, tags: fc.array(fc.constantFrom("x", "y", "z"), { maxLength: 3 }) }, { requiredKeys: [] });
const vault = fc.array(frontmatter, { minLength: 0, maxLength: 70 }).map((notes) => notes.map((fields, position) => page(`n/${String(position % 7)}-${String(position)}.md`, fields)));

const QUERIES = [
	"TABLE a, b FROM \"n\" SORT a ASC",
	"TABLE a, b FROM \"n\" SORT a DESC, b ASC",
	"TABLE a FROM \"n\" WHERE contains(tags, \"x\") SORT b DESC, file.name ASC",
	"LIST a FROM \"n\" SORT file.name DESC",
	"TABLE WITHOUT ID a, b FROM \"n\" SORT length(a) ASC",
	"TABLE length(rows) AS count FROM \"n\" GROUP BY a SORT count DESC",
	"TABLE a.x FROM \"n\" SORT a ASC",
	"TABLE a FROM \"n\" SORT b ASC LIMIT 5",
];

function readInPages<T>(pages: Pages<T>, size: number): T[] {
	const rows: T[] = [];
	for (let start = 0; start < pages.length; start += size) rows.push(...pages.slice(start, start + size));
	return rows;
}

function pagedRead(source: string, notes: readonly DataviewPage[], size: number): QueryResult {
	const parsed = parseQuery(source);
	if (!parsed.ok) throw new Error(parsed.message);
	const result = runPagedQuery(parsed.query, notes, { today: TODAY });
	if (result.type === "table") return { type: "table", headers: result.headers, rows: readInPages(result.rows, size), ...(result.groups ? { groups: readInPages(result.groups, size) } : {}) };
	if (result.type === "list") return { type: "list", items: readInPages(result.items, size), ...(result.groups ? { groups: readInPages(result.groups, size) } : {}) };
	return result;
}

function whole(source: string, notes: readonly DataviewPage[]): QueryResult {
	const parsed = parseQuery(source);
	if (!parsed.ok) throw new Error(parsed.message);
	return runQuery(parsed.query, notes, { today: TODAY });
}

describe("a query read a page at a time gives runQuery's rows", () => {
	it("for every page size, on generated vaults", () => {
		fc.assert(
			fc.property(vault, fc.constantFrom(...QUERIES), fc.integer({ min: 1, max: 9 }), (notes, source, size) => {
				expect(pagedRead(source, notes, size)).toEqual(whole(source, notes));
			}),
			{ numRuns: 1500 },
		);
	});

	it("picks the first rows of a large sort exactly as the full sort orders them, ties in vault order", () => {
		const notes = Array.from({ length: 400 }, (_, position) => page(`n/${String(position)}.md`, { a: ["easy", "Medium", "hard", "medium"][position % 4], b: position % 3 }));
		const parsed = parseQuery("TABLE a, b FROM \"n\" SORT a ASC, b DESC");
		if (!parsed.ok) throw new Error(parsed.message);
		const paged = runPagedQuery(parsed.query, notes, { today: TODAY });
		const full = whole("TABLE a, b FROM \"n\" SORT a ASC, b DESC", notes);
		if (paged.type !== "table" || full.type !== "table") throw new Error("expected tables");
		expect(paged.rows.length).toBe(400);
		expect(paged.rows.slice(0, 20)).toEqual(full.rows.slice(0, 20));
		expect(paged.rows.slice(20, 40)).toEqual(full.rows.slice(20, 40));
		expect(paged.rows.slice(0, 400)).toEqual(full.rows);
	});

	it("refuses a lambda value before any row is drawn, as the whole query does", () => {
		const notes = Array.from({ length: 60 }, (_, position) => page(`n/${String(position)}.md`, { a: position }));
		const parsed = parseQuery("TABLE choice(a = 59, (x) => x, a) AS f FROM \"n\" SORT a ASC");
		if (!parsed.ok) throw new Error(parsed.message);
		const paged = runPagedQuery(parsed.query, notes, { today: TODAY });
		expect(paged.type).toBe("not-supported");
		expect(whole("TABLE choice(a = 59, (x) => x, a) AS f FROM \"n\" SORT a ASC", notes).type).toBe("not-supported");
	});
});

describe("a lambda in a group of groups", () => {
	it("refuses the query, as drawing the nested group would", () => {
		const notes = Array.from({ length: 12 }, (_, position) => page(`n/${String(position)}.md`, { a: position % 3, b: position % 2 }));
		const source = "TABLE length(rows) AS n FROM \"n\" FLATTEN (x) => x AS f GROUP BY a GROUP BY length(rows)";
		expect(whole(source, notes).type).toBe("not-supported");
		const parsed = parseQuery(source);
		if (!parsed.ok) throw new Error(parsed.message);
		expect(runPagedQuery(parsed.query, notes, { today: TODAY }).type).toBe("not-supported");
	});
});
