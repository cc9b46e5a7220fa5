import type { MockCard } from "../../app/mock/MockController";
import type { MockResult } from "../../core/mock/mockInterview";
import { clock } from "../../core/mock/mockReport";
import { RUBRIC, SELF_GRADES, type SelfGrade } from "../../core/schedule/grades";

export interface MockCardState {
	card: MockCard;
	progress: { position: number; total: number };
	scope: string;
	secondsUsed: number;
	secondsAllowed: number;
	showGuide: boolean;
	message: string;
}

export interface MockActions {
	score: (grade: SelfGrade | undefined, note: string) => void;
	end: () => void;
	openReport: (path: string) => void;
	renderMarkdown: (markdown: string, el: HTMLElement) => void;
}

/** One question of a mock interview: the question, the timer, the guide when shown, the rubric's five scores and a note. */
export function renderMockCard(container: HTMLElement, state: MockCardState, actions: MockActions): void {
	container.empty();
	const head = container.createDiv({ cls: "interview-vault-mock-head" });
	head.createSpan({ cls: "interview-vault-mock-scope", text: state.scope });
	head.createSpan({ cls: "interview-vault-mock-progress", text: `${state.progress.position} / ${state.progress.total}` });
	const timer = head.createSpan({ cls: "interview-vault-mock-timer" });
	updateTimer(timer, state.secondsUsed, state.secondsAllowed);
	if (state.message) container.createEl("p", { cls: "interview-vault-mock-message", text: state.message });
	container.createEl("h2", { cls: "interview-vault-mock-title", text: state.card.question.title });
	// A note titled by its question would show the same words twice.
	if (state.card.content.question.trim() !== state.card.question.title.trim()) actions.renderMarkdown(state.card.content.question, container.createDiv({ cls: "interview-vault-mock-question" }));
	const guide = container.createDiv({ cls: "interview-vault-mock-guide" });
	if (state.showGuide) renderGuide(guide, state.card, actions);
	else {
		guide.createEl("button", { text: "Show the answers" }).addEventListener("click", () => {
			guide.empty();
			renderGuide(guide, state.card, actions);
		});
	}
	const note = container.createEl("textarea", { cls: "interview-vault-mock-note", attr: { placeholder: "A note on this answer (optional)", rows: "3" } });
	const scores = container.createDiv({ cls: "interview-vault-mock-scores" });
	for (const grade of SELF_GRADES) {
		scores.createEl("button", { cls: "interview-vault-mock-score", text: `${grade} ${RUBRIC[grade].label}`, attr: { title: RUBRIC[grade].meaning } })
			.addEventListener("click", () => actions.score(grade, note.value));
	}
	const more = container.createDiv({ cls: "interview-vault-mock-more" });
	more.createEl("button", { text: "Pass without a score" }).addEventListener("click", () => actions.score(undefined, note.value));
	more.createEl("button", { text: "End the interview" }).addEventListener("click", () => actions.end());
}

export function updateTimer(timer: HTMLElement, used: number, allowed: number): void {
	timer.setText(`${clock(used)} of ${clock(allowed)}`);
	timer.toggleClass("is-over", used > allowed);
}

function renderGuide(guide: HTMLElement, card: MockCard, actions: MockActions): void {
	const { content } = card;
	const parts: [string, string | undefined, string][] = [
		content.strongAnswer === undefined ? ["Answer", content.answer || undefined, "is-answer"] : ["Strong answer", content.strongAnswer, "is-strong"],
		["Weak answer", content.weakAnswer, "is-weak"],
		["Evaluator's cue", content.cue, "is-cue"],
	];
	let shown = 0;
	for (const [label, text, cls] of parts) {
		if (text === undefined || text.trim() === "") continue;
		const box = guide.createDiv({ cls: `interview-vault-mock-section ${cls}` });
		box.createEl("h4", { text: label });
		actions.renderMarkdown(text, box.createDiv());
		shown++;
	}
	if (shown === 0) guide.createEl("p", { text: "This note has no answer to compare with." });
}

/** The end of a mock interview: the verdict in the rubric's words, the bar, the role-critical subtopics, the report. */
export function renderMockResult(container: HTMLElement, result: MockResult, reportPath: string | null, message: string, actions: MockActions): void {
	container.empty();
	container.createEl("h2", { text: "Mock interview result" });
	container.createEl("p", { cls: `interview-vault-mock-verdict is-${result.verdict.kind}`, text: `${result.verdict.title}. ${result.verdict.text}` });
	container.createEl("p", { text: `${result.scored} scored, ${result.passed} not scored, ${clock(result.seconds)} in all.` });
	const critical = result.bySubtopic.filter((subtopic) => subtopic.critical);
	if (critical.length > 0) {
		container.createEl("h3", { text: "Role-critical subtopics" });
		const list = container.createEl("ul");
		for (const subtopic of critical) list.createEl("li", { text: `${subtopic.subtopic}: ${subtopic.average.toFixed(2)} against ${subtopic.target.toFixed(1)}, ${subtopic.meets ? "meets it" : "below it"}` });
	}
	if (message) container.createEl("p", { cls: "interview-vault-mock-message", text: message });
	if (reportPath) {
		const button = container.createEl("button", { cls: "mod-cta", text: "Open the report" });
		button.addEventListener("click", () => actions.openReport(reportPath));
	}
}
