import { expect } from "vitest";
import { cellText, parseQuery, runQuery, type Cell, type DataviewPage, type QueryResult, type TableResult } from "../../../src/core/dataview";

/** Noon UTC on 2025-10-20: the same calendar day in every time zone from UTC-11 to UTC+11. */
export const NOON = Date.UTC(2025, 9, 20, 12);
export const TODAY = "2025-10-20";

export function page(path: string, frontmatter: Record<string, unknown> = {}, times: Partial<Pick<DataviewPage, "ctime" | "mtime">> = {}): DataviewPage {
	return { path, frontmatter, ctime: times.ctime ?? NOON, mtime: times.mtime ?? NOON };
}

export function run(query: string, pages: readonly DataviewPage[], origin?: string): QueryResult {
	const parsed = parseQuery(query);
	if (!parsed.ok) throw new Error(`parse error: ${parsed.message}`);
	return runQuery(parsed.query, pages, origin === undefined ? { today: TODAY } : { today: TODAY, origin });
}

export function table(query: string, pages: readonly DataviewPage[]): TableResult {
	const result = run(query, pages);
	if (result.type !== "table") throw new Error(`expected a table, got ${JSON.stringify(result)}`);
	return result;
}

/** The rows as text, cell by cell, as Dataview would print them. */
export function textRows(query: string, pages: readonly DataviewPage[]): string[][] {
	return table(query, pages).rows.map((row) => row.map(cellText));
}

/** The file names of a TABLE's first column, in order. */
export function fileNames(query: string, pages: readonly DataviewPage[]): string[] {
	return table(query, pages).rows.map((row) => cellText(row[0] ?? null));
}

export function errorOf(query: string, pages: readonly DataviewPage[]): string {
	const result = run(query, pages);
	expect(result.type).toBe("error");
	return result.type === "error" ? result.message : "";
}

export function link(path: string, display = path.replace(/^.*\//, "").replace(/\.md$/, "")): Cell {
	return { kind: "link", path, display };
}
