import { LEARNING_STATUSES } from "../../core/schedule/learningState";
import type { DashboardData } from "../../core/dashboard/dashboardData";
import type { DashboardStats, StatusRow } from "../../core/stats/dashboardStats";
import type { InterviewReadiness } from "../../core/stats/interviewReadiness";
import type { Readiness } from "../../core/stats/readiness";
import type { MeasuredRetention, RetentionRow } from "../../core/stats/retention";
import type { ReviewHistory } from "../../core/stats/reviewHistory";
import { plural } from "../../core/text/plural";
import { noteLink } from "../noteLink";
import { renderPlan, type PlanActions } from "./renderPlan";

export interface DashboardActions extends PlanActions {
	drillSubtopic(subtopic: string): void;
	quizStudyPath(moc: string, path: string): void;
	openQuestion: (path: string, split: boolean) => void;
	/** Starts today's session: what is due, then the new questions the daily limit allows. */
	startToday(): void;
}

/** What today's session holds, beside what the index tells: the new questions the daily limit still allows. */
export interface TodayCounts {
	/** New questions today's session may still introduce (the daily limit minus those already seen, at most those left). */
	newAvailable: number;
	/** The daily limit of new questions. */
	newPerDay: number;
}

/** Subtopic bars shown before "Show all": the largest ones. */
export const SUBTOPICS_SHOWN = 10;

/**
 * The most useful first, so a 360-px sidebar shows it without scrolling: readiness, today's
 * session, the forecast; then the history, the weak spots, the study paths, the interview day;
 * the progress bars last. `title` gives a question's title for its path (the plan lists paths).
 */
export function renderDashboard(
	container: HTMLElement, data: DashboardData, actions: DashboardActions, title: (path: string) => string = (path) => path,
	today: TodayCounts = { newAvailable: 0, newPerDay: 0 },
): void {
	container.empty();
	container.addClass("interview-vault-dashboard");
	renderReadiness(section(container, "Readiness"), data.stats);
	renderToday(section(container, "Today", "interview-vault-today"), data.stats, today, actions);
	renderForecast(section(container, "Next 14 days"), data.stats);
	renderHistory(section(container, "Reviews"), data.history, data.logProblems);
	renderRetention(section(container, "Retention"), data.retention);
	renderWeakest(section(container, "Weakest subtopics"), data.stats, actions);
	renderStudyPaths(section(container, "Study paths"), data.stats, actions);
	if (data.plan) renderPlan(section(container, "Plan to the interview"), data.plan, title, actions);
	if (data.interview) renderInterview(section(container, "Interview day"), data.interview, actions);
	const progress = section(container, "Progress");
	renderUnreadable(progress, data.stats.withoutProperties);
	renderStatus(progress, data.stats);
}

/** Counted like every question, and said once: some have properties Obsidian cannot read. */
function renderUnreadable(box: HTMLElement, count: number): void {
	if (count === 0) return;
	const subject = count === 1 ? "1 question has" : `${count} questions have`;
	box.createDiv({
		cls: "interview-vault-unreadable-count",
		text: `⚠ ${subject} properties Obsidian cannot read: counted here, quizzed, never written until repaired (Check vault).`,
	});
}

export function section(container: HTMLElement, title: string, cls = ""): HTMLElement {
	const box = container.createDiv({ cls: `interview-vault-dashboard-section ${cls}`.trim() });
	box.createEl("h4", { text: title });
	return box;
}

export function renderReadiness(box: HTMLElement, stats: DashboardStats): void {
	readinessLine(box, "All questions", stats.readiness.vault);
	if (stats.readiness.moc) readinessLine(box, stats.readiness.moc.mocTitle, stats.readiness.moc);
}

function readinessLine(box: HTMLElement, label: string, readiness: Readiness): void {
	const line = box.createDiv({ cls: `interview-vault-readiness ${readiness.ready ? "is-ready" : "is-not-ready"}` });
	line.createDiv({ cls: "interview-vault-readiness-label", text: label });
	line.createDiv({ cls: "interview-vault-readiness-average", text: readinessText(readiness) });
	line.createDiv({
		cls: "interview-vault-readiness-coverage",
		text: `${readiness.graded} of ${readiness.total} graded (${Math.round(readiness.coverage * 100)}%)`,
	});
}

/** "No grades yet.", or the average against the bar and whether it is met: one sentence, never two run together. */
export function readinessText(readiness: Readiness): string {
	if (readiness.average === null) return "No grades yet.";
	return `${readiness.average.toFixed(2)} / ${readiness.threshold}: ${readiness.ready ? "ready" : "not ready yet"}.`;
}

/**
 * Difficulty, topic and subtopic, each bar as long as its group is large (against the largest of
 * its list) with its count; the subtopics as the largest ten, the rest behind "Show all".
 */
export function renderStatus(box: HTMLElement, stats: DashboardStats): void {
	legend(box);
	stackedBar(box, "All", stats.status.overall, stats.status.overall.total);
	barList(box, "By difficulty", stats.status.byDifficulty);
	barList(box, "By topic", stats.status.byTopic);
	const subtopics = stats.status.bySubtopic;
	barList(box, "By subtopic", subtopics.slice(0, SUBTOPICS_SHOWN), largest(subtopics));
	if (subtopics.length > SUBTOPICS_SHOWN) {
		const rest = box.createEl("details", { cls: "interview-vault-bar-more" });
		rest.createEl("summary", { text: `Show all ${subtopics.length} subtopics` });
		// Drawn when opened: hundreds of rows cost nothing until asked for.
		rest.addEventListener("toggle", () => {
			if (rest.open && rest.childElementCount === 1) {
				for (const row of subtopics.slice(SUBTOPICS_SHOWN)) stackedBar(rest, row.key, row, largest(subtopics));
			}
		});
	}
}

function largest(rows: readonly StatusRow[]): number {
	return Math.max(1, ...rows.map((row) => row.total));
}

function barList(box: HTMLElement, heading: string, rows: readonly StatusRow[], most = largest(rows)): void {
	if (rows.length === 0) return;
	box.createEl("h5", { text: heading });
	for (const row of rows) stackedBar(box, row.key, row, most);
}

function legend(box: HTMLElement): void {
	const legend = box.createDiv({ cls: "interview-vault-legend" });
	for (const status of LEARNING_STATUSES) legend.createSpan({ cls: `interview-vault-legend-item is-${status}`, text: status });
}

/**
 * A bar per row, as long as the row is large against `most`: segments sized by share, each with
 * its number as text so colour is never the only signal. The label wraps rather than being cut,
 * and carries its full text on hover.
 */
function stackedBar(box: HTMLElement, label: string, row: StatusRow, most: number): void {
	const line = box.createDiv({ cls: "interview-vault-bar-row" });
	line.createSpan({ cls: "interview-vault-bar-label", text: label, attr: { title: `${label}: ${plural(row.total, "question")}` } });
	const track = line.createDiv({ cls: "interview-vault-bar-track" });
	const bar = track.createDiv({
		cls: "interview-vault-bar",
		attr: { role: "img", "aria-label": `${label}: ${LEARNING_STATUSES.map((s) => `${row[s]} ${s}`).join(", ")}` },
	});
	for (const status of LEARNING_STATUSES) {
		if (row[status] === 0) continue;
		const segment = bar.createDiv({ cls: `interview-vault-bar-segment is-${status}`, text: String(row[status]), attr: { title: `${row[status]} ${status}` } });
		segment.setCssProps({ "--interview-vault-share": String(row[status] / Math.max(1, row.total)) });
	}
	bar.setCssProps({ "--interview-vault-size": String(row.total / Math.max(1, most)) });
	line.createSpan({ cls: "interview-vault-bar-total", text: String(row.total) });
}

/** Today's session: what is due now, the new questions it may add, and the button that starts it. */
export function renderToday(box: HTMLElement, stats: DashboardStats, today: TodayCounts, actions: DashboardActions): void {
	const { limit, suspended, buried } = stats.due;
	const due = stats.due.today;
	const waiting = stats.due.forecast[0]?.carried ?? 0;
	box.createDiv({ cls: "interview-vault-today-due", text: due === 0 ? "Nothing due now." : `${plural(due, "question")} due now.` });
	const fresh = today.newAvailable === 0
		? `No new question left for today (at most ${today.newPerDay} a day).`
		: `${plural(today.newAvailable, "new question")} available today (at most ${today.newPerDay} a day).`;
	box.createDiv({ cls: "interview-vault-today-new", text: fresh });
	if (limit > 0) {
		box.createDiv({ cls: "interview-vault-due-limit", text: `At most ${limit} reviews a day${waiting > 0 ? `: ${waiting} more wait for the next days, oldest due first.` : "."}` });
	}
	if (suspended + buried > 0) {
		box.createDiv({ cls: "interview-vault-held", text: `${suspended} suspended · ${buried} buried until tomorrow or later` });
	}
	const session = Math.min(due, limit > 0 ? limit : due) + today.newAvailable;
	const start = box.createEl("button", {
		cls: "mod-cta",
		text: session === 0 ? "Nothing to study today" : `Start today's session (${plural(session, "question")})`,
	});
	start.disabled = session === 0;
	start.addEventListener("click", () => actions.startToday());
}

/** The reviews each of the next 14 days holds, today first. */
export function renderForecast(box: HTMLElement, stats: DashboardStats): void {
	const most = Math.max(1, ...stats.due.forecast.map((day) => day.due));
	const chart = box.createDiv({ cls: "interview-vault-forecast", attr: { role: "img", "aria-label": "Questions due in the next 14 days" } });
	for (const day of stats.due.forecast) {
		const carried = day.carried > 0 ? `, ${day.carried} carried to the next days` : "";
		const column = chart.createDiv({ cls: "interview-vault-forecast-day", attr: { title: `${day.day}: ${day.due} due${carried}` } });
		column.createDiv({ cls: "interview-vault-forecast-count", text: day.due > 0 ? String(day.due) : "" });
		column.createDiv({ cls: "interview-vault-forecast-bar" }).setCssProps({ "--interview-vault-share": String(day.due / most) });
		column.createDiv({ cls: "interview-vault-forecast-label", text: day.day.slice(8) });
	}
}

export function renderHistory(box: HTMLElement, history: ReviewHistory, logProblems: number): void {
	box.createDiv({
		cls: "interview-vault-streak",
		text: `Streak: ${history.streak} day${history.streak === 1 ? "" : "s"} (longest ${history.longestStreak}) · ${history.reviewsToday} today · ${history.totalReviews} in all`,
	});
	const most = Math.max(1, ...history.heatmap.map((day) => day.count));
	const activeDays = history.heatmap.filter((day) => day.count > 0).length;
	const reviews = history.heatmap.reduce((sum, day) => sum + day.count, 0);
	const grid = box.createDiv({
		cls: "interview-vault-heatmap",
		attr: { role: "img", "aria-label": `Reviews per day over the last 16 weeks: ${reviews} reviews on ${activeDays} days` },
	});
	for (const day of history.heatmap) {
		const level = day.count === 0 ? 0 : Math.ceil((day.count / most) * 4);
		grid.createDiv({ cls: `interview-vault-heatmap-day is-level-${level}`, attr: { title: `${day.day}: ${day.count} review${day.count === 1 ? "" : "s"}` } });
	}
	if (logProblems > 0) box.createDiv({ cls: "interview-vault-warning", text: `${logProblems} line(s) of the review log could not be read and were skipped.` });
}

export function renderWeakest(box: HTMLElement, stats: DashboardStats, actions: DashboardActions): void {
	if (stats.weakestSubtopics.length === 0) {
		box.createDiv({ cls: "interview-vault-empty", text: "Grade a few questions to see where you are weakest." });
		return;
	}
	for (const weak of stats.weakestSubtopics) {
		const line = box.createDiv({ cls: `interview-vault-weak ${weak.average >= weak.target ? "is-met" : "is-missed"}` });
		line.createSpan({ cls: "interview-vault-weak-name", text: weak.critical ? `${weak.subtopic} (role-critical)` : weak.subtopic });
		line.createSpan({ cls: "interview-vault-weak-average", text: `${weak.average.toFixed(2)} / ${weak.target.toFixed(1)} · ${weak.graded} of ${weak.total} graded` });
		line.createEl("button", { text: "Drill", attr: { "aria-label": `Drill ${weak.subtopic}` } }).addEventListener("click", () => actions.drillSubtopic(weak.subtopic));
	}
}

/** Each MOC by its title, its study paths under it with their progress. */
export function renderStudyPaths(box: HTMLElement, stats: DashboardStats, actions: DashboardActions): void {
	if (stats.studyPaths.length === 0) {
		box.createDiv({ cls: "interview-vault-empty", text: "No MOC with study paths yet." });
		return;
	}
	let moc: string | null = null;
	for (const path of stats.studyPaths) {
		if (path.moc !== moc) {
			moc = path.moc;
			box.createEl("h5", { cls: "interview-vault-path-moc", text: path.mocTitle });
		}
		const button = box.createEl("button", {
			cls: "interview-vault-path",
			text: `${path.path}: ${path.mastered} / ${path.total} mastered`,
			attr: { title: `Quiz ${path.mocTitle} › ${path.path}`, "aria-label": `Quiz ${path.mocTitle} › ${path.path}: ${path.mastered} of ${path.total} mastered` },
		});
		button.setCssProps({ "--interview-vault-share": String(path.total === 0 ? 0 : path.mastered / path.total) });
		button.addEventListener("click", () => actions.quizStudyPath(path.moc, path.path));
	}
}

export function renderInterview(box: HTMLElement, interview: InterviewReadiness, actions: DashboardActions): void {
	const recall = interview.expectedRecall === null ? "no questions in scope" : `${Math.round(interview.expectedRecall * 100)}% expected recall`;
	const when = interview.daysLeft >= 0 ? `${interview.daysLeft} day${interview.daysLeft === 1 ? "" : "s"} left` : "the day has passed";
	box.createDiv({ cls: "interview-vault-interview", text: `${interview.interviewDay}: ${recall} (${when}; ${interview.graded} of ${interview.total} graded)` });
	if (interview.atRisk.length === 0) return;
	box.createEl("h5", { text: "Most at risk of being forgotten by then" });
	const list = box.createEl("ul");
	for (const risk of interview.atRisk) {
		const item = list.createEl("li");
		noteLink(item, risk.path, risk.title, actions.openQuestion);
		item.appendText(` ${Math.round(risk.retrievability * 100)}%`);
	}
}

/** Measured retention (reviews after an interval graded 3+) beside the desired retention, per difficulty. */
export function renderRetention(box: HTMLElement, retention: MeasuredRetention): void {
	const target = `${Math.round(retention.target * 100)}%`;
	if (retention.overall.reviews === 0) {
		box.createDiv({ cls: "interview-vault-empty", text: `Target ${target}. Your measured retention shows once a question is reviewed a day or more after its last grade.` });
		return;
	}
	box.createDiv({ cls: "interview-vault-retention-overall", text: `${retentionText(retention.overall)} against a target of ${target}` });
	const table = box.createEl("table", { cls: "interview-vault-retention" });
	const head = table.createEl("thead").createEl("tr");
	for (const heading of ["Difficulty", "Retention", "Reviews"]) head.createEl("th", { text: heading });
	const body = table.createEl("tbody");
	for (const row of retention.byDifficulty) {
		const met = row.retention === null ? "" : row.retention >= retention.target ? "is-met" : "is-missed";
		const tr = body.createEl("tr", { cls: met });
		tr.createEl("td", { text: row.key });
		tr.createEl("td", { text: row.retention === null ? "–" : `${Math.round(row.retention * 100)}%` });
		tr.createEl("td", { text: String(row.reviews) });
	}
}

function retentionText(row: RetentionRow): string {
	const reviews = `${row.reviews} review${row.reviews === 1 ? "" : "s"}`;
	return row.retention === null ? `No reviews yet` : `${Math.round(row.retention * 100)}% recalled over ${reviews}`;
}
