import { Component, TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import type { QuestionIndex } from "../core/index/QuestionIndex";
import { analyzeNote, type NoteAnalysis } from "../core/parse/analyzeNote";
import type { RecognitionOptions } from "../core/question/recognition";
import { snapshotOf } from "./readSnapshot";

/** How many notes are read between two yields to the interface at start-up. */
const NOTES_PER_SLICE = 200;

/**
 * Keeps a QuestionIndex in step with the vault: a full read once the layout is ready (in
 * slices, so the interface stays responsive), then one note at a time from the metadata
 * cache's `changed`, and the vault's `rename` and `delete`. Never rescans on a change.
 */
export class VaultIndexer extends Component {
	private ready = false;
	private loaded = false;
	private generation = 0;
	/** Paths the live events changed while a full read was running: their newer state wins. */
	private readonly touchedDuringRebuild = new Set<string>();
	private rebuilding = false;

	constructor(
		private readonly app: App,
		readonly index: QuestionIndex,
		private readonly options: () => RecognitionOptions,
		/** Files the plugin keeps for itself (the review log) are not notes to index. */
		private readonly isOwnFile: (path: string) => boolean = () => false,
		/** Runs after each full read, once the index holds it. */
		private readonly afterRebuild: () => Promise<void> = () => Promise.resolve(),
	) {
		super();
	}

	get isReady(): boolean {
		return this.ready;
	}

	override onload(): void {
		this.loaded = true;
		const { metadataCache, vault, workspace } = this.app;
		this.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		this.registerEvent(vault.on("rename", (file, oldPath) => void this.onRename(file, oldPath)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		workspace.onLayoutReady(() => void this.rebuild());
	}

	override onunload(): void {
		this.loaded = false;
		this.generation++;
	}

	/** Reads every markdown note again, e.g. after the recognition settings changed. */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		this.touchedDuringRebuild.clear();
		this.rebuilding = true;
		const analyses: NoteAnalysis[] = [];
		const files = this.app.vault.getMarkdownFiles().filter((file) => !this.isOwnFile(file.path));
		for (let start = 0; start < files.length; start += NOTES_PER_SLICE) {
			const slice = files.slice(start, start + NOTES_PER_SLICE);
			analyses.push(...(await Promise.all(slice.map((file) => this.analyze(file)))));
			if (generation !== this.generation) return;
			await nextTick();
		}
		if (generation !== this.generation) return;
		const untouched = analyses.filter((analysis) => !this.touchedDuringRebuild.has(analysis.path));
		const live = [...this.touchedDuringRebuild].flatMap((path) => this.index.analysis(path) ?? []);
		this.index.replaceAll([...untouched, ...live]);
		this.touchedDuringRebuild.clear();
		this.rebuilding = false;
		this.ready = true;
		await this.afterRebuild();
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (!this.loaded || file.extension !== "md" || this.isOwnFile(file.path)) return;
		this.touch(file.path);
		this.index.upsert(analyzeNote(snapshotOf(file, data, cache), this.options()));
	}

	private async onRename(file: TAbstractFile, oldPath: string): Promise<void> {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		if (this.isOwnFile(file.path)) {
			this.index.remove(oldPath);
			return;
		}
		const analysis = await this.analyze(file);
		if (!this.loaded) return;
		this.touch(oldPath);
		this.touch(file.path);
		this.index.rename(oldPath, analysis);
	}

	private onDelete(file: TAbstractFile): void {
		if (!this.loaded || !(file instanceof TFile)) return;
		this.touch(file.path);
		this.index.remove(file.path);
	}

	/** Only while a full read runs: its older read of this note must not replace the live one. */
	private touch(path: string): void {
		if (this.rebuilding) this.touchedDuringRebuild.add(path);
	}

	private async analyze(file: TFile): Promise<NoteAnalysis> {
		const text = await this.app.vault.cachedRead(file);
		return analyzeNote(snapshotOf(file, text, this.app.metadataCache.getFileCache(file)), this.options());
	}
}

function nextTick(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
