import type { QuestionIndex } from "../index/QuestionIndex";
import type { Question } from "../question/Question";
import { planForVault, type PlanSettings } from "../plan/planForVault";
import type { StudyPlan } from "../plan/studyPlan";
import type { ReviewEntry } from "../reviewLog/reviewLog";
import { buildDashboardStats, type DashboardStats } from "../stats/dashboardStats";
import { interviewDayFor, interviewReadiness, type InterviewReadiness } from "../stats/interviewReadiness";
import { measuredRetention, type MeasuredRetention } from "../stats/retention";
import { reviewHistory, type ReviewHistory } from "../stats/reviewHistory";

/** Everything the dashboard shows and `interview-vault stats --json` prints: one function, so they agree. */
export interface DashboardData {
	stats: DashboardStats;
	history: ReviewHistory;
	interview: InterviewReadiness | null;
	/** The day-by-day plan to the interview day, when there is one. */
	plan: StudyPlan | null;
	/** Reviews graded 3+ after an interval, against the desired retention. */
	retention: MeasuredRetention;
	/** Lines of the review log that could not be read. */
	logProblems: number;
}

export interface DashboardInput {
	today: string;
	hireThreshold: number;
	criticalSubtopics: readonly string[];
	/** The interview day from the settings (`YYYY-MM-DD`), or empty. */
	interviewDate: string;
	/** The MOC in focus (the active note's), whose readiness and interview date are shown. */
	activeMocPath?: string;
	log: { entries: readonly ReviewEntry[]; problems: number };
	/** The settings' scheduling group (FSRS, the daily review limit, the plan). */
	scheduling: PlanSettings & { reviewsPerDay: number };
	/** The study guide's "Week N: …" lines, from the settings or its note; empty for none. */
	studyGuide: string;
	/**
	 * Leave the plan out (null): it is the one costly part (a day-by-day simulation of the whole
	 * scope), so the sidebar computes it apart with dashboardPlan, after a pause in the grading.
	 */
	withoutPlan?: boolean;
}

export function buildDashboardData(index: QuestionIndex, input: DashboardInput): DashboardData {
	const stats = buildDashboardStats(index, {
		today: input.today,
		threshold: input.hireThreshold,
		criticalSubtopics: input.criticalSubtopics,
		activeMocPath: input.activeMocPath,
		reviewsPerDay: input.scheduling.reviewsPerDay,
	});
	const { day, scope } = interviewScope(index, input);
	return {
		stats,
		history: reviewHistory(input.log.entries, input.today),
		interview: day === undefined ? null : interviewReadiness(scope, day, input.today, input.scheduling),
		plan: input.withoutPlan ? null : dashboardPlan(index, input),
		retention: measuredRetention(input.log.entries, (path) => index.question(path), input.scheduling.desiredRetention),
		logProblems: input.log.problems,
	};
}

/** The interview day in force (the settings', else the active MOC's) and the questions it is about. */
function interviewScope(index: QuestionIndex, input: DashboardInput): { day: string | undefined; scope: readonly Question[] } {
	const moc = input.activeMocPath === undefined ? undefined : index.moc(input.activeMocPath);
	const day = interviewDayFor(input.interviewDate || undefined, moc);
	return { day, scope: moc ? index.questionsOfMoc(moc.path) : index.questions() };
}

/** The day-by-day plan to the interview day, when there is one still ahead. */
export function dashboardPlan(index: QuestionIndex, input: DashboardInput): StudyPlan | null {
	const { day, scope } = interviewScope(index, input);
	if (day === undefined || day <= input.today) return null;
	return planForVault(index, { scope, today: input.today, interviewDay: day, settings: input.scheduling, log: input.log.entries, studyGuide: input.studyGuide });
}
