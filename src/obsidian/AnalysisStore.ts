import type { DataAdapter } from "obsidian";
import { analysisDependsOn, parseSavedAnalyses, serializeAnalyses, type SavedNote } from "../core/index/savedAnalyses";
import type { RecognitionOptions } from "../core/question/recognition";

/**
 * The analyses saved in the plugin's own folder between two start-ups (see core/index/savedAnalyses).
 * A file that cannot be read or written only costs the next start-up its head start: the notes
 * are then analysed afresh, never read from a doubtful file.
 */
export class AnalysisStore {
	constructor(
		private readonly adapter: Pick<DataAdapter, "exists" | "read" | "write">,
		/** `<config>/plugins/<id>/analyses.json`. */
		private readonly path: string,
		/** The plugin's version: another version's analyses are never reused. */
		private readonly version: string,
	) {}

	async load(options: RecognitionOptions): Promise<Map<string, SavedNote>> {
		try {
			if (!(await this.adapter.exists(this.path))) return new Map();
			return parseSavedAnalyses(await this.adapter.read(this.path), analysisDependsOn(this.version, options));
		} catch {
			return new Map();
		}
	}

	async save(notes: Iterable<SavedNote>, options: RecognitionOptions): Promise<void> {
		try {
			await this.adapter.write(this.path, serializeAnalyses(notes, analysisDependsOn(this.version, options)));
		} catch {
			// Not saved: the next start-up analyses every note, as on the first.
		}
	}
}
