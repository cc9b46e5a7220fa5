import { compareText } from "../index/QuestionIndex";
import type { Moc, Question } from "../question/Question";
import { isNew } from "../question/progress";
import { daysBetween, isDay } from "../schedule/days";
import { DEFAULT_SCHEDULE, retrievability, type ScheduleOptions } from "../schedule/scheduler";

/** How many at-risk questions the dashboard lists. */
export const AT_RISK_LIMIT = 10;

export interface AtRiskQuestion {
	path: string;
	title: string;
	/** Probability of recall on the interview day, 0–1. */
	retrievability: number;
}

export interface InterviewReadiness {
	interviewDay: string;
	/** Days from today to the interview; 0 on the day, negative once it has passed. */
	daysLeft: number;
	/**
	 * Mean FSRS retrievability over the whole scope on the interview day, 0–1; null for an
	 * empty scope. Never-graded questions count as 0: nothing learned, nothing recalled.
	 */
	expectedRecall: number | null;
	graded: number;
	total: number;
	/** Graded questions least likely to be recalled that day, lowest first. */
	atRisk: AtRiskQuestion[];
}

/**
 * Expected recall on the interview day if the learner stopped reviewing now. Once the day has
 * passed there is no future to project, so recall is taken on `today` instead.
 */
export function interviewReadiness(questions: readonly Question[], interviewDay: string, today: string, schedule: ScheduleOptions = DEFAULT_SCHEDULE): InterviewReadiness {
	const day = interviewDay > today ? interviewDay : today;
	const graded = questions.filter((q) => !isNew(q)).map((q) => ({ path: q.path, title: q.title, retrievability: round(retrievability(q.learning, day, schedule)) }));
	const sum = graded.reduce((total, q) => total + q.retrievability, 0);
	return {
		interviewDay,
		daysLeft: daysBetween(today, interviewDay),
		expectedRecall: questions.length === 0 ? null : round(sum / questions.length),
		graded: graded.length,
		total: questions.length,
		atRisk: graded.sort((a, b) => a.retrievability - b.retrievability || compareText(a.path, b.path)).slice(0, AT_RISK_LIMIT),
	};
}

/** The MOC's own `interview_date` wins over the setting: a MOC aims at one particular interview. */
export function interviewDayFor(settingsDate: string | undefined, moc?: Moc): string | undefined {
	if (isDay(moc?.interviewDate)) return moc.interviewDate;
	const setting = settingsDate?.trim();
	return isDay(setting) ? setting : undefined;
}

/** Four decimals: enough for a percentage, and the sidebar and the CLI print the same digits. */
function round(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}
