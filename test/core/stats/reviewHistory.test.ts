import { describe, expect, it } from "vitest";
import type { ReviewEntry } from "../../../src/core/reviewLog/reviewLog";
import { mondayOf, reviewHistory } from "../../../src/core/stats/reviewHistory";

const TODAY = "2026-11-23"; // a Monday

let nextId = 0;
function entry(day: string, device = "laptop", id = `e${++nextId}`): ReviewEntry {
	return { id, at: `${day}T09:00:00.000Z`, day, path: "q/q-a.md", grade: 4, device };
}

/** 11-10 … 11-12 (three days), a gap on 11-13 and 11-14, then 11-15 … 11-22 (eight days); nothing today. */
function withGap(): ReviewEntry[] {
	const days = ["2026-11-10", "2026-11-11", "2026-11-12", "2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"];
	// Shuffled on purpose: logs from several devices arrive in any order.
	return [...days].reverse().map((day) => entry(day));
}

describe("reviewHistory", () => {
	it("counts the streak up to yesterday while nothing is logged today yet", () => {
		const history = reviewHistory(withGap(), TODAY);
		expect(history).toMatchObject({ streak: 8, longestStreak: 8, reviewsToday: 0, totalReviews: 11 });
	});

	it("extends the streak with a review today, and breaks it after a day without one", () => {
		expect(reviewHistory([...withGap(), entry(TODAY)], TODAY)).toMatchObject({ streak: 9, longestStreak: 9, reviewsToday: 1 });
		expect(reviewHistory(withGap(), "2026-11-24").streak).toBe(0);
		expect(reviewHistory(withGap(), "2026-11-24").longestStreak).toBe(8);
	});

	it("keeps the longest streak when it lies before a gap", () => {
		const early = ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05"].map((day) => entry(day));
		expect(reviewHistory([...early, entry("2026-11-22")], TODAY)).toMatchObject({ streak: 1, longestStreak: 5 });
	});

	it("merges devices: the same grade logged by two devices is two reviews; a duplicated line is one", () => {
		const laptop = entry(TODAY, "laptop");
		const phone = entry(TODAY, "phone");
		const history = reviewHistory([laptop, phone, { ...laptop }], TODAY);
		expect(history).toMatchObject({ reviewsToday: 2, totalReviews: 2, streak: 1 });
		expect(history.heatmap.at(-1)).toEqual({ day: TODAY, count: 2 });
	});

	it("uses the learner's day, not the UTC day of the instant", () => {
		const lateEvening = { ...entry("2026-11-22"), at: "2026-11-23T02:30:00.000Z" };
		expect(reviewHistory([lateEvening], TODAY)).toMatchObject({ reviewsToday: 0, streak: 1 });
	});

	it("lays the heatmap out in whole weeks from a Monday, ending today", () => {
		// Today is a Monday: 15 full weeks before this one, plus today.
		const monday = reviewHistory(withGap(), TODAY).heatmap;
		expect(monday).toHaveLength(15 * 7 + 1);
		expect(monday[0]?.day).toBe("2026-08-10");
		expect(monday.at(-1)?.day).toBe(TODAY);
		expect(monday.find((cell) => cell.day === "2026-11-15")).toEqual({ day: "2026-11-15", count: 1 });
		expect(monday.find((cell) => cell.day === "2026-11-13")).toEqual({ day: "2026-11-13", count: 0 });

		// On a Sunday the grid is exactly weeks × 7 days.
		const sunday = reviewHistory([], "2026-11-29").heatmap;
		expect(sunday).toHaveLength(16 * 7);
		expect(sunday[0]?.day).toBe("2026-08-10");

		const wednesday = reviewHistory([], "2026-11-25", 4).heatmap;
		expect(wednesday).toHaveLength(3 * 7 + 3);
		expect(wednesday[0]?.day).toBe("2026-11-02");
	});

	it("lists the heatmap oldest first, one cell per day, each a Monday every seventh cell", () => {
		const { heatmap } = reviewHistory([], TODAY);
		heatmap.forEach((cell, i) => {
			if (i % 7 === 0) expect(mondayOf(cell.day)).toBe(cell.day);
			if (i > 0) expect(cell.day > (heatmap[i - 1]?.day ?? "")).toBe(true);
		});
	});

	it("ignores reviews after today in the heatmap but still counts them in the total", () => {
		const history = reviewHistory([entry("2026-11-24")], TODAY);
		expect(history.heatmap.every((cell) => cell.count === 0)).toBe(true);
		expect(history.totalReviews).toBe(1);
	});

	it("finds Mondays across a month and a year boundary", () => {
		expect(mondayOf("2026-11-01")).toBe("2026-10-26");
		expect(mondayOf("2027-01-01")).toBe("2026-12-28");
		expect(mondayOf("2026-11-23")).toBe("2026-11-23");
	});
});
