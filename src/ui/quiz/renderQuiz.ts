import { sentence } from "../views/renderBlock";
import type { AdaptiveSuggestion } from "../../core/quiz/adaptiveNext";
import type { SessionSummary } from "../../core/quiz/summarizeSession";
import { RUBRIC, SELF_GRADES, type SelfGrade } from "../../core/schedule/grades";
import { noteLink } from "../noteLink";
import type { QuizCard } from "../../app/quiz/QuizController";
import type { QuestionContent } from "../../core/question/content";

/** What the quiz pane's DOM can ask for; the view wires these to the controller. */
export interface QuizActions {
	reveal(): void;
	grade(grade: SelfGrade): void;
	skip(): void;
	undo(): void;
	/** Suspend (until resumed) or bury (until tomorrow) the current card. */
	hold(kind: "suspended" | "buried"): void;
	/** Notes open beside the quiz (a new tab, or a split), never in its place. */
	open(split: boolean): void;
	acceptSuggestion(): void;
	/** The repair preview of the card's frontmatter, when Obsidian cannot read it. */
	repair(): void;
	openQuestion: (path: string, split: boolean) => void;
	drill(paths: string[]): void;
	renderMarkdown(markdown: string, container: HTMLElement): void;
	/** What the learner typed so far, kept by the view so it stays beside the revealed answer. */
	typed(text: string): void;
	/** Shows the card in the note's other language, or back (L). */
	switchLanguage(): void;
}

export interface CardState {
	card: QuizCard;
	revealed: boolean;
	progress: { position: number; total: number };
	message: string;
	suggestion: AdaptiveSuggestion | null;
	scope: string;
	/** The learner's typed answer, as typed. */
	typed: string;
	/** Whether the card shows the note's other language (when it has one). */
	otherLanguage: boolean;
}

const LANGUAGE_NAMES: Record<string, string> = { en: "English", ru: "Русский" };

/**
 * A card. Once the answer shows, the pane is a column: the question and the typed answer on top,
 * the answer scrolling in the middle, the grade bar always at the bottom, whatever the length.
 */
export function renderCard(container: HTMLElement, state: CardState, actions: QuizActions): void {
	container.empty();
	container.toggleClass("is-answer", state.revealed);
	const { card } = state;
	const content = state.otherLanguage && card.otherLanguage ? card.otherLanguage : card.content;
	renderHeader(container, state);
	if (state.message) container.createDiv({ cls: "interview-vault-quiz-message", text: state.message });
	if (state.suggestion) renderSuggestion(container, state.suggestion, actions);
	const title = container.createEl("h2", { cls: "interview-vault-quiz-title", text: card.question.title });
	title.setAttr("id", "interview-vault-quiz-title");
	renderMeta(container, card, content, actions);
	if (card.question.propertiesUnreadable !== undefined) renderUnreadable(container, card.question.propertiesUnreadable, actions);
	// Obsidian styles rendered Markdown (code, callouts, lists) only inside .markdown-rendered.
	actions.renderMarkdown(content.question, container.createDiv({ cls: "interview-vault-quiz-question markdown-rendered" }));
	if (!state.revealed) {
		renderQuestionSide(container, state.typed, actions);
		return;
	}
	if (state.typed.trim() !== "") {
		const typed = container.createDiv({ cls: "interview-vault-quiz-typed-shown" });
		typed.createEl("h3", { text: "Your answer" });
		typed.createDiv({ cls: "interview-vault-quiz-typed-text", text: state.typed });
	}
	renderAnswerSide(container, content, actions);
}

function renderHeader(container: HTMLElement, state: CardState): void {
	const header = container.createDiv({ cls: "interview-vault-quiz-header" });
	header.createSpan({ cls: "interview-vault-quiz-scope", text: state.scope });
	header.createSpan({
		cls: "interview-vault-quiz-progress",
		text: `${state.progress.position} / ${state.progress.total}`,
		attr: { title: `Question ${state.progress.position} of ${state.progress.total}` },
	});
}

function renderMeta(container: HTMLElement, card: QuizCard, shown: QuestionContent, actions: QuizActions): void {
	const meta = container.createDiv({ cls: "interview-vault-quiz-meta" });
	const difficulty = card.question.difficulty ?? "unknown";
	meta.createSpan({ cls: `interview-vault-badge is-${difficulty}`, text: difficulty });
	for (const subtopic of card.question.subtopics) meta.createSpan({ cls: "interview-vault-chip", text: subtopic });
	if (!card.otherLanguage) return;
	const other = shown === card.content ? card.otherLanguage : card.content;
	const name = LANGUAGE_NAMES[other.language] ?? other.language;
	button(meta, `Show in ${name}`, "L", () => actions.switchLanguage(), "interview-vault-quiz-language");
}

/** Why this card's schedule cannot be saved, and the way out: the repair, on a button and the R key. */
function renderUnreadable(container: HTMLElement, reason: string, actions: QuizActions): void {
	const box = container.createDiv({ cls: "interview-vault-unreadable", attr: { role: "note" } });
	box.createEl("strong", { text: "Properties unreadable. " });
	box.createSpan({ text: `${sentence(reason)}. Your grade is kept in the review log; the note's schedule is saved once its frontmatter is repaired.` });
	const button = box.createEl("button", { text: "Repair frontmatter…", attr: { "aria-keyshortcuts": "R" } });
	button.createEl("kbd", { text: "R" });
	button.addEventListener("click", () => actions.repair());
}

function renderQuestionSide(container: HTMLElement, typedSoFar: string, actions: QuizActions): void {
	const typed = container.createEl("textarea", {
		cls: "interview-vault-quiz-typed",
		attr: { placeholder: "Type your answer (optional), then show the answer", "aria-label": "Your answer", rows: "4" },
	});
	typed.value = typedSoFar;
	typed.addEventListener("input", () => actions.typed(typed.value));
	typed.addEventListener("keydown", (event) => {
		if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			actions.reveal();
		}
		if (event.key === "Escape") typed.blur();
		event.stopPropagation();
	});
	const bar = container.createDiv({ cls: "interview-vault-quiz-actions" });
	button(bar, "Show answer", "Space", () => actions.reveal(), "mod-cta");
	secondaryButtons(bar, actions);
}

function secondaryButtons(bar: HTMLElement, actions: QuizActions): void {
	button(bar, "Skip", "S", () => actions.skip());
	button(bar, "Open note", "O", () => actions.open(false));
	button(bar, "Undo last grade", "U", () => actions.undo());
	button(bar, "Bury until tomorrow", "B", () => actions.hold("buried"));
	button(bar, "Suspend", "X", () => actions.hold("suspended"), "", "Never scheduled again until you resume it (question browser or the Resume command)");
}

function renderAnswerSide(container: HTMLElement, content: QuestionContent, actions: QuizActions): void {
	// Focusable, so the keyboard can scroll a long answer; the grade keys still work from it.
	const answer = container.createDiv({ cls: "interview-vault-quiz-answer", attr: { tabindex: "0", role: "region", "aria-label": "Answer" } });
	if (content.strongAnswer !== undefined || content.weakAnswer !== undefined) {
		section(answer, "Strong answer", content.strongAnswer ?? "", actions, "is-strong");
		if (content.weakAnswer !== undefined) section(answer, "Weak answer", content.weakAnswer, actions, "is-weak");
	} else {
		section(answer, "Answer", content.answer || "(This note has no answer section.)", actions);
	}
	if (content.followUps.length > 0) {
		section(answer, "Follow-ups", content.followUps.map((item) => `- ${item}`).join("\n"), actions, "is-follow-ups");
	}
	const bottom = container.createDiv({ cls: "interview-vault-quiz-bottom" });
	const grades = bottom.createDiv({ cls: "interview-vault-quiz-grades", attr: { role: "group", "aria-label": "Grade your answer" } });
	for (const grade of SELF_GRADES) {
		button(grades, `${grade} ${RUBRIC[grade].label}`, String(grade), () => actions.grade(grade), `interview-vault-grade is-grade-${grade}`, RUBRIC[grade].meaning);
	}
	secondaryButtons(bottom.createDiv({ cls: "interview-vault-quiz-actions" }), actions);
}

/** After a weak or an excellent grade: the linked questions, one a line, and the key that queues them. */
function renderSuggestion(container: HTMLElement, suggestion: AdaptiveSuggestion, actions: QuizActions): void {
	const box = container.createDiv({ cls: "interview-vault-quiz-suggestion" });
	const lead = suggestion.kind === "prerequisites" ? "Build up to it with its prerequisites:" : "Ready for more? Its advanced questions:";
	box.createDiv({ text: `"${suggestion.after.title}": ${lead}` });
	const list = box.createEl("ul", { cls: "interview-vault-quiz-suggestion-list" });
	for (const question of suggestion.questions) noteLink(list.createEl("li"), question.path, question.title, actions.openQuestion);
	button(box, suggestion.questions.length === 1 ? "Add it next" : "Add them next", "A", () => actions.acceptSuggestion());
}

export function renderSummary(container: HTMLElement, summary: SessionSummary, scope: string, message: string, actions: QuizActions): void {
	container.empty();
	container.createEl("h2", { text: "Session summary" });
	if (scope) container.createDiv({ cls: "interview-vault-quiz-scope", text: scope });
	if (message) container.createDiv({ cls: "interview-vault-quiz-message", text: message });
	const verdict = summary.average === null ? "No grades this time." : `Average ${summary.average.toFixed(2)} against the hire bar of ${summary.threshold}: ${summary.meetsThreshold ? "at or above it" : "below it"}.`;
	container.createEl("p", { cls: "interview-vault-summary-verdict", text: verdict });
	container.createEl("p", { text: `${summary.graded} graded, ${summary.skipped} skipped, ${formatDuration(summary.seconds)}.` });
	if (summary.bySubtopic.length > 0) {
		subtopicTable(container, summary.bySubtopic.slice(0, SUMMARY_SUBTOPICS));
		const rest = summary.bySubtopic.slice(SUMMARY_SUBTOPICS);
		if (rest.length > 0) {
			const more = container.createEl("details", { cls: "interview-vault-summary-more" });
			more.createEl("summary", { text: rest.length === 1 ? "1 more subtopic" : `${rest.length} more subtopics` });
			subtopicTable(more, rest);
		}
	}
	if (summary.weakest.length > 0) {
		container.createEl("h3", { text: "Weakest questions" });
		const list = container.createEl("ul");
		for (const weak of summary.weakest) {
			const item = list.createEl("li");
			noteLink(item, weak.path, weak.title, actions.openQuestion);
			item.appendText(` — ${weak.grade}`);
		}
		button(container, "Drill these again", undefined, () => actions.drill(summary.weakest.map((w) => w.path)), "mod-cta");
	}
}

/** Subtopic rows the summary shows before folding the rest. */
export const SUMMARY_SUBTOPICS = 8;

function subtopicTable(container: HTMLElement, rows: SessionSummary["bySubtopic"]): void {
	const table = container.createEl("table", { cls: "interview-vault-summary-subtopics" });
	const head = table.createEl("tr");
	for (const heading of ["Subtopic", "Average", "Graded", "Bar", "Result"]) head.createEl("th", { text: heading });
	for (const row of rows) {
		const tr = table.createEl("tr", { cls: row.meets ? "is-met" : "is-missed" });
		tr.createEl("td", { text: row.critical ? `${row.subtopic} (role-critical)` : row.subtopic });
		tr.createEl("td", { text: row.average.toFixed(2) });
		tr.createEl("td", { text: String(row.count) });
		tr.createEl("td", { text: row.target.toFixed(1) });
		tr.createEl("td", { text: row.meets ? "met" : "below" });
	}
}

function section(container: HTMLElement, heading: string, markdown: string, actions: QuizActions, cls = ""): void {
	const box = container.createDiv({ cls: `interview-vault-quiz-section ${cls}`.trim() });
	box.createEl("h3", { text: heading });
	actions.renderMarkdown(markdown, box.createDiv({ cls: "markdown-rendered" }));
}

function button(container: HTMLElement, label: string, key: string | undefined, onClick: () => void, cls = "", title?: string): HTMLButtonElement {
	const element = container.createEl("button", { cls, text: key ? `${label} (${key})` : label });
	if (title) element.setAttr("title", title);
	if (key) element.setAttr("aria-keyshortcuts", key === "Space" ? "Space" : key);
	element.addEventListener("click", onClick);
	return element;
}

function formatDuration(seconds: number): string {
	const minutes = Math.floor(seconds / 60);
	return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}
