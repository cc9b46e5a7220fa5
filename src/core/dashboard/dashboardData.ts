import type { QuestionIndex } from "../index/QuestionIndex";
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
}

export function buildDashboardData(index: QuestionIndex, input: DashboardInput): DashboardData {
	const stats = buildDashboardStats(index, {
		today: input.today,
		threshold: input.hireThreshold,
		criticalSubtopics: input.criticalSubtopics,
		activeMocPath: input.activeMocPath,
		reviewsPerDay: input.scheduling.reviewsPerDay,
	});
	const moc = input.activeMocPath === undefined ? undefined : index.moc(input.activeMocPath);
	const day = interviewDayFor(input.interviewDate || undefined, moc);
	const scope = moc ? index.questionsOfMoc(moc.path) : index.questions();
	return {
		stats,
		history: reviewHistory(input.log.entries, input.today),
		interview: day === undefined ? null : interviewReadiness(scope, day, input.today, input.scheduling),
		plan: day === undefined || day <= input.today
			? null
			: planForVault(index, { scope, today: input.today, interviewDay: day, settings: input.scheduling, log: input.log.entries, studyGuide: input.studyGuide }),
		retention: measuredRetention(input.log.entries, (path) => index.question(path), input.scheduling.desiredRetention),
		logProblems: input.log.problems,
	};
}
