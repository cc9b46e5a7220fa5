import { Component, debounce, TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import type { QuestionIndex } from "../core/index/QuestionIndex";
import { reuseSaved, type FileKey, type SavedNote } from "../core/index/savedAnalyses";
import { analyzeNote, type NoteAnalysis } from "../core/parse/analyzeNote";
import type { RecognitionOptions } from "../core/question/recognition";
import type { AnalysisStore } from "./AnalysisStore";
import type { DataviewPage } from "../core/dataview/pageData";
import { retainedAnalysis } from "../core/index/retainedAnalysis";
import { snapshotOf } from "./readSnapshot";

/** The longest stretch of analysis between two yields to the interface: under a 16 ms frame, with room for the yield. */
const SLICE_MS = 12;
/** How many notes' texts are asked for at once. */
const READ_BATCH = 64;
/** How long after the last change of a note the saved analyses are written again. */
const SAVE_PAUSE_MS = 30_000;

/**
 * Keeps a QuestionIndex in step with the vault: a full read once the layout is ready (in
 * slices of at most SLICE_MS, so the interface stays responsive, reusing the saved analyses of
 * notes unchanged since the last start-up), then one note at a time from the metadata cache's
 * `changed`, and the vault's `rename` and `delete`. Never rescans on a change. The index's
 * readiness says how far the first read is.
 */
export class VaultIndexer extends Component {
	private loaded = false;
	private generation = 0;
	/** Paths the live events changed while a full read was running: their newer state wins. */
	private readonly touchedDuringRebuild = new Set<string>();
	private rebuilding = false;
	/** The file each indexed analysis was made from, for the saved analyses. */
	private readonly keys = new Map<string, FileKey>();
	private readonly saveSoon = debounce(() => void this.save(), SAVE_PAUSE_MS, true);

	constructor(
		private readonly app: App,
		readonly index: QuestionIndex,
		private readonly options: () => RecognitionOptions,
		/** Files the plugin keeps for itself (the review log) are not notes to index. */
		private readonly isOwnFile: (path: string) => boolean = () => false,
		/** Runs after each full read, once the index holds it. */
		private readonly afterRebuild: () => Promise<void> = () => Promise.resolve(),
		/** Where the analyses are kept between start-ups; without it every start-up analyses every note. */
		private readonly store?: AnalysisStore,
	) {
		super();
	}

	get isReady(): boolean {
		return this.index.isReady;
	}

	override onload(): void {
		this.loaded = true;
		const { metadataCache, vault, workspace } = this.app;
		this.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		this.registerEvent(vault.on("rename", (file, oldPath) => void this.onRename(file, oldPath)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		this.register(() => this.saveSoon.cancel());
		// The promise is returned for hosts that wait on it (the tests' fake); Obsidian ignores it.
		workspace.onLayoutReady(() => this.rebuild());
	}

	override onunload(): void {
		this.loaded = false;
		this.generation++;
	}

	/** Reads every markdown note again, e.g. after the recognition settings changed. */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		const current = () => generation === this.generation;
		this.touchedDuringRebuild.clear();
		this.rebuilding = true;
		const options = this.options();
		const saved = this.store ? await this.store.load(options) : new Map<string, SavedNote>();
		const files = this.app.vault.getMarkdownFiles().filter((file) => !this.isOwnFile(file.path));
		const analyses: NoteAnalysis[] = [];
		let reused = 0;
		let sliceStart = performance.now();
		for (let start = 0; start < files.length; start += READ_BATCH) {
			const batch = files.slice(start, start + READ_BATCH);
			const texts = await Promise.all(batch.map((file) => this.app.vault.cachedRead(file)));
			if (!current()) return;
			for (const [i, file] of batch.entries()) {
				const text = texts[i] ?? "";
				const again = reuseSaved(saved.get(file.path), keyOf(file), text);
				if (again) reused++;
				analyses.push(again ? withFileSize(again, file) : this.analyze(file, text, options));
				if (performance.now() - sliceStart < SLICE_MS) continue;
				this.reportProgress(analyses.length, files.length);
				await nextTick();
				if (!current()) return;
				sliceStart = performance.now();
			}
		}
		if (!current()) return;
		const untouched = analyses.filter((analysis) => !this.touchedDuringRebuild.has(analysis.path));
		const live = [...this.touchedDuringRebuild].flatMap((path) => this.index.analysis(path) ?? []);
		this.keepKeys(files, live);
		this.index.replaceAll([...untouched, ...live]);
		this.touchedDuringRebuild.clear();
		this.rebuilding = false;
		this.index.setReadiness({ state: "ready" });
		// Nothing to save when every note was reused and none went away since.
		if (reused !== files.length || saved.size !== files.length) void this.save();
		await this.afterRebuild();
	}

	/** The files read, except those a live event changed meanwhile: those keep the key the event gave. */
	private keepKeys(files: readonly TFile[], live: readonly NoteAnalysis[]): void {
		const keys = new Map<string, FileKey>();
		for (const file of files) if (!this.touchedDuringRebuild.has(file.path)) keys.set(file.path, keyOf(file));
		for (const { path } of live) {
			const key = this.keys.get(path);
			if (key) keys.set(path, key);
		}
		this.keys.clear();
		for (const [path, key] of keys) this.keys.set(path, key);
	}

	private reportProgress(done: number, total: number): void {
		if (!this.index.isReady) this.index.setReadiness({ state: "reading", done, total });
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (!this.loaded || file.extension !== "md" || this.isOwnFile(file.path)) return;
		this.touch(file.path);
		this.index.upsert(withFileSize(analyzeNote(snapshotOf(file, data, cache), this.options()), file));
		this.keep(file.path, keyOf(file));
	}

	private async onRename(file: TAbstractFile, oldPath: string): Promise<void> {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		if (this.isOwnFile(file.path)) {
			this.index.remove(oldPath);
			return;
		}
		const analysis = this.analyze(file, await this.app.vault.cachedRead(file), this.options());
		if (!this.loaded) return;
		this.touch(oldPath);
		this.touch(file.path);
		this.index.rename(oldPath, analysis);
		this.keys.delete(oldPath);
		this.keep(file.path, keyOf(file));
	}

	private onDelete(file: TAbstractFile): void {
		if (!this.loaded || !(file instanceof TFile)) return;
		this.touch(file.path);
		this.index.remove(file.path);
		this.keys.delete(file.path);
		this.saveSoon();
	}

	/** Only while a full read runs: its older read of this note must not replace the live one. */
	private touch(path: string): void {
		if (this.rebuilding) this.touchedDuringRebuild.add(path);
	}

	private keep(path: string, key: FileKey): void {
		this.keys.set(path, key);
		if (this.store && this.index.isReady) this.saveSoon();
	}

	private analyze(file: TFile, text: string, options: RecognitionOptions): NoteAnalysis {
		return withFileSize(analyzeNote(snapshotOf(file, text, this.app.metadataCache.getFileCache(file)), options), file);
	}

	private async save(): Promise<void> {
		if (!this.store || !this.loaded) return;
		const notes: SavedNote[] = [];
		for (const [path, key] of this.keys) {
			const analysis = this.index.analysis(path);
			if (analysis) notes.push({ key, analysis });
		}
		await this.store.save(notes, this.options());
	}
}

/**
 * Dataview's `file.size` is the file's, from its stat. The text stays on the page only until its
 * Dataview body data is read from it at the first query (then the index keeps that, not the text).
 */
function withFileSize(analysis: NoteAnalysis, file: TFile): NoteAnalysis {
	const page: DataviewPage = { ...analysis.page, size: file.stat.size };
	analysis.page = page;
	// Made fit to keep inside the read's slices, not in the one final replaceAll; the body data is read at the first query (text held until then).
	return retainedAnalysis(analysis);
}

function keyOf(file: TFile): FileKey {
	return { mtime: file.stat.mtime, size: file.stat.size };
}

function nextTick(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
