import { describe, expect, it } from "vitest";
import { learningKeys } from "../../../src/core/question/learningState";
import { learningPatch, restoringPatch } from "../../../src/core/write/learningPatch";

const STATE = { status: "review" as const, grade: 4, reviewed: "2026-11-23", due: "2026-12-01", stability: 8.2, memoryDifficulty: 5.1, reps: 2, lapses: 0 };

describe("learningPatch", () => {
	it("writes every learning property under the prefix", () => {
		expect(learningPatch(STATE, learningKeys("quiz_"), {}).patch).toEqual({
			quiz_status: "review", quiz_grade: 4, quiz_reviewed: "2026-11-23", quiz_due: "2026-12-01",
			quiz_stability: 8.2, quiz_difficulty: 5.1, quiz_reps: 2, quiz_lapses: 0,
		});
	});

	it("leaves a status property holding someone else's value alone, and says so", () => {
		const result = learningPatch(STATE, learningKeys("quiz_", "status"), { status: "draft" });
		expect(result.keptForeignStatus).toBe("draft");
		expect(result.patch).not.toHaveProperty("status");
		expect(learningPatch(STATE, learningKeys("quiz_", "status"), { status: "learning" }).patch).toHaveProperty("status", "review");
	});
});

describe("restoringPatch", () => {
	it("gives back the previous values and removes the properties that were absent", () => {
		const { patch } = learningPatch(STATE, learningKeys("quiz_"), {});
		expect(restoringPatch(patch, { quiz_status: "learning", quiz_grade: 2, title: "x" })).toEqual({
			quiz_status: "learning", quiz_grade: 2, quiz_reviewed: null, quiz_due: null,
			quiz_stability: null, quiz_difficulty: null, quiz_reps: null, quiz_lapses: null,
		});
	});
});
