import { describe, expect, it } from "vitest";
import { replayUnsaved } from "../../../src/core/reviewLog/replay";
import type { ReviewEntry } from "../../../src/core/reviewLog/reviewLog";
import type { SelfGrade } from "../../../src/core/schedule/grades";
import { scheduleReview } from "../../../src/core/schedule/scheduler";
import type { LearningState } from "../../../src/core/schedule/learningState";

const PATH = "Backend/q-cache.md";

function entry(at: string, grade: SelfGrade, flags: Partial<Pick<ReviewEntry, "unsaved" | "relearning">> = {}): ReviewEntry {
	return { id: at, at, day: at.slice(0, 10), path: PATH, grade, device: "laptop", ...flags };
}

/** The note as a saved morning grade left it. */
const savedMorning = entry("2026-11-20T09:00:00.000Z", 3);
const noteAfterMorning: LearningState = scheduleReview({ status: "new" }, 3, "2026-11-20");

describe("replayUnsaved: grades the note never took", () => {
	it("replays a grade kept on the same day as the note's last saved review, after it", () => {
		const keptAfternoon = entry("2026-11-20T15:00:00.000Z", 1, { unsaved: true });
		const replayed = replayUnsaved(noteAfterMorning, [savedMorning, keptAfternoon]);
		expect(replayed).toEqual(scheduleReview(noteAfterMorning, 1, "2026-11-20"));
		expect(replayed.lapses).toBe(1);
	});

	it("does not replay a kept grade that a later write already built on", () => {
		const keptMorning = entry("2026-11-20T08:00:00.000Z", 1, { unsaved: true });
		expect(replayUnsaved(noteAfterMorning, [keptMorning, savedMorning])).toEqual(noteAfterMorning);
	});

	it("replays a kept grade of a later day, and ignores one of a day before the note's last review", () => {
		const keptNextDay = entry("2026-11-21T10:00:00.000Z", 4, { unsaved: true });
		expect(replayUnsaved(noteAfterMorning, [keptNextDay])).toEqual(scheduleReview(noteAfterMorning, 4, "2026-11-21"));
		const keptDayBefore = entry("2026-11-19T10:00:00.000Z", 1, { unsaved: true });
		expect(replayUnsaved(noteAfterMorning, [keptDayBefore])).toEqual(noteAfterMorning);
	});

	it("a same-session retry is not a write: it neither hides a kept grade nor is replayed", () => {
		const kept = entry("2026-11-20T15:00:00.000Z", 2, { unsaved: true });
		const retry = entry("2026-11-20T15:05:00.000Z", 3, { relearning: true });
		expect(replayUnsaved(noteAfterMorning, [savedMorning, kept, retry])).toEqual(scheduleReview(noteAfterMorning, 2, "2026-11-20"));
	});
});
