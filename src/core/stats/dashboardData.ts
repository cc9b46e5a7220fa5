import type { QuestionIndex } from "../index/QuestionIndex";
import type { ReviewEntry } from "../reviewLog/reviewLog";
import { buildDashboardStats, type DashboardStats } from "./dashboardStats";
import { interviewDayFor, interviewReadiness, type InterviewReadiness } from "./interviewReadiness";
import { reviewHistory, type ReviewHistory } from "./reviewHistory";

/** Everything the dashboard shows and `interview-vault stats --json` prints: one function, so they agree. */
export interface DashboardData {
	stats: DashboardStats;
	history: ReviewHistory;
	interview: InterviewReadiness | null;
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
}

export function buildDashboardData(index: QuestionIndex, input: DashboardInput): DashboardData {
	const stats = buildDashboardStats(index, {
		today: input.today,
		threshold: input.hireThreshold,
		criticalSubtopics: input.criticalSubtopics,
		activeMocPath: input.activeMocPath,
	});
	const moc = input.activeMocPath === undefined ? undefined : index.moc(input.activeMocPath);
	const day = interviewDayFor(input.interviewDate || undefined, moc);
	const scope = moc ? index.questionsOfMoc(moc.path) : index.questions();
	return {
		stats,
		history: reviewHistory(input.log.entries, input.today),
		interview: day === undefined ? null : interviewReadiness(scope, day, input.today),
		logProblems: input.log.problems,
	};
}
