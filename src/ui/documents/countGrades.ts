import { TFile, type App } from "obsidian";
import { gradePatch } from "../../app/mock/countInSchedule";
import type { SelfGrade } from "../../core/schedule/grades";
import { localDay } from "../../core/schedule/days";
import { FrontmatterWriter } from "../../obsidian/FrontmatterWriter";
import type { ReviewLogStore } from "../../obsidian/ReviewLogStore";
import type { InterviewVaultSettings } from "../../settings/settings";

/** Counting a mock score in the schedule: the note writer's one frontmatter write and a review-log line, as a quiz grade has. */
export function countInScheduleWiring(app: App, reviewLog: ReviewLogStore, settings: () => InterviewVaultSettings): (path: string, grade: SelfGrade) => Promise<void> {
	const writer = new FrontmatterWriter(app.vault);
	return async (path, grade) => {
		const file = app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) throw new Error(`${path} no longer exists`);
		const now = Date.now();
		const today = localDay(new Date(now));
		await writer.write(file, gradePatch(grade, settings(), today));
		await reviewLog.append({ id: `${reviewLog.device}-mock-${now.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`, at: new Date(now).toISOString(), day: today, path, grade, device: reviewLog.device });
	};
}
