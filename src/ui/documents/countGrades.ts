import { gradePatch } from "../../app/mock/countInSchedule";
import type { SelfGrade } from "../../core/schedule/grades";
import { localDay } from "../../core/schedule/days";
import type { NoteWrites } from "../../core/write/NoteWrites";
import type { ReviewLogStore } from "../../obsidian/ReviewLogStore";
import type { InterviewVaultSettings } from "../../settings/settings";

/** Counting a mock score in the schedule: the note writer's one frontmatter write and a review-log line, as a quiz grade has. */
export function countInScheduleWiring(writes: NoteWrites, reviewLog: ReviewLogStore, settings: () => InterviewVaultSettings): (path: string, grade: SelfGrade) => Promise<void> {
	return async (path, grade) => {
		const now = Date.now();
		const today = localDay(new Date(now));
		await writes.patchFrontmatter(path, gradePatch(grade, settings(), today));
		await reviewLog.append({ id: `${reviewLog.device}-mock-${now.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`, at: new Date(now).toISOString(), day: today, path, grade, device: reviewLog.device });
	};
}
