import { compareText, type QuestionIndex } from "../index/QuestionIndex";
import { DIFFICULTIES } from "../question/difficulty";
import type { Question } from "../question/Question";
import { isDue, isHeld } from "../question/progress";
import { pathLevel } from "../moc/studyPaths";
import { addDays } from "../schedule/days";
import { CRITICAL_THRESHOLD, readiness, type Readiness } from "./readiness";

/** Days the due forecast covers, today included. */
export const FORECAST_DAYS = 14;
/** How many weak subtopics the dashboard lists. */
export const WEAKEST_LIMIT = 5;

export interface DashboardOptions {
	/** The learner's `YYYY-MM-DD` day: passed in, so the sidebar and the CLI agree on it. */
	today: string;
	/** The hire threshold for averages (3.5 by default). */
	threshold: number;
	/** Role-critical subtopics, held to CRITICAL_THRESHOLD instead. */
	criticalSubtopics: readonly string[];
	/** The MOC of the active note (a path or a name); its readiness is shown beside the vault's. */
	activeMocPath?: string;
	/** The daily review limit; 0 or absent means none. */
	reviewsPerDay?: number;
}

/** A stacked bar: the learning statuses of one group of questions. */
export interface StatusRow {
	key: string;
	new: number;
	learning: number;
	review: number;
	mastered: number;
	total: number;
}

export interface MocReadiness extends Readiness {
	moc: string;
	mocTitle: string;
}

export interface ForecastDay {
	day: string;
	/** Reviews this day holds, within the daily limit. */
	due: number;
	/** Reviews over the limit that day, carried to the next days in due order. */
	carried: number;
}

export interface WeakSubtopic {
	subtopic: string;
	/** Average latest grade of the graded questions only. */
	average: number;
	graded: number;
	total: number;
	/** The bar this subtopic is held to: the threshold, or CRITICAL_THRESHOLD when role-critical. */
	target: number;
	critical: boolean;
}

export interface StudyPathProgress {
	/** The MOC's path. */
	moc: string;
	mocTitle: string;
	/** The study path's heading text. */
	path: string;
	mastered: number;
	/** Questions the path links to that exist (dangling links are not counted). */
	total: number;
	/** 0 beginner, 1 intermediate, 2 advanced (see pathLevel). */
	level: number;
}

/**
 * Everything the sidebar dashboard shows that the index alone can tell, as plain data:
 * `interview-vault stats --json` prints this same object, so both show identical numbers.
 * Absent values are `null`, not `undefined`, so the JSON keeps every key.
 */
export interface DashboardStats {
	today: string;
	readiness: { vault: Readiness; moc: MocReadiness | null };
	status: { overall: StatusRow; byDifficulty: StatusRow[]; byTopic: StatusRow[]; bySubtopic: StatusRow[] };
	due: { today: number; forecast: ForecastDay[]; limit: number; suspended: number; buried: number };
	weakestSubtopics: WeakSubtopic[];
	studyPaths: StudyPathProgress[];
	/** Questions kept without properties: Obsidian cannot read their frontmatter. */
	withoutProperties: number;
}

export function buildDashboardStats(index: QuestionIndex, options: DashboardOptions): DashboardStats {
	const questions = index.questions();
	return {
		today: options.today,
		readiness: { vault: readiness(questions, options.threshold), moc: mocReadiness(index, options) },
		status: {
			overall: statusRow("all", questions),
			byDifficulty: difficultyRows(questions),
			byTopic: topicRows(questions),
			bySubtopic: subtopicRows(questions),
		},
		withoutProperties: questions.filter((question) => question.propertiesUnreadable !== undefined).length,
		due: dueForecast(questions, options.today, options.reviewsPerDay ?? 0),
		weakestSubtopics: weakestSubtopics(questions, options),
		studyPaths: studyPathProgress(index),
	};
}

function mocReadiness(index: QuestionIndex, options: DashboardOptions): MocReadiness | null {
	if (options.activeMocPath === undefined) return null;
	const moc = index.moc(options.activeMocPath);
	if (!moc) return null;
	return { moc: moc.path, mocTitle: moc.title, ...readiness(index.questionsOfMoc(moc.path), options.threshold) };
}

export function statusRow(key: string, questions: readonly Question[]): StatusRow {
	const row: StatusRow = { key, new: 0, learning: 0, review: 0, mastered: 0, total: questions.length };
	for (const question of questions) row[question.learning.status]++;
	return row;
}

/** Easy, medium, hard always (a bar of zeros still says something); "unknown" only when some question has no difficulty. */
function difficultyRows(questions: readonly Question[]): StatusRow[] {
	const rows = DIFFICULTIES.map((difficulty) => statusRow(difficulty, questions.filter((q) => q.difficulty === difficulty)));
	const unknown = questions.filter((q) => q.difficulty === undefined);
	return unknown.length > 0 ? [...rows, statusRow("unknown", unknown)] : rows;
}

/** Key of the topic row for questions without a topic; it comes last. */
export const NO_TOPIC = "(no topic)";

/** Largest topics first, ties by name; the questions without a topic last, as one row. */
function topicRows(questions: readonly Question[]): StatusRow[] {
	const groups = new Map<string, Question[]>();
	for (const question of questions) {
		const key = question.topic ?? NO_TOPIC;
		const members = groups.get(key);
		if (members) members.push(question);
		else groups.set(key, [question]);
	}
	return [...groups]
		.map(([topic, members]) => statusRow(topic, members))
		.sort((a, b) => Number(a.key === NO_TOPIC) - Number(b.key === NO_TOPIC) || b.total - a.total || compareText(a.key, b.key));
}

/** Largest subtopics first, ties by name, so the bars read the same on every machine. Questions without a subtopic have no row. */
function subtopicRows(questions: readonly Question[]): StatusRow[] {
	return [...groupBySubtopic(questions)]
		.map(([subtopic, members]) => statusRow(subtopic, members))
		.sort((a, b) => b.total - a.total || compareText(a.key, b.key));
}

function groupBySubtopic(questions: readonly Question[]): Map<string, Question[]> {
	const groups = new Map<string, Question[]>();
	for (const question of questions) {
		for (const subtopic of question.subtopics) {
			const members = groups.get(subtopic);
			if (members) members.push(question);
			else groups.set(subtopic, [question]);
		}
	}
	return groups;
}

/**
 * Due today uses the quiz's own rule (isDue), so the number matches the session the learner
 * then starts. Overdue questions, and learned ones with no due date, land on today; a buried
 * one on the day its burial ends; a suspended one nowhere. With a daily limit, what a day
 * cannot hold is carried to the next days in due order, as the quiz does.
 */
export function dueForecast(questions: readonly Question[], today: string, reviewsPerDay = 0): DashboardStats["due"] {
	const days = Array.from({ length: FORECAST_DAYS }, (_, offset) => addDays(today, offset));
	const counts = new Map(days.map((day) => [day, 0]));
	for (const question of questions) {
		const day = forecastDay(question, today);
		if (day !== undefined && counts.has(day)) counts.set(day, (counts.get(day) ?? 0) + 1);
	}
	let carried = 0;
	const forecast = days.map((day) => {
		const waiting = carried + (counts.get(day) ?? 0);
		const due = reviewsPerDay > 0 ? Math.min(waiting, reviewsPerDay) : waiting;
		carried = waiting - due;
		return { day, due, carried };
	});
	const held = questions.filter((q) => isHeld(q, today));
	return {
		today: forecast[0]?.due ?? 0,
		forecast,
		limit: reviewsPerDay,
		suspended: held.filter((q) => q.learning.hold?.kind === "suspended").length,
		buried: held.filter((q) => q.learning.hold?.kind === "buried").length,
	};
}

function forecastDay(question: Question, today: string): string | undefined {
	const { hold, due, reviewed } = question.learning;
	if (reviewed === undefined || hold?.kind === "suspended") return undefined;
	if (isHeld(question, today) && hold?.kind === "buried") return due !== undefined && due > hold.until ? due : hold.until;
	return isDue(question, today) ? today : due;
}

/**
 * Subtopics with at least one graded question, lowest average first; ties by name in the same
 * order as weakestSubtopic(), so the first row is the subtopic the "weakest" quiz drills.
 */
export function weakestSubtopics(questions: readonly Question[], options: Pick<DashboardOptions, "threshold" | "criticalSubtopics">): WeakSubtopic[] {
	const critical = new Set(options.criticalSubtopics.map((name) => name.trim().toLowerCase()));
	const rows: WeakSubtopic[] = [];
	for (const [subtopic, members] of groupBySubtopic(questions)) {
		const { average, graded, total } = readiness(members, options.threshold);
		if (average === null) continue;
		const isCritical = critical.has(subtopic.toLowerCase());
		rows.push({ subtopic, average, graded, total, target: isCritical ? CRITICAL_THRESHOLD : options.threshold, critical: isCritical });
	}
	return rows.sort((a, b) => a.average - b.average || a.subtopic.localeCompare(b.subtopic)).slice(0, WEAKEST_LIMIT);
}

/** Every MOC (by path), every study path in the order the MOC writes them. */
function studyPathProgress(index: QuestionIndex): StudyPathProgress[] {
	return index.mocs().flatMap((moc) =>
		moc.studyPaths.map((path) => {
			const { questions } = index.studyPathQuestions(path);
			return {
				moc: moc.path,
				mocTitle: moc.title,
				path: path.name,
				mastered: questions.filter((q) => q.learning.status === "mastered").length,
				total: questions.length,
				level: pathLevel(path),
			};
		}),
	);
}
