import { Component, TFile, type Vault } from "obsidian";
import type { QuestionIndex } from "../core/index/QuestionIndex";
import type { Question } from "../core/question/Question";
import { QuestionSearch, questionSearchText } from "../core/search/QuestionSearch";

/** Time one slice of search work may take before the interface gets a turn. */
const SLICE_MS = 16;
const DOCUMENTS_PER_STEP = 25;

/**
 * Keeps a QuestionSearch in step with the index, in the background: it reads the question text of
 * new or changed questions only, then feeds the search index in slices of at most 16 ms.
 */
export class SearchIndexer extends Component {
	readonly search = new QuestionSearch();
	private readonly texts = new Map<string, string>();
	private readonly read = new WeakSet<Question>();
	private running: Promise<void> | null = null;
	private again = false;
	private loaded = false;

	constructor(
		private readonly vault: Pick<Vault, "getAbstractFileByPath" | "cachedRead">,
		private readonly index: QuestionIndex,
	) {
		super();
	}

	override onload(): void {
		this.loaded = true;
		this.register(this.index.subscribe(() => void this.update()));
		void this.update();
	}

	override onunload(): void {
		this.loaded = false;
	}

	/** Resolves once the search has caught up with the index (tests and "Find question" wait on it). */
	update(): Promise<void> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = this.catchUp().finally(() => (this.running = null));
		return this.running;
	}

	private async catchUp(): Promise<void> {
		do {
			this.again = false;
			await this.readChangedTexts();
			while (this.loaded && this.syncForAWhile()) await nextTick();
		} while (this.again && this.loaded);
	}

	private async readChangedTexts(): Promise<void> {
		const changed = this.index.questions().filter((question) => !this.read.has(question));
		for (const question of changed) {
			this.read.add(question);
			const file = this.vault.getAbstractFileByPath(question.path);
			if (file instanceof TFile) this.texts.set(question.path, questionSearchText(await this.vault.cachedRead(file), question.title));
		}
		for (const path of this.texts.keys()) if (!this.index.question(path)) this.texts.delete(path);
	}

	/** Feeds the search index until the slice's time is up; true when work remains. */
	private syncForAWhile(): boolean {
		const start = performance.now();
		let more = true;
		while (more && performance.now() - start < SLICE_MS) {
			more = this.search.syncSlice(this.index, (path) => this.texts.get(path), DOCUMENTS_PER_STEP);
		}
		return more;
	}
}

function nextTick(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
