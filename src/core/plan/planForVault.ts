import type { QuestionIndex } from "../index/QuestionIndex";
import type { Question } from "../question/Question";
import { studyPathRanks } from "../quiz/studyOrder";
import type { ReviewEntry } from "../reviewLog/reviewLog";
import type { ScheduleOptions } from "../schedule/scheduler";
import { parseStudyGuide, resolveStudyGuide } from "./studyGuide";
import { buildStudyPlan, type StudyPlan } from "./studyPlan";

/** What the plan takes from the settings' scheduling group. */
export interface PlanSettings extends ScheduleOptions {
	reviewOnlyDays: number;
	targetRecall: number;
}

export interface VaultPlanInput {
	scope: readonly Question[];
	today: string;
	interviewDay: string;
	settings: PlanSettings;
	log: readonly ReviewEntry[];
	/** The study guide's text ("Week 1: …" lines), from the settings or a note; empty for none. */
	studyGuide: string;
}

/** The plan as the dashboard and `interview-vault plan` show it: one function, so they agree. */
export function planForVault(index: QuestionIndex, input: VaultPlanInput): StudyPlan {
	const weeks = resolveStudyGuide(parseStudyGuide(input.studyGuide), index, input.scope);
	return buildStudyPlan(input.scope, {
		today: input.today,
		interviewDay: input.interviewDay,
		reviewOnlyDays: input.settings.reviewOnlyDays,
		targetRecall: input.settings.targetRecall,
		schedule: input.settings,
		ranks: studyPathRanks(index),
		firstGraded: firstGradedDays(input.log),
		weeks,
	});
}

/** The first day each question was graded, across every device's log. */
export function firstGradedDays(log: readonly ReviewEntry[]): Map<string, string> {
	const first = new Map<string, string>();
	for (const entry of log) {
		const known = first.get(entry.path);
		if (known === undefined || entry.day < known) first.set(entry.path, entry.day);
	}
	return first;
}
