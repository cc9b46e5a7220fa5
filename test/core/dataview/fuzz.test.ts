import { describe, expect, it } from "vitest";
import { NOT_SUPPORTED, parseQuery, runQuery, type DataviewPage } from "../../../src/core/dataview";
import { seededRandom } from "../../support/seededRandom";
import { page } from "./helpers";

const TOKENS = [
	"TABLE", "LIST", "TASK", "CALENDAR", "WITHOUT ID", "FROM", "WHERE", "SORT", "GROUP BY", "LIMIT", "FLATTEN", "AS", "as",
	"ASC", "DESC", "AND", "OR", "and", "or", "!", "-", "+", "*", "/", "%", "=", "!=", "<", ">", "<=", ">=", "&", "|",
	"(", ")", "[", "]", "{", "}", ",", ".", '"', "\\", "//", "\n", " ", "  ", "\t",
	'"50-Backend"', '"a/b"', '""', "#sql", "#topic/backend", "#", "[[q-a]]", "![[q-a]]", "[[q-a|A]]", "csv(\"x\")",
	"file", "file.name", "file.link", "file.path", "file.folder", "file.ctime", "file.mtime", "file.tags", "file.inlinks",
	"rows", "rows.file.link", "length(rows)", "difficulty", "tags", "subtopics", "status", "created", "this", "row", "key",
	"contains(tags, \"sql\")", "contains(", "startswith(", "length(", "lower(", "default(", "choice(", "date(", "dur(",
	"regexmatch(", "frobnicate(", "date(today)", "date(now)", "date(2025-10-03)", "dur(7 days)", "dur(1d 2h)", "(x) =>",
	"null", "true", "false", "0", "1", "-1", "2.5", "1e3", "50", "\"easy\"", "\"Medium\"", "\"a\\\"b\"", "x", "due-date", "é", "🚀", "\u0000",
];

const SEEDS = [
	'TABLE file.link AS "Question", subtopics AS "Subtopics", tags AS "Tags"\nFROM "50-Backend"\nWHERE difficulty = "easy"\nSORT file.name ASC\nLIMIT 50',
	'TABLE difficulty, status\nFROM "50-Backend"\nWHERE contains(tags, "sql") OR contains(tags, "query-optimization") OR contains(file.name, "sql")\nSORT difficulty ASC, file.name ASC',
	'TABLE length(rows) as "Count"\nFROM "50-Backend"\nGROUP BY difficulty\nSORT difficulty ASC',
	"LIST rows.file.link FROM #sql WHERE file.mtime >= date(today) - dur(7 days) GROUP BY status",
];

/** Pages with every kind of value Obsidian can hand over, odd keys included. */
const PAGES: DataviewPage[] = [
	page("50-Backend/q-a.md", { difficulty: "easy", tags: ["sql", "#nosql"], subtopics: "sql", created: "2025-10-03" }),
	page("50-Backend/sub/q-b.md", { difficulty: "Medium", tags: "a, b", status: null, n: 5, due: "2025-13-45" }),
	page("50-Backend/q-c.md", { difficulty: ["level"], meta: { nested: { deep: [1, [2, [3]]] } }, link: "[[q-a]]", length: "7 days" }),
	page("Welcome.md", { "Due Date": "2025-11-01", "__proto__": "p", constructor: 1, file: "x", row: "r", position: { start: 1 } }),
	page("empty.md", {}, { ctime: Number.NaN, mtime: -1 }),
	page("50-Backend/q-d.md", { difficulty: 3, tags: [null, 1, true, ""], subtopics: [[], {}], when: "2025-10-03T10:20:30.123+02:00" }),
];

function randomQuery(next: () => number): string {
	const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const roll = next();
	if (roll < 0.3) {
		// Mutate a real query: delete, insert or replace a few characters.
		let text = pick(SEEDS);
		const edits = 1 + Math.floor(next() * 4);
		for (let edit = 0; edit < edits; edit++) {
			const at = Math.floor(next() * (text.length + 1));
			const insert = next() < 0.5 ? pick(TOKENS) : String.fromCharCode(Math.floor(next() * 0x2fff));
			const remove = Math.floor(next() * 4);
			text = text.slice(0, at) + (next() < 0.7 ? insert : "") + text.slice(at + remove);
		}
		return text;
	}
	// Build from tokens, mostly after a header so the parser gets past the first word.
	const parts = roll < 0.9 ? [pick(["TABLE ", "LIST ", "TABLE WITHOUT ID ", "LIST WITHOUT ID "])] : [];
	const count = 1 + Math.floor(next() * 14);
	for (let index = 0; index < count; index++) {
		parts.push(next() < 0.9 ? pick(TOKENS) : String.fromCharCode(Math.floor(next() * 0xffff)));
		if (next() < 0.6) parts.push(" ");
	}
	return parts.join("");
}

describe("fuzzing the query engine", () => {
	it("parses thousands of random queries without throwing, and runs the ones that parse without throwing", () => {
		const next = seededRandom(20251020);
		let parsedCount = 0;
		const outcomes = new Set<string>();
		for (let round = 0; round < 4000; round++) {
			const source = randomQuery(next);
			const parsed = parseQuery(source);
			if (!parsed.ok) {
				expect(typeof parsed.message, source).toBe("string");
				expect(parsed.position, source).toBeGreaterThanOrEqual(0);
				expect(parsed.position, source).toBeLessThanOrEqual(source.length);
				continue;
			}
			parsedCount++;
			const result = runQuery(parsed.query, PAGES, { today: "2025-10-20", origin: "Welcome.md" });
			outcomes.add(result.type);
			expect(["table", "list", "task", "error", "not-supported"], source).toContain(result.type);
			if (result.type === "not-supported") expect(result.message.startsWith(NOT_SUPPORTED), source).toBe(true);
			if (result.type === "error") expect(result.message, source).not.toMatch(/^Interview Vault could not run/);
			// Results are plain data: they survive JSON.
			expect(() => JSON.stringify(result), source).not.toThrow();
		}
		// Enough of them got through the parser to exercise the evaluator.
		expect(parsedCount).toBeGreaterThan(300);
		expect([...outcomes].sort()).toEqual(expect.arrayContaining(["error", "list", "table"]));
	});

	it("never throws on hostile text: huge input, deep nesting, unbalanced quotes and brackets", () => {
		const hostile = [
			"TABLE " + "a + ".repeat(5000) + "b",
			"LIST WHERE " + "!".repeat(5000) + "x",
			"LIST WHERE " + "[".repeat(3000),
			'LIST FROM "' + "x".repeat(100_000),
			"LIST WHERE " + '"x" * 99999999999',
			"TABLE " + "(".repeat(100_000),
			"LIST FROM " + "-(".repeat(2000) + "#a",
		];
		for (const source of hostile) {
			const parsed = parseQuery(source);
			if (parsed.ok) expect(runQuery(parsed.query, PAGES, { today: "2025-10-20" }).type).toMatch(/table|list|task|error|not-supported/);
		}
	});
});
