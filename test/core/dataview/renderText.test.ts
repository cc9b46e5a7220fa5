import { describe, expect, it } from "vitest";
import { cellText, listItemText } from "../../../src/core/dataview";
import { link, page, textRows } from "./helpers";

describe("cellText", () => {
	it("prints null as -, a link as its file name (or display text), numbers and booleans as written", () => {
		expect(cellText(null)).toBe("-");
		expect(cellText(link("50-Backend/q-a--backend--easy.md"))).toBe("q-a--backend--easy");
		expect(cellText({ kind: "link", path: "a.md", display: "Alpha" })).toBe("Alpha");
		expect(cellText(3.5)).toBe("3.5");
		expect(cellText(false)).toBe("false");
		expect(cellText("plain")).toBe("plain");
	});

	it("joins a list with \", \" and puts nested lists in brackets; an empty list is empty", () => {
		expect(cellText(["sql", "join"])).toBe("sql, join");
		expect(cellText([link("a.md"), null, ["x", "y"]])).toBe("a, -, [x, y]");
		expect(cellText([])).toBe("");
	});

	it("prints dates in Dataview's default formats, and durations as luxon's toHuman", () => {
		expect(cellText({ kind: "date", value: "2025-10-03" })).toBe("October 03, 2025");
		expect(cellText({ kind: "date", value: "2025-10-03", time: "14:05:00" })).toBe("2:05 PM - October 03, 2025");
		expect(cellText({ kind: "date", value: "2025-10-03", time: "00:30:00" })).toBe("12:30 AM - October 03, 2025");
		expect(cellText({ kind: "duration", units: { days: 7 } })).toBe("1 week");
		expect(cellText({ kind: "duration", units: { days: 2, hours: 3 } })).toBe("2 days, 3 hours");
		expect(cellText({ kind: "duration", units: { minutes: 1 } })).toBe("1 minute");
	});

	it("prints objects as { key: value }", () => {
		expect(cellText({ kind: "object", entries: [["a", 1], ["b", ["x"]]] })).toBe("{ a: 1, b: [x] }");
	});

	it("prints a whole row of a query", () => {
		const pages = [page("q/a.md", { tags: ["sql", "join"], created: "2025-10-03", due: null })];
		expect(textRows("TABLE tags, created, due, dur(36 hours) AS d", pages)).toEqual([["a", "sql, join", "October 03, 2025", "-", "1 day, 12 hours"]]);
	});
});

describe("listItemText", () => {
	it("prints a link, a value, or both as Dataview's list pair", () => {
		expect(listItemText({ id: link("a.md") })).toBe("a");
		expect(listItemText({ value: ["x", "y"] })).toBe("x, y");
		expect(listItemText({ id: "easy", value: 2 })).toBe("easy: 2");
	});
});
