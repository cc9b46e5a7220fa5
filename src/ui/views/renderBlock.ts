import type { HoldAction } from "../../app/hold/holdQuestion";
import type { Pages } from "../../core/dataview";
import type { Question } from "../../core/question/Question";
import { formatHold } from "../../core/schedule/hold";
import type { Column } from "../../core/views/blockSpec";
import type { BlockGroup, BlockResult } from "../../core/views/runBlock";
import { noteLink } from "../noteLink";

/** What a rendered row may ask of Obsidian; the caller wires these to the workspace. */
export interface LinkActions {
	open: (path: string, newTab: boolean) => void;
	hover: (event: MouseEvent, path: string, target: HTMLElement) => void;
	/** Given (the question browser), each list row offers suspend and bury, or resume. */
	hold?: (path: string, title: string, action: HoldAction) => void;
	/** Opens the note with the cursor on a line (0-based); falls back to `open` where not given. */
	openAt?: (path: string, line: number) => void;
	/** Shows a note embedded (`![[note]]`) in `el`; false when it cannot, and the link is drawn instead. */
	embed?: (el: HTMLElement, path: string) => boolean;
}

/** Rows drawn at a time; the rest come with "Show more", so a 10,000-row view stays light. */
export const PAGE_SIZE = 50;

const HEADINGS: Record<Column, string> = {
	title: "Question", difficulty: "Difficulty", subtopics: "Subtopics", topic: "Topic", tags: "Tags",
	status: "Status", learning: "Learning", due: "Due", grade: "Grade", file: "File",
};

export function renderBlockResult(container: HTMLElement, result: BlockResult, links: LinkActions): void {
	container.empty();
	container.addClass("interview-vault-block");
	if (result.total === 0) {
		container.createDiv({ cls: "interview-vault-empty", text: "No questions match this block." });
		return;
	}
	if (result.spec.view === "counts") {
		renderCounts(container, result.groups, result.total);
		return;
	}
	for (const group of result.groups) {
		const section = container.createDiv({ cls: "interview-vault-group" });
		if (group.key !== "") section.createEl("h4", { cls: "interview-vault-group-title", text: `${group.key} (${group.rows.length})` });
		const body = result.spec.view === "list" ? listBody(section) : tableBody(section, result.spec.columns);
		renderPaged(section, group.rows, (question) => {
			if (result.spec.view === "list") listRow(body, question, links);
			else tableRow(body, question, result.spec.columns, links);
		});
	}
}

function renderCounts(container: HTMLElement, groups: readonly BlockGroup[], total: number): void {
	const table = container.createEl("table", { cls: "interview-vault-counts" });
	const head = table.createEl("thead").createEl("tr");
	head.createEl("th", { text: "Group" });
	head.createEl("th", { text: "Questions" });
	const body = table.createEl("tbody");
	for (const group of groups) {
		const row = body.createEl("tr");
		row.createEl("td", { text: group.key === "" ? "All" : group.key });
		row.createEl("td", { text: String(group.rows.length) });
	}
	if (groups.length > 1) {
		const row = body.createEl("tr", { cls: "interview-vault-total" });
		row.createEl("td", { text: "Total" });
		row.createEl("td", { text: String(total) });
	}
}

/** Draws the first page, then a button that draws the next one each time. */
export function renderPaged<T>(container: HTMLElement, items: Pages<T>, draw: (item: T) => void): void {
	let shown = 0;
	let more: HTMLButtonElement | null = null;
	const next = (): void => {
		const end = Math.min(items.length, shown + PAGE_SIZE);
		for (const item of items.slice(shown, end)) draw(item);
		shown = end;
		more?.detach();
		more = null;
		if (shown < items.length) {
			const remaining = items.length - shown;
			more = container.createEl("button", { cls: "interview-vault-more", text: `Show ${Math.min(PAGE_SIZE, remaining)} more (${remaining} left)` });
			more.addEventListener("click", next);
		}
	};
	next();
}

function listBody(container: HTMLElement): HTMLElement {
	return container.createEl("ul", { cls: "interview-vault-list" });
}

function tableBody(container: HTMLElement, columns: readonly Column[]): HTMLElement {
	const table = container.createEl("table", { cls: "interview-vault-table" });
	const head = table.createEl("thead").createEl("tr");
	for (const column of columns) head.createEl("th", { text: HEADINGS[column] });
	return table.createEl("tbody");
}

function listRow(list: HTMLElement, question: Question, links: LinkActions): void {
	const item = list.createEl("li");
	questionLink(item, question, links);
	item.appendText(" ");
	difficultyBadge(item, question);
	learningMarker(item, question);
	if (links.hold) holdButtons(item, question, links.hold);
}

function holdButtons(item: HTMLElement, question: Question, hold: NonNullable<LinkActions["hold"]>): void {
	const actions: [HoldAction, string][] = question.learning.hold ? [["resume", "Resume"]] : [["suspend", "Suspend"], ["bury", "Bury"]];
	for (const [action, label] of actions) {
		item.createEl("button", {
			cls: "interview-vault-hold-button",
			text: label,
			attr: { "aria-label": `${label} ${question.title}${action === "bury" ? " until tomorrow" : ""}` },
		}).addEventListener("click", () => hold(question.path, question.title, action));
	}
}

function tableRow(body: HTMLElement, question: Question, columns: readonly Column[], links: LinkActions): void {
	const row = body.createEl("tr");
	for (const column of columns) cell(row.createEl("td", { cls: `interview-vault-cell-${column}` }), question, column, links);
}

function cell(td: HTMLElement, question: Question, column: Column, links: LinkActions): void {
	switch (column) {
		case "title":
			questionLink(td, question, links);
			return;
		case "difficulty":
			difficultyBadge(td, question);
			return;
		case "learning":
			learningMarker(td, question);
			return;
		case "subtopics":
			for (const subtopic of question.subtopics) td.createSpan({ cls: "interview-vault-chip", text: subtopic });
			return;
		case "tags":
			td.setText(question.tags.map((tag) => `#${tag}`).join(" "));
			return;
		default:
			td.setText(plainValue(question, column));
	}
}

function plainValue(question: Question, column: "topic" | "status" | "due" | "grade" | "file"): string {
	const values = {
		topic: question.topic,
		status: question.editorialStatus,
		due: question.learning.due,
		grade: question.learning.grade?.toString(),
		file: question.basename,
	};
	return values[column] ?? "";
}

function questionLink(container: HTMLElement, question: Question, links: LinkActions): HTMLAnchorElement {
	const link = noteLink(container, question.path, question.title, links.open, links.hover);
	unreadableMarker(container, question);
	return link;
}

/** A problem's message as the start of a sentence. */
export function sentence(message: string): string {
	return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Beside a question whose frontmatter Obsidian cannot read: a mark, with the reason on hover and for screen readers. */
export function unreadableMarker(container: HTMLElement, question: Question): void {
	const reason = question.propertiesUnreadable;
	if (reason === undefined) return;
	const text = `Properties unreadable: ${sentence(reason)}. Run "Check vault" to repair it.`;
	container.createSpan({ cls: "interview-vault-unreadable-marker", text: "⚠", attr: { title: text, "aria-label": text, role: "img" } });
}

export function difficultyBadge(container: HTMLElement, question: Question): void {
	const difficulty = question.difficulty ?? "unknown";
	container.createSpan({ cls: `interview-vault-badge is-${difficulty}`, text: difficulty });
}

export function learningMarker(container: HTMLElement, question: Question): void {
	const status = question.learning.status;
	container.createSpan({ cls: `interview-vault-learning is-${status}`, text: status, attr: { title: `Learning status: ${status}` } });
	const { hold } = question.learning;
	if (hold) container.createSpan({ cls: `interview-vault-hold is-${hold.kind}`, text: formatHold(hold), attr: { title: "Kept out of quiz sessions until resumed or until the day comes" } });
}
