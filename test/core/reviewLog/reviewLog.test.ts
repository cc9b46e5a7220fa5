import { describe, expect, it } from "vitest";
import { appendEntry, formatEntry, logHeader, parseLog, removeEntry, type ReviewEntry } from "../../../src/core/reviewLog/reviewLog";

const entry = (id: string, grade: 1 | 2 | 3 | 4 | 5): ReviewEntry => ({
	id, at: "2026-11-23T09:00:00.000Z", day: "2026-11-23", path: "q/q-a.md", grade, secondsToReveal: 7, device: "laptop",
});

describe("the review log", () => {
	it("reads back what it wrote", () => {
		const text = logHeader("laptop") + formatEntry(entry("1", 4)) + formatEntry(entry("2", 2));
		expect(parseLog(text, "log.md")).toEqual({ entries: [entry("1", 4), entry("2", 2)], problems: [] });
	});

	it("skips and reports a corrupt line while the rest loads", () => {
		const text = `${logHeader("laptop")}${formatEntry(entry("1", 4))}{"id": "2", "grade": 9}\nnot json at all\n${formatEntry(entry("3", 5))}`;
		const { entries, problems } = parseLog(text, "log.md");
		expect(entries.map((e) => e.id)).toEqual(["1", "3"]);
		expect(problems).toEqual([
			{ file: "log.md", line: 3, message: "not a review log entry; skipped" },
			{ file: "log.md", line: 4, message: "not a review log entry; skipped" },
		]);
	});

	it("removes exactly one entry on undo", () => {
		const text = logHeader("laptop") + formatEntry(entry("1", 4)) + formatEntry(entry("2", 2));
		expect(removeEntry(text, "2")).toBe(logHeader("laptop") + formatEntry(entry("1", 4)));
	});

	it("appends on a new line after a partial last line, which is kept and reported once", () => {
		const cut = `${logHeader("laptop")}${formatEntry(entry("1", 4))}{"id":"2","at":"2026-11-2`;
		const text = appendEntry(appendEntry(cut, entry("3", 5)), entry("4", 2));
		const { entries, problems } = parseLog(text, "log.md");
		expect(entries.map((e) => e.id)).toEqual(["1", "3", "4"]);
		expect(problems).toEqual([{ file: "log.md", line: 3, message: "not a review log entry; skipped" }]);
		expect(text.split("\n")).toContain('{"id":"2","at":"2026-11-2');
		expect(removeEntry(text, "3")).toBe(appendEntry(cut, entry("4", 2)));
	});

	it("appends to a whole log or an empty one without a blank line", () => {
		expect(appendEntry(formatEntry(entry("1", 4)), entry("2", 3))).toBe(formatEntry(entry("1", 4)) + formatEntry(entry("2", 3)));
		expect(appendEntry("", entry("1", 4))).toBe(formatEntry(entry("1", 4)));
	});
});
