import { describe, expect, it } from "vitest";
import { parseQuery, runQuery } from "../../../src/core/dataview";
import { errorOf, fileNames, link, page, run, table, textRows } from "./helpers";

describe("FROM", () => {
	const pages = [
		page("50-Backend/q-a.md", { tags: ["sql"] }),
		page("50-Backend/sub/q-b.md", { tags: "#topic/backend, Caching" }),
		page("50-Backend-Old/q-c.md", { tags: ["#SQL"] }),
		page("Welcome.md"),
	];

	it("takes a folder with its subfolders, but not a folder that only starts with the same name", () => {
		expect(fileNames('TABLE FROM "50-Backend"', pages)).toEqual(["q-a", "q-b"]);
		// Dataview looks the folder up by its exact path: with a trailing slash it finds none (as the oracle shows).
		expect(fileNames('TABLE FROM "50-Backend/"', pages)).toEqual([]);
		expect(fileNames('TABLE FROM "50-backend"', pages)).toEqual([]);
	});

	it("takes one note when the string names a note, not a folder", () => {
		expect(fileNames('TABLE FROM "50-Backend/q-a"', pages)).toEqual(["q-a"]);
		expect(fileNames('TABLE FROM "Welcome.md"', pages)).toEqual(["Welcome"]);
	});

	it("matches tags with or without #, in any case, nested tags under their parent, tags written as text", () => {
		expect(fileNames("TABLE FROM #sql", pages)).toEqual(["q-a", "q-c"]);
		expect(fileNames("TABLE FROM #topic", pages)).toEqual(["q-b"]);
		expect(fileNames("TABLE FROM #caching", pages)).toEqual(["q-b"]);
		expect(fileNames("TABLE FROM #topic/back", pages)).toEqual([]);
	});

	it("joins sources with AND / OR, negation and parentheses; no FROM means every note", () => {
		expect(fileNames('TABLE FROM "50-Backend" AND #sql', pages)).toEqual(["q-a"]);
		expect(fileNames('TABLE FROM "50-Backend" OR #sql', pages)).toEqual(["q-a", "q-b", "q-c"]);
		expect(fileNames('TABLE FROM -"50-Backend"', pages)).toEqual(["q-c", "Welcome"]);
		expect(fileNames('TABLE FROM #sql AND -("50-Backend-Old" OR #nothing)', pages)).toEqual(["q-a"]);
		expect(fileNames("TABLE", pages)).toEqual(["q-a", "q-b", "q-c", "Welcome"]);
	});
});

describe("SORT", () => {
	it("orders strings as Dataview's localeCompare: alphabetical, so easy < hard < medium, and medium < Medium", () => {
		const pages = ["medium", "Medium", "hard", "easy"].map((difficulty, index) => page(`${index}.md`, { difficulty }));
		expect(textRows("TABLE WITHOUT ID difficulty SORT difficulty ASC", pages)).toEqual([["easy"], ["hard"], ["medium"], ["Medium"]]);
		expect(textRows("TABLE WITHOUT ID difficulty SORT difficulty DESC", pages)).toEqual([["Medium"], ["medium"], ["hard"], ["easy"]]);
	});

	it("is not code-unit order: apple < Banana < cherry", () => {
		const pages = ["cherry", "Banana", "apple"].map((name) => page(`${name}.md`));
		expect(fileNames("TABLE WITHOUT ID file.name SORT file.name", pages)).toEqual(["apple", "Banana", "cherry"]);
	});

	it("puts null first ascending and last descending, lists before strings, numbers numerically", () => {
		const pages = [page("s.md", { x: "easy" }), page("n.md"), page("l.md", { x: ["level"] }), page("ten.md", { x: 10 }), page("two.md", { x: 2 })];
		expect(fileNames("TABLE WITHOUT ID file.name SORT x", pages)).toEqual(["n", "l", "two", "ten", "s"]);
		expect(fileNames("TABLE WITHOUT ID file.name SORT x DESC", pages)).toEqual(["s", "ten", "two", "l", "n"]);
	});

	it("sorts on several keys, and keeps the input order of rows equal on every key (stable)", () => {
		const pages = [page("b1.md", { d: "b", k: 1 }), page("a2.md", { d: "a", k: 2 }), page("b0.md", { d: "b", k: 0 }), page("a2bis.md", { d: "a", k: 2 })];
		expect(fileNames("TABLE WITHOUT ID file.name SORT d ASC, k DESC", pages)).toEqual(["a2", "a2bis", "b1", "b0"]);
		expect(fileNames("TABLE WITHOUT ID file.name SORT d", pages)).toEqual(["a2", "a2bis", "b1", "b0"]);
	});
});

describe("LIMIT", () => {
	const pages = ["c", "a", "d", "b"].map((name) => page(`${name}.md`));

	it("applies where it is written: after SORT it keeps the first rows of the sorted list", () => {
		expect(fileNames("TABLE WITHOUT ID file.name SORT file.name LIMIT 2", pages)).toEqual(["a", "b"]);
		expect(fileNames("TABLE LIMIT 2 SORT file.name", pages)).toEqual(["a", "c"]);
	});

	it("slices as JavaScript does: 2.5 keeps 2, -1 drops the last row", () => {
		expect(fileNames("TABLE LIMIT 2.5", pages)).toEqual(["c", "a"]);
		expect(fileNames("TABLE LIMIT -1", pages)).toEqual(["c", "a", "d"]);
	});

	it("must be a number", () => {
		expect(errorOf('TABLE LIMIT "5"', pages)).toBe("Failed to execute 'limit' statement: limit should be a number, but got 'string' (5)");
		expect(errorOf("TABLE LIMIT file.name", pages)).toBe("Failed to execute 'limit' statement: limit should be a number, but got 'null' (null)");
	});
});

describe("GROUP BY", () => {
	const pages = [
		page("q/a.md", { difficulty: "hard" }),
		page("q/b.md", { difficulty: "easy" }),
		page("q/c.md"),
		page("q/d.md", { difficulty: "easy" }),
	];

	it("makes one row per key, sorted by key, with the key column named after the grouped field", () => {
		const result = table('TABLE length(rows) AS "Count" FROM "q" GROUP BY difficulty', pages);
		expect(result.headers).toEqual(["difficulty", "Count"]);
		expect(result.rows).toEqual([
			[null, 1],
			["easy", 2],
			["hard", 1],
		]);
		expect(result.groups).toEqual([
			{ key: null, rows: [link("q/c.md")] },
			{ key: "easy", rows: [link("q/b.md"), link("q/d.md")] },
			{ key: "hard", rows: [link("q/a.md")] },
		]);
	});

	it("then sorts groups by the key under the field's name, or by anything computed from rows", () => {
		expect(textRows("TABLE length(rows) GROUP BY difficulty SORT difficulty DESC", pages)).toEqual([["hard", "1"], ["easy", "2"], ["-", "1"]]);
		expect(textRows("TABLE length(rows) GROUP BY difficulty SORT length(rows) DESC, key ASC", pages)).toEqual([["easy", "2"], ["-", "1"], ["hard", "1"]]);
	});

	it("gives rows.file.link, a name with AS, and WHERE on groups", () => {
		const result = table('TABLE rows.file.link AS "Notes" GROUP BY difficulty AS level WHERE length(rows) > 1', pages);
		expect(result.headers).toEqual(["level", "Notes"]);
		expect(result.rows).toEqual([["easy", [link("q/b.md"), link("q/d.md")]]]);
	});

	it("lists group keys with LIST, and key: value pairs with LIST <expression>", () => {
		expect(run("LIST GROUP BY difficulty", pages)).toMatchObject({ type: "list", items: [{ id: null }, { id: "easy" }, { id: "hard" }] });
		const pairs = run("LIST length(rows) GROUP BY difficulty", pages);
		expect(pairs.type === "list" && pairs.items).toEqual([
			{ id: null, value: 1 },
			{ id: "easy", value: 2 },
			{ id: "hard", value: 1 },
		]);
	});
});

describe("TABLE and LIST results", () => {
	const pages = [page("n/a.md", { difficulty: "easy", x: 1 }), page("n/b.md", { difficulty: "hard", x: "one" })];

	it("puts the File link column first, unless WITHOUT ID", () => {
		expect(table("TABLE difficulty", pages)).toEqual({ type: "table", headers: ["File", "difficulty"], rows: [[link("n/a.md"), "easy"], [link("n/b.md"), "hard"]] });
		expect(table("TABLE WITHOUT ID difficulty AS D", pages)).toEqual({ type: "table", headers: ["D"], rows: [["easy"], ["hard"]] });
	});

	it("drops the rows where a column fails, and keeps the others", () => {
		expect(fileNames("TABLE length(x)", pages)).toEqual(["b"]);
	});

	it("fills two columns of one name from the last one, as Dataview's record of columns", () => {
		expect(table("TABLE difficulty AS v, x AS v", pages).rows).toEqual([[link("n/a.md"), 1, 1], [link("n/b.md"), "one", "one"]]);
	});

	it("gives LIST links, LIST <expression> link: value pairs, LIST WITHOUT ID the values", () => {
		expect(run("LIST", pages)).toEqual({ type: "list", items: [{ id: link("n/a.md") }, { id: link("n/b.md") }] });
		expect(run("LIST difficulty", pages)).toEqual({ type: "list", items: [{ id: link("n/a.md"), value: "easy" }, { id: link("n/b.md"), value: "hard" }] });
		expect(run("LIST WITHOUT ID difficulty", pages)).toEqual({ type: "list", items: [{ value: "easy" }, { value: "hard" }] });
	});

	it("reports a bad `today` instead of throwing", () => {
		const parsed = parseQuery("LIST");
		expect(parsed.ok && runQuery(parsed.query, pages, { today: "tomorrow" })).toEqual({ type: "error", message: "today must be a date as YYYY-MM-DD, not 'tomorrow'" });
	});
});

describe("page records across runs", () => {
	it("sees a page's new frontmatter once the page's frontmatter object is replaced", () => {
		const note = { path: "a.md", frontmatter: { difficulty: "easy" } as Record<string, unknown>, ctime: 0, mtime: 0 };
		expect(textRows("TABLE difficulty", [note])).toEqual([["a", "easy"]]);
		note.frontmatter = { difficulty: "hard" };
		expect(textRows("TABLE difficulty", [note])).toEqual([["a", "hard"]]);
	});
});
