import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { DIFFICULTIES } from "../../core/question/difficulty";
import { LEARNING_STATUSES } from "../../core/schedule/learningState";
import { browserSpec, emptyBrowserFilter, toggle, type BrowserFilter } from "../../core/views/browserFilter";
import { runBlock, type BlockResult } from "../../core/views/runBlock";
import { renderBlockResult, type LinkActions } from "./renderBlock";
import { readingLine } from "../../core/index/readiness";

export const BROWSER_VIEW_TYPE = "interview-vault-browser";

export interface BrowserServices {
	index: QuestionIndex;
	links: LinkActions;
	/** The paths the search finds for a text (the same search as "Find question"). */
	matching(text: string): Set<string>;
	quiz(paths: string[], label: string): void;
	/** Suspends, buries or resumes one question. */
	hold: NonNullable<LinkActions["hold"]>;
}

/** All questions grouped by difficulty or subtopic, with filter chips, a text filter and "Quiz these". */
export class QuestionBrowserView extends ItemView {
	private filter: BrowserFilter = emptyBrowserFilter();
	private renderedRevision = -1;
	private toolbarEl!: HTMLElement;
	private resultsEl!: HTMLElement;
	private current: BlockResult | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: BrowserServices,
	) {
		super(leaf);
	}

	getViewType(): string {
		return BROWSER_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Interview questions";
	}

	override getIcon(): string {
		return "list-checks";
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("interview-vault-browser");
		this.toolbarEl = this.contentEl.createDiv({ cls: "interview-vault-browser-toolbar" });
		this.resultsEl = this.contentEl.createDiv({ cls: "interview-vault-browser-results" });
		this.register(this.services.index.subscribe(() => this.refresh()));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		this.drawToolbar();
		this.refresh(true);
		await Promise.resolve();
	}

	/** Redraws the results only when the index changed (or the filter did) and the pane is visible. */
	private refresh(force = false): void {
		if (!force && (!this.contentEl.isShown() || this.services.index.revision === this.renderedRevision)) return;
		if (!this.services.index.isReady) {
			this.resultsEl.setText(readingLine(this.services.index.readiness));
			return;
		}
		this.renderedRevision = this.services.index.revision;
		const text = this.filter.text.trim();
		const found = text === "" ? null : this.services.matching(text);
		const questions = found === null ? this.services.index.questions() : this.services.index.questions().filter((question) => found.has(question.path));
		this.current = runBlock(browserSpec(this.filter), questions);
		renderBlockResult(this.resultsEl, this.current, { ...this.services.links, hold: this.services.hold });
		this.updateCount();
	}

	private drawToolbar(): void {
		const bar = this.toolbarEl;
		bar.empty();
		const search = bar.createEl("input", { type: "search", cls: "interview-vault-browser-search", attr: { placeholder: "Filter questions…", "aria-label": "Filter questions" } });
		search.value = this.filter.text;
		search.addEventListener("input", () => this.update({ text: search.value }, false));
		const groupRow = bar.createDiv({ cls: "interview-vault-chips" });
		groupRow.createSpan({ cls: "interview-vault-chips-label", text: "Group by" });
		for (const groupBy of ["difficulty", "subtopic"] as const) {
			this.chip(groupRow, groupBy, this.filter.groupBy === groupBy, () => this.update({ groupBy }));
		}
		this.chipRow(bar, "Difficulty", DIFFICULTIES, this.filter.difficulty, (value) => this.update({ difficulty: toggle(this.filter.difficulty, value) }));
		const subtopics = [...this.services.index.countBy("subtopic").keys()].sort();
		this.chipRow(bar, "Subtopic", subtopics, this.filter.subtopic, (value) => this.update({ subtopic: toggle(this.filter.subtopic, value) }));
		this.chipRow(bar, "Learning", LEARNING_STATUSES, this.filter.learning, (value) => this.update({ learning: toggle(this.filter.learning, value) }));
		const actions = bar.createDiv({ cls: "interview-vault-browser-actions" });
		actions.createSpan({ cls: "interview-vault-browser-count" });
		const quiz = actions.createEl("button", { cls: "mod-cta", text: "Quiz these" });
		quiz.addEventListener("click", () => this.quizShown());
		this.updateCount();
	}

	private chipRow<T extends string>(bar: HTMLElement, label: string, values: readonly T[], selected: readonly T[], onToggle: (value: T) => void): void {
		const row = bar.createDiv({ cls: "interview-vault-chips" });
		row.createSpan({ cls: "interview-vault-chips-label", text: label });
		for (const value of values) this.chip(row, value, selected.includes(value), () => onToggle(value));
	}

	private chip(row: HTMLElement, text: string, active: boolean, onClick: () => void): void {
		const chip = row.createEl("button", { cls: `interview-vault-chip-button${active ? " is-active" : ""}`, text, attr: { "aria-pressed": String(active) } });
		chip.addEventListener("click", onClick);
	}

	private update(change: Partial<BrowserFilter>, redrawToolbar = true): void {
		this.filter = { ...this.filter, ...change };
		if (redrawToolbar) this.drawToolbar();
		this.refresh(true);
	}

	private updateCount(): void {
		const count = this.toolbarEl.querySelector(".interview-vault-browser-count");
		if (count) count.textContent = this.current ? `${this.current.total} question${this.current.total === 1 ? "" : "s"}` : "";
	}

	private quizShown(): void {
		const paths = [...new Set(this.current?.groups.flatMap((group) => group.rows.map((q) => q.path)) ?? [])];
		this.services.quiz(paths, "Questions from the browser");
	}
}
