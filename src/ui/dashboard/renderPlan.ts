import { paceLine, recallLine, todayLine } from "../../core/plan/planText";
import type { StudyPlan } from "../../core/plan/studyPlan";
import { noteLink } from "../noteLink";

/** What the plan section can ask for. */
export interface PlanActions {
	openQuestion: (path: string, split: boolean) => void;
	/** Starts a session on today's new questions of the plan. */
	quizPlanToday(paths: string[]): void;
}

/** Days of the plan listed ahead, today included. */
export const PLAN_DAYS_SHOWN = 7;

/**
 * The plan to the interview day: the pace (on track, ahead or behind, by how many), today's
 * share and what to do, the expected recall against the target, and the next days. Self-contained:
 * it needs the plan, titles for the paths, and a box to draw in.
 */
export function renderPlan(box: HTMLElement, plan: StudyPlan, title: (path: string) => string, actions: PlanActions): void {
	const left = plan.daysLeft === 1 ? "1 day left" : `${plan.daysLeft} days left`;
	box.createDiv({ cls: "interview-vault-plan-headline", text: `${plan.interviewDay} · ${left} · ${plan.introduced} of ${plan.total} introduced` });
	const verdict = plan.pace.verdict.replace(" ", "-");
	box.createDiv({ cls: `interview-vault-plan-pace is-${verdict}`, text: paceLine(plan) });
	box.createDiv({ cls: "interview-vault-plan-today", text: todayLine(plan) });
	const fresh = plan.todayShare?.introduce ?? [];
	if (fresh.length > 0) {
		const list = box.createEl("ul", { cls: "interview-vault-plan-new" });
		for (const path of fresh) noteLink(list.createEl("li"), path, title(path), actions.openQuestion);
		box.createEl("button", { cls: "mod-cta", text: `Learn today's ${fresh.length === 1 ? "new question" : `${fresh.length} new questions`}` })
			.addEventListener("click", () => actions.quizPlanToday(fresh));
	}
	box.createDiv({ cls: "interview-vault-plan-recall", text: recallLine(plan) });
	if (plan.todayShare?.week) box.createDiv({ cls: "interview-vault-plan-week", text: `This week: ${plan.todayShare.week}` });
	renderNextDays(box, plan);
	if (plan.unmatchedGuideItems.length > 0) {
		box.createDiv({ cls: "interview-vault-warning", text: `Study guide items that name no question: ${plan.unmatchedGuideItems.join(", ")}` });
	}
}

function renderNextDays(box: HTMLElement, plan: StudyPlan): void {
	const days = plan.days.slice(0, PLAN_DAYS_SHOWN);
	if (days.length === 0) return;
	const table = box.createEl("table", { cls: "interview-vault-plan-days" });
	const head = table.createEl("thead").createEl("tr");
	for (const heading of ["Day", "New", "Reviews"]) head.createEl("th", { text: heading });
	const body = table.createEl("tbody");
	for (const day of days) {
		const row = body.createEl("tr", { cls: day.reviewOnly ? "is-review-only" : "" });
		row.createEl("td", { text: day.reviewOnly ? `${day.day} (review only)` : day.day });
		row.createEl("td", { text: String(day.introduce.length) });
		row.createEl("td", { text: String(day.reviews) });
	}
	const reviewOnlyFrom = plan.days.find((day) => day.reviewOnly)?.day;
	if (reviewOnlyFrom) box.createDiv({ cls: "interview-vault-plan-review-only", text: `Review only from ${reviewOnlyFrom}: nothing new in the last days.` });
}
