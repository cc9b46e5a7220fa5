import { describe, expect, it } from "vitest";
import { compactPage, pageRecord, pageSource, type DataviewPage } from "../../../src/core/dataview/pageData";
import { isObject, type Value } from "../../../src/core/dataview/values";
import { NOON, textRows } from "./helpers";

const TEXT = ["---", "tags: [a]", "---", "# Answer", "rating:: 4", "- [ ] Draw it [[q-b]]", "    - plain #sub", "- [x] Done ✅ 2025-01-02", "", "See [[q-b]]."].join("\n");
const page = (text = TEXT): DataviewPage => ({ path: "q-a.md", frontmatter: { tags: ["a"] }, ctime: NOON, mtime: NOON, text });
const context = { resolve: (target: string) => (target === "q-b" ? "q-b.md" : undefined), inlinks: () => [] };

function fileFields(record: ReturnType<typeof pageRecord>): ReadonlyMap<string, Value> {
	const file = record.data.fields.get("file") ?? null;
	if (!isObject(file)) throw new Error("no file object");
	return file.fields;
}

/** Plain data, so values built lazily and eagerly compare as what they hold. */
function plain(value: unknown): unknown {
	if (value instanceof Map) return [...(value as Map<unknown, unknown>)].map(([key, item]) => [key, plain(item)]);
	if (Array.isArray(value)) return (value as unknown[]).map(plain);
	if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
	return value;
}

describe("a page record's file object", () => {
	it("gives the same lists and tasks whether they are read first by name or by going over the fields", () => {
		const byName = fileFields(pageRecord(pageSource(page()), context));
		const lists = byName.get("lists");
		const tasks = byName.get("tasks");
		const walked = new Map([...fileFields(pageRecord(pageSource(page()), context))]);
		expect(plain(lists)).toEqual(plain(walked.get("lists")));
		expect(plain(tasks)).toEqual(plain(walked.get("tasks")));
		expect(Array.isArray(lists) ? lists.length : 0).toBe(3);
		expect(Array.isArray(tasks) ? tasks.length : 0).toBe(2);
	});

	it("keeps Dataview's order of keys, with lists and tasks in their place before they are built", () => {
		const fields = fileFields(pageRecord(pageSource(page()), context));
		expect(fields.has("lists")).toBe(true);
		expect([...fields.keys()].slice(8, 12)).toEqual(["aliases", "lists", "tasks", "ctime"]);
	});

	it("is the same for a page kept without its text (body data read once) as for the page with it", () => {
		const kept = compactPage(page());
		expect(kept.text).toBeUndefined();
		expect(kept.size).toBe(Buffer.byteLength(TEXT));
		expect(plain(pageRecord(pageSource(kept), context).data)).toEqual(plain(pageRecord(pageSource(page()), context).data));
		const query = "TABLE rating, file.size, length(file.tasks), file.outlinks FROM #a";
		expect(textRows(query, [kept])).toEqual(textRows(query, [page()]));
	});

	it("reads the body on first use when asked to, with the same answers as reading it at once", () => {
		const later = compactPage(page(), "first-use");
		const now = compactPage(page(), "now");
		expect(later.text).toBeUndefined();
		const query = "TABLE rating, file.size, file.lists.text, file.tags FROM #a";
		expect(textRows(query, [later])).toEqual(textRows(query, [now]));
		expect(plain(later.body)).toEqual(plain(now.body));
		expect(later.size).toBe(now.size);
	});

	it("keeps no body data for a note whose body holds no field, tag, link or list, and takes the size it is given", () => {
		const kept = compactPage({ ...page("# Just prose\n\nNothing to see."), size: 999 });
		expect(kept.body).toBeUndefined();
		expect(textRows("TABLE file.size, length(file.lists)", [kept])).toEqual([["q-a", "999", "0"]]);
	});
});
