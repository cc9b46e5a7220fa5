import type * as O from "../../../node_modules/obsidian/obsidian";
import { prepareFuzzySearch } from "./functions";
import { Scope } from "./keymap";
import { collectedErrors, pendingWork, trackResult } from "./lifecycle";

// ---------------------------------------------------------------------------------------------
// Modal, Notice, suggesters

const openModalList: Modal[] = [];
const noticeList: string[] = [];

/** Test only: the modals open right now, oldest first. */
export function openModals(): readonly Modal[] {
	return [...openModalList];
}

/** Test only: every notice message shown so far, oldest first. */
export function notices(): readonly string[] {
	return [...noticeList];
}

/** Test only: forgets notices, errors and open modals, e.g. when a new fake app starts. */
export function resetStubState(): void {
	for (const modal of openModalList.splice(0)) modal.containerEl.detach();
	noticeList.length = 0;
	for (const el of document.body.findAll(".notice-container")) el.detach();
	collectedErrors.length = 0;
	pendingWork.clear();
}

export class Modal implements O.Modal {
	app: O.App;
	scope: O.Scope = new Scope();
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	#isOpen = false;

	constructor(app: O.App) {
		this.app = app;
		this.containerEl = createDiv("modal-container mod-dim");
		this.containerEl.createDiv("modal-bg").addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv("modal");
		this.modalEl.createDiv("modal-close-button").addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv("modal-header").createDiv("modal-title");
		this.contentEl = this.modalEl.createDiv("modal-content");
		this.containerEl.addEventListener("keydown", (evt) => {
			if (evt.key === "Escape") this.close();
		});
	}

	open(): void {
		if (this.#isOpen) return;
		this.#isOpen = true;
		document.body.appendChild(this.containerEl);
		openModalList.push(this);
		this.onOpen();
	}

	/** As in Obsidian, onClose runs after the modal has left the screen. */
	close(): void {
		if (!this.#isOpen) return;
		this.#isOpen = false;
		this.containerEl.detach();
		const index = openModalList.indexOf(this);
		if (index >= 0) openModalList.splice(index, 1);
		this.onClose();
	}

	onOpen(): void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}

export class Notice implements O.Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;

	// The duration is accepted and ignored: notices stay until the test resets, so none is missed.
	constructor(message: string | DocumentFragment, _duration?: number) {
		this.containerEl = document.body.createDiv("notice-container");
		const noticeEl = this.containerEl.createDiv("notice");
		// Deprecated in obsidian.d.ts but still declared, so the stub provides it (the linter warns).
		this.noticeEl = noticeEl;
		this.messageEl = noticeEl.createDiv("notice-message");
		this.setMessage(message);
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		noticeList.push(this.messageEl.getText());
		return this;
	}

	hide(): void {
		this.containerEl.detach();
	}
}

export abstract class SuggestModal<T> extends Modal implements O.SuggestModal<T> {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	#suggestions: { value: T; el: HTMLElement }[] = [];
	#selected = 0;
	#generation = 0;

	constructor(app: O.App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv("prompt-results");
		this.inputEl.addEventListener("input", () => trackResult(this.updateSuggestions()));
		this.inputEl.addEventListener("keydown", (evt) => this.#onKey(evt));
	}

	override open(): void {
		super.open();
		trackResult(this.updateSuggestions());
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: O.Instruction[]): void {
		this.modalEl.find(".prompt-instructions")?.detach();
		const el = this.modalEl.createDiv("prompt-instructions");
		for (const { command, purpose } of instructions) {
			const item = el.createDiv("prompt-instruction");
			item.createSpan({ cls: "prompt-instruction-command", text: command });
			item.createSpan({ text: purpose });
		}
	}

	onNoSuggestion(): void {
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	/** Obsidian closes first, then reports the choice: onClose runs before onChooseSuggestion. */
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		trackResult(this.onChooseSuggestion(value, evt));
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const active = this.#suggestions[this.#selected];
		if (active) this.selectSuggestion(active.value, evt);
	}

	/** Runs the query in the input again; the stub's way to redraw, awaited by flush(). */
	async updateSuggestions(): Promise<void> {
		const generation = ++this.#generation;
		const values = await this.getSuggestions(this.inputEl.value);
		if (generation !== this.#generation) return;
		this.resultContainerEl.empty();
		this.#suggestions = [];
		this.#selected = 0;
		if (values.length === 0) {
			this.onNoSuggestion();
			return;
		}
		for (const value of values.slice(0, this.limit)) this.#renderOne(value);
		this.#highlight();
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	#renderOne(value: T): void {
		const el = this.resultContainerEl.createDiv("suggestion-item");
		const index = this.#suggestions.length;
		this.#suggestions.push({ value, el });
		this.renderSuggestion(value, el);
		el.addEventListener("mousemove", () => {
			this.#selected = index;
			this.#highlight();
		});
		el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
	}

	#onKey(evt: KeyboardEvent): void {
		const count = this.#suggestions.length;
		if (evt.key === "Enter") {
			evt.preventDefault();
			this.selectActiveSuggestion(evt);
		} else if (count > 0 && (evt.key === "ArrowDown" || evt.key === "ArrowUp")) {
			evt.preventDefault();
			this.#selected = (this.#selected + (evt.key === "ArrowDown" ? 1 : count - 1)) % count;
			this.#highlight();
		}
	}

	#highlight(): void {
		this.#suggestions.forEach(({ el }, index) => el.toggleClass("is-selected", index === this.#selected));
	}
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> implements O.FuzzySuggestModal<T> {
	getSuggestions(query: string): O.FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const found: O.FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) found.push({ item, match });
		}
		// Array.prototype.sort is stable, so equal scores keep the order getItems gave.
		return query.trim() === "" ? found : found.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: O.FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(item.item));
	}

	onChooseSuggestion(item: O.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
