import { describe, expect, it } from "vitest";
import { cellText } from "../../../src/core/dataview";
import { errorOf, fileNames, page, run, table, textRows, NOON } from "./helpers";

/** Evaluates one expression per page: `TABLE WITHOUT ID <expr>` gives one cell per page, in page order. */
function values(expression: string, pages = [page("a.md")]): unknown[] {
	return table(`TABLE WITHOUT ID ${expression}`, pages).rows.map((row) => row[0]);
}

const one = (expression: string, frontmatter: Record<string, unknown> = {}): unknown => values(expression, [page("a.md", frontmatter)])[0];

describe("contains()", () => {
	it("on a list checks each element as a substring, so `sql` also matches `nosql`", () => {
		const pages = [page("sql.md", { tags: ["sql", "join"] }), page("nosql.md", { tags: ["nosql"] }), page("other.md", { tags: ["graph"] })];
		expect(fileNames('TABLE WHERE contains(tags, "sql")', pages)).toEqual(["sql", "nosql"]);
	});

	it("on a string is a substring check, case-sensitive; contains(file.name, …) works on the name", () => {
		expect(one('contains("PostgreSQL", "SQL")')).toBe(true);
		expect(one('contains("PostgreSQL", "sql")')).toBe(false);
		expect(values('contains(file.name, "sql")', [page("50/q-sql-joins.md"), page("50/q-indexes.md")])).toEqual([true, false]);
	});

	it("on null is false (null = \"x\"), on a number compares with =, on nested lists recurses", () => {
		expect(one('contains(missing, "x")')).toBe(false);
		expect(one("contains(n, 3)", { n: 3 })).toBe(true);
		expect(one('contains(n, "3")', { n: 3 })).toBe(false);
		expect(one('contains(nested, "de")', { nested: [["abc"], ["xdex"]] })).toBe(true);
	});

	it("on an object checks for a key", () => {
		expect(one('contains(meta, "a")', { meta: { a: 1 } })).toBe(true);
		expect(one('contains(meta, "b")', { meta: { a: 1 } })).toBe(false);
	});

	it("maps over a list of needles and returns the list of answers (truthy when not empty)", () => {
		expect(one('contains(tags, ["sql", "graph"])', { tags: ["nosql"] })).toEqual([true, false]);
		expect(fileNames('TABLE WHERE contains(tags, ["graph"])', [page("a.md", { tags: ["sql"] })])).toEqual(["a"]);
	});

	it("icontains ignores case; econtains wants an equal element", () => {
		expect(one('icontains(tags, "SQL")', { tags: ["nosql"] })).toBe(true);
		expect(one('econtains(tags, "sql")', { tags: ["nosql"] })).toBe(false);
		expect(one('econtains(tags, "sql")', { tags: ["nosql", "sql"] })).toBe(true);
	});
});

describe("startswith(), endswith(), length(), lower(), default(), choice()", () => {
	it("startswith and endswith test strings, give null on null, and map over lists", () => {
		expect(one('startswith(file.name, "q-")')).toBe(false);
		expect(values('startswith(file.name, "q-")', [page("q-a.md")])).toEqual([true]);
		expect(one('endswith(title, "?")', { title: "Why?" })).toBe(true);
		expect(one('startswith(missing, "x")')).toBe(null);
		expect(one('startswith(tags, "s")', { tags: ["sql", "graph"] })).toEqual([true, false]);
	});

	it("length counts list items, string characters and object keys; null has length 0", () => {
		expect(one("length(tags)", { tags: ["a", "b", "c"] })).toBe(3);
		expect(one("length(title)", { title: "abcd" })).toBe(4);
		expect(one("length(meta)", { meta: { a: 1, b: 2 } })).toBe(2);
		expect(one("length(missing)")).toBe(0);
	});

	it("length of a number is an error: the row is dropped, and when every row fails the query reports it", () => {
		const pages = [page("a.md", { x: 5 }), page("b.md", { x: "five" })];
		expect(fileNames("TABLE WHERE length(x) > 1", pages)).toEqual(["b"]);
		expect(errorOf("TABLE WHERE length(x) > 1", [pages[0] ?? page("a.md")])).toMatch(
			/^Every row during operation 'where' failed with an error; first 1:\n\n- No implementation of 'length' found for arguments: number/,
		);
	});

	it("lower, upper, default and choice", () => {
		expect(one("lower(difficulty)", { difficulty: "Medium" })).toBe("medium");
		expect(one("upper(tags)", { tags: ["a", "b"] })).toEqual(["A", "B"]);
		expect(one('default(difficulty, "unknown")')).toBe("unknown");
		expect(one('default(tags, "none")', { tags: ["a", null] })).toEqual(["a", "none"]);
		expect(one('choice(done, "yes", "no")', { done: false })).toBe("no");
	});
});

describe("comparisons", () => {
	it("= between strings is case-sensitive: `Medium` is not `medium`", () => {
		const pages = [page("a.md", { difficulty: "medium" }), page("b.md", { difficulty: "Medium" }), page("c.md", {})];
		expect(fileNames('TABLE WHERE difficulty = "medium"', pages)).toEqual(["a"]);
	});

	it("a missing field is null: null = null, and null != \"easy\" lets pages without the field through", () => {
		const pages = [page("a.md", { difficulty: "easy" }), page("b.md", {})];
		expect(fileNames('TABLE WHERE difficulty != "easy"', pages)).toEqual(["b"]);
		expect(fileNames("TABLE WHERE difficulty = null", pages)).toEqual(["b"]);
		expect(fileNames("TABLE WHERE !difficulty", pages)).toEqual(["b"]);
	});

	it("null is smaller than everything, and other types order by their type's name (number < string)", () => {
		expect(one("missing < 0")).toBe(true);
		expect(one('999 < "0"')).toBe(true);
		expect(one('tags < "a"', { tags: ["z"] })).toBe(true);
		expect(one("2 < 10")).toBe(true);
		expect(one('"2" < "10"')).toBe(false);
	});

	it("compares frontmatter dates (text in Obsidian, dates in Dataview) with date literals and date(today)", () => {
		const pages = [page("old.md", { created: "2025-01-15" }), page("new.md", { created: "2025-10-18" }), page("text.md", { created: "soon" })];
		// "soon" stays text, and text is greater than any date (the type name "string" > "date").
		expect(fileNames("TABLE WHERE created >= date(2025-10-01)", pages)).toEqual(["new", "text"]);
		expect(fileNames("TABLE WHERE created >= date(today) - dur(7 days)", pages)).toEqual(["new", "text"]);
		expect(fileNames("TABLE WHERE created < date(today)", pages)).toEqual(["old", "new"]);
	});

	it("file.mtime >= date(today) - dur(7 days) selects the recently changed notes", () => {
		const day = 86_400_000;
		const pages = [page("fresh.md", {}, { mtime: NOON - 2 * day }), page("stale.md", {}, { mtime: NOON - 30 * day })];
		expect(fileNames("TABLE WHERE file.mtime >= date(today) - dur(7 days)", pages)).toEqual(["fresh"]);
	});

	it("durations keep their units, as luxon: dur(7 days) is neither equal to nor smaller than dur(1 week)", () => {
		expect(one("dur(7 days) = dur(1 week)")).toBe(false);
		expect(one("dur(7 days) < dur(1 week)")).toBe(false);
		expect(one("dur(6 days) < dur(1 week)")).toBe(true);
		expect(one("dur(2 days) = dur(48 h)")).toBe(false);
	});

	it("links compare by the note they point to, whatever their display text", () => {
		const pages = [page("notes/a.md", { next: "[[b|Bee]]" }), page("notes/b.md")];
		expect(values("next = [[b]]", pages)).toEqual([true, false]);
		expect(values("next = [[notes/b.md]]", pages)).toEqual([true, false]);
	});
});

describe("and / or / !", () => {
	it("evaluates `a OR b AND c` as `(a OR b) AND c`, left to right", () => {
		const pages = [page("p.md", { x: 1, y: 0, z: 0 })];
		// With the usual precedence this would be x = 1 OR (…) → true; Dataview says false.
		expect(fileNames("TABLE WHERE x = 1 OR y = 1 AND z = 1", pages)).toEqual([]);
		expect(fileNames("TABLE WHERE x = 1 OR (y = 1 AND z = 1)", pages)).toEqual(["p"]);
	});

	it("evaluates both sides: an error on the right fails the row even when the left is false", () => {
		expect(errorOf("TABLE WHERE false AND length(5) = 1", [page("a.md")])).toMatch(/No implementation of 'length'/);
	});

	it("! negates truthiness: empty strings and lists, 0 and null are false", () => {
		expect(values("!x", [page("a.md", { x: "" }), page("b.md", { x: [] }), page("c.md", { x: 0 }), page("d.md", { x: "no" })])).toEqual([true, true, true, false]);
	});
});

describe("arithmetic and dates", () => {
	it("follows Dataview's operator table", () => {
		expect(one("1 + 2 * 3")).toBe(7);
		expect(one("7 % 4 - 1")).toBe(2);
		expect(one('"a" + 1')).toBe("a1");
		expect(one('1 + "a"')).toBe("1a");
		expect(one('"ab" * 2')).toBe("abab");
		expect(one('missing + "x"')).toBe("\\-x");
		expect(one("[1] + [2]")).toEqual([1, 2]);
		expect(one("missing + missing")).toBe(null);
	});

	it("has no number - null: that is a row error", () => {
		expect(errorOf("TABLE WHERE 1 - missing", [page("a.md")])).toMatch(/No implementation found for 'number - null'/);
	});

	it("adds calendar months as luxon (31 January + 1 month = 28 February) and subtracts dates into durations", () => {
		expect(one("date(2025-01-31) + dur(1 month)")).toEqual({ kind: "date", value: "2025-02-28" });
		expect(one("date(2025-03-01) - dur(1 d)")).toEqual({ kind: "date", value: "2025-02-28" });
		expect(one("date(2025-03-10) - date(2025-03-01)")).toEqual({ kind: "duration", units: { weeks: 1, days: 2 } });
		expect(one("date(today)")).toEqual({ kind: "date", value: "2025-10-20" });
		expect(one("date(yesterday)")).toEqual({ kind: "date", value: "2025-10-19" });
		expect(one("date(sow)")).toEqual({ kind: "date", value: "2025-10-20" });
		expect(one("date(eom)")).toEqual({ kind: "date", value: "2025-10-31", time: "23:59:59" });
	});

	it("reads date parts by index and date() / dur() from text", () => {
		expect(one("created.year + created.month", { created: "2025-10-03" })).toBe(2035);
		expect(one("date(created)", { created: "2025-10-03" })).toEqual({ kind: "date", value: "2025-10-03" });
		expect(one('date("not a date")')).toBe(null);
		expect(values("date(file.name)", [page("daily/2025-10-03.md")])).toEqual([{ kind: "date", value: "2025-10-03" }]);
		expect(one('dur("2 hours")')).toEqual({ kind: "duration", units: { hours: 2 } });
	});
});

describe("fields", () => {
	it("reaches a key with capitals under its own name and Dataview's lower-cased name, but not in other cases", () => {
		expect(one("Difficulty", { Difficulty: "hard" })).toBe("hard");
		expect(one("difficulty", { Difficulty: "hard" })).toBe("hard");
		expect(one("DIFFICULTY", { Difficulty: "hard" })).toBe(null);
	});

	it("reaches a key with spaces as `due-date` and as row[\"Due Date\"]", () => {
		expect(one("due-date", { "Due Date": "2025-11-01" })).toEqual({ kind: "date", value: "2025-11-01" });
		expect(one('row["Due Date"]', { "Due Date": "x" })).toBe("x");
	});

	it("gives a normalized name shared by two keys the list of both values, and lets each key keep its own", () => {
		expect(one("status", { Status: "a", STATUS: "b" })).toEqual(["a", "b"]);
		expect(one("Status", { Status: "a", STATUS: "b" })).toBe("a");
	});

	it("never lets a `file` property hide file.*", () => {
		expect(values("file.name", [page("x/n.md", { file: "other" })])).toEqual(["n"]);
	});

	it("fills file.name, path, folder, ext, link, tags (with parents) and frontmatter", () => {
		const pages = [page("50-Backend/sub/q-x.md", { tags: ["sql", "#difficulty/hard"], created: "2025-10-03" })];
		expect(textRows("TABLE WITHOUT ID file.name, file.path, file.folder, file.ext, file.link", pages)).toEqual([
			["q-x", "50-Backend/sub/q-x.md", "50-Backend/sub", "md", "q-x"],
		]);
		expect(values("file.tags", pages)).toEqual([["#sql", "#difficulty/hard", "#difficulty"]]);
		expect(values("file.etags", pages)).toEqual([["#sql", "#difficulty/hard"]]);
		// file.frontmatter is the properties as written: the date stays text there.
		expect(values("file.frontmatter.created", pages)).toEqual(["2025-10-03"]);
	});

	it("reads file.ctime and file.mtime as dates with a time, file.cday as the day", () => {
		const ctime = new Date(2025, 9, 3, 14, 5).getTime();
		expect(values("file.ctime", [page("a.md", {}, { ctime })])).toEqual([{ kind: "date", value: "2025-10-03", time: "14:05:00" }]);
		expect(values("file.cday", [page("a.md", {}, { ctime })])).toEqual([{ kind: "date", value: "2025-10-03" }]);
	});

	it("maps a name over a list (rows.file.name) and indexes lists, strings and links", () => {
		const pages = [page("a.md", { list: ["x", "y"], next: "[[b]]" }), page("b.md", { title: "Bee" })];
		expect(values("list[1]", pages)).toEqual(["y", null]);
		expect(values("file.name[0]", pages)).toEqual(["a", "b"]);
		expect(values("next.title", pages)).toEqual(["Bee", null]);
		// A name looked up in a list of strings: each string fails to be indexed by name and is skipped.
		expect(values("[file.name, file.path].length", pages)).toEqual([[], []]);
	});

	it("resolves `this` to the note holding the query when the context names it", () => {
		const pages = [page("moc.md", { topic: "db" }), page("a.md", { topic: "db" }), page("b.md", { topic: "ui" })];
		const query = "TABLE WHERE topic = this.topic AND file.path != this.file.path";
		const result = run(query, pages, "moc.md");
		expect(result.type === "table" && result.rows.map((row) => cellText(row[0] ?? null))).toEqual(["a"]);
		// Without it, `this` is an empty object (Dataview's fallback): this.topic is null.
		expect(fileNames(query, pages)).toEqual([]);
	});
});
