import { learningKeys, readLearningState } from "../../core/question/learningState";
import type { SelfGrade } from "../../core/schedule/grades";
import { scheduleReview } from "../../core/schedule/scheduler";
import type { FrontmatterPatch } from "../../core/write/frontmatterPatch";
import { learningPatch } from "../../core/write/learningPatch";
import type { InterviewVaultSettings } from "../../settings/settings";

/**
 * The patch that counts a mock score as a quiz grade, built from the note's properties as they are
 * when written (the note writer passes them in), the same way the quiz schedules a grade.
 */
export function gradePatch(grade: SelfGrade, settings: InterviewVaultSettings, today: string): (properties: Readonly<Record<string, unknown>>) => FrontmatterPatch {
	const keys = learningKeys(settings.propertyPrefix, settings.statusKey || undefined);
	return (properties) => learningPatch(scheduleReview(readLearningState(properties, keys), grade, today), keys, properties).patch;
}
