import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { DIFFICULTIES } from "../../core/question/difficulty";
import { LEARNING_STATUSES } from "../../core/schedule/learningState";
import { plural } from "../../core/text/plural";
import { BROWSER_GROUPINGS, browserCounts, browserSpec, byUse, emptyBrowserFilter, emptyGroupLast, toggle, type BrowserFilter } from "../../core/views/browserFilter";
import { runBlock, type BlockResult } from "../../core/views/runBlock";
import { LiveRedraw } from "../liveRedraw";
import { renderBlockResult, type LinkActions } from "./renderBlock";

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

/** Chips a many-valued filter shows before "type to find the rest": its most used values. */
export const PICKER_CHIPS = 12;

/**
 * All questions grouped by difficulty, topic or subtopic, with filters (each value with its count),
 * a text filter and "Quiz these". Filters with many values (subtopics in a real vault: hundreds)
 * show their most used values as chips and find the rest by typing.
 */
export class QuestionBrowserView extends ItemView {
	private filter: BrowserFilter = emptyBrowserFilter();
	private toolbarEl!: HTMLElement;
	private resultsEl!: HTMLElement;
	private current: BlockResult | null = null;
	private toolbarRevision = -1;
	private readonly redraw: LiveRedraw;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: BrowserServices,
	) {
		super(leaf);
		this.redraw = new LiveRedraw({
			el: this.contentEl,
			source: services.index,
			draw: () => this.drawResults(),
			waitingEl: () => this.resultsEl,
		});
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
		this.redraw.attach(this, this.app.workspace);
		await this.redraw.now(true);
	}

	private drawResults(): void {
		const { index } = this.services;
		// The counts on the chips follow the index; the toolbar is redrawn only when it changed, so typing keeps its focus.
		if (this.toolbarRevision !== index.revision) this.drawToolbar();
		const text = this.filter.text.trim();
		const found = text === "" ? null : this.services.matching(text);
		const questions = found === null ? index.questions() : index.questions().filter((question) => found.has(question.path));
		this.current = emptyGroupLast(runBlock(browserSpec(this.filter), questions));
		renderBlockResult(this.resultsEl, this.current, { ...this.services.links, hold: this.services.hold });
		this.updateCount();
	}

	private drawToolbar(): void {
		const bar = this.toolbarEl;
		this.toolbarRevision = this.services.index.revision;
		bar.empty();
		const top = bar.createDiv({ cls: "interview-vault-browser-top" });
		const search = top.createEl("input", { type: "search", cls: "interview-vault-browser-search", attr: { placeholder: "Filter questions…", "aria-label": "Filter questions" } });
		search.value = this.filter.text;
		search.addEventListener("input", () => this.update({ text: search.value }, false));
		const actions = top.createDiv({ cls: "interview-vault-browser-actions" });
		actions.createSpan({ cls: "interview-vault-browser-count" });
		actions.createEl("button", { cls: "mod-cta", text: "Quiz these" }).addEventListener("click", () => this.quizShown());
		const groupRow = bar.createDiv({ cls: "interview-vault-chips" });
		groupRow.createSpan({ cls: "interview-vault-chips-label", text: "Group by" });
		for (const groupBy of BROWSER_GROUPINGS) {
			this.chip(groupRow, groupBy, this.filter.groupBy === groupBy, () => this.update({ groupBy }));
		}
		const counts = browserCounts(this.services.index.questions());
		this.chipRow(bar, "Difficulty", DIFFICULTIES.filter((d) => counts.difficulty.has(d)), counts.difficulty, this.filter.difficulty, (value) => this.update({ difficulty: toggle(this.filter.difficulty, value) }));
		this.picker(bar, "Topic", "topic", counts.topic, this.filter.topic, (value) => this.update({ topic: toggle(this.filter.topic, value) }));
		this.picker(bar, "Folder", "folder", counts.folder, this.filter.folder, (value) => this.update({ folder: toggle(this.filter.folder, value) }));
		this.picker(bar, "Subtopic", "subtopic", counts.subtopic, this.filter.subtopic, (value) => this.update({ subtopic: toggle(this.filter.subtopic, value) }));
		this.chipRow(bar, "Learning", LEARNING_STATUSES, counts.learning, this.filter.learning, (value) => this.update({ learning: toggle(this.filter.learning, value) }));
		this.updateCount();
	}

	private chipRow<T extends string>(bar: HTMLElement, label: string, values: readonly T[], counts: ReadonlyMap<string, number>, selected: readonly T[], onToggle: (value: T) => void): HTMLElement {
		const row = bar.createDiv({ cls: "interview-vault-chips" });
		row.createSpan({ cls: "interview-vault-chips-label", text: label });
		for (const value of values) this.chip(row, `${value} (${counts.get(value) ?? 0})`, selected.includes(value), () => onToggle(value));
		return row;
	}

	/**
	 * The most used values as chips (and any chosen value beyond them), the rest found by typing
	 * in a field that suggests them; picking one there toggles it like its chip would.
	 */
	private picker(bar: HTMLElement, label: string, noun: string, counts: ReadonlyMap<string, number>, selected: readonly string[], onToggle: (value: string) => void): void {
		if (counts.size === 0) return;
		const ranked = byUse(counts);
		const chips = [...ranked.slice(0, PICKER_CHIPS), ...selected.filter((value) => !ranked.slice(0, PICKER_CHIPS).includes(value))];
		const row = this.chipRow(bar, label, chips, counts, selected, onToggle);
		const rest = ranked.length - PICKER_CHIPS;
		if (rest <= 0) return;
		const listId = `interview-vault-browser-${noun}-list`;
		const find = row.createEl("input", {
			type: "search",
			cls: "interview-vault-picker",
			attr: { list: listId, placeholder: `Find a ${noun} (${rest} more)…`, "aria-label": `Find a ${noun} among all ${ranked.length}` },
		});
		const options = row.createEl("datalist", { attr: { id: listId } });
		for (const value of ranked) options.createEl("option", { value, text: `${value} (${counts.get(value) ?? 0})` });
		const pick = (): void => {
			const value = find.value.trim();
			if (counts.has(value)) onToggle(value);
		};
		find.addEventListener("change", pick);
		find.addEventListener("keydown", (event) => {
			if (event.key === "Enter") pick();
		});
	}

	private chip(row: HTMLElement, text: string, active: boolean, onClick: () => void): void {
		const chip = row.createEl("button", { cls: `interview-vault-chip-button${active ? " is-active" : ""}`, text, attr: { "aria-pressed": String(active) } });
		chip.addEventListener("click", onClick);
	}

	private update(change: Partial<BrowserFilter>, redrawToolbar = true): void {
		this.filter = { ...this.filter, ...change };
		if (redrawToolbar) this.drawToolbar();
		void this.redraw.now(true);
	}

	private updateCount(): void {
		const count = this.toolbarEl.querySelector(".interview-vault-browser-count");
		if (count) count.textContent = this.current ? plural(this.current.total, "question") : "";
	}

	private quizShown(): void {
		const paths = [...new Set(this.current?.groups.flatMap((group) => group.rows.map((q) => q.path)) ?? [])];
		this.services.quiz(paths, "Questions from the browser");
	}
}
