import { describe, expect, it } from "vitest";
import { learningKeys, readLearningState } from "../../../src/core/question/learningState";
import { isDay } from "../../../src/core/schedule/days";

describe("isDay", () => {
	it("accepts real calendar days, leap days included", () => {
		expect(["2026-02-28", "2024-02-29", "2026-12-31", "2026-04-30"].filter(isDay)).toHaveLength(4);
	});

	it("refuses days that do not exist, which Date would roll over into the next month", () => {
		expect(["2026-02-30", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"].filter(isDay)).toEqual([]);
	});

	it("a note due on 2026-02-30 has no due day, instead of one in March", () => {
		const state = readLearningState({ quiz_due: "2026-02-30", quiz_reviewed: "2026-02-31", quiz_grade: 4 }, learningKeys("quiz_"));
		expect(state.due).toBeUndefined();
		expect(state.reviewed).toBeUndefined();
	});
});
