import { parseYaml, type TFile, type Vault } from "obsidian";
import { splitFrontmatter } from "../core/note/frontmatterBlock";
import { readProperties } from "../core/note/readProperties";
import { applyFrontmatterPatch, FrontmatterWriteError, type FrontmatterPatch } from "../core/write/frontmatterPatch";
import { restoringPatch } from "../core/write/learningPatch";
import { changedSinceWrite } from "../core/write/undoCheck";
import { verifyPatch } from "../core/write/verifyPatch";

/** What a write changed, so it can be undone. */
export interface WriteReceipt {
	file: TFile;
	before: string;
	after: string;
	/** What the write put into the note, so undo can tell whether it is still there. */
	written: FrontmatterPatch;
	restore: FrontmatterPatch;
}

/**
 * The one place the plugin writes notes. Each write is a single `vault.process` call, so it
 * applies to the note's latest text atomically (an edit made in between is kept), and it is
 * proven by verifyPatch before Obsidian saves anything: a failed proof throws and writes nothing.
 */
export class FrontmatterWriter {
	constructor(private readonly vault: Pick<Vault, "process">) {}

	/**
	 * `makePatch` receives the note's properties as they are at the moment of writing, so a value
	 * computed from them (the next learning state) builds on the latest write, never a stale copy.
	 */
	async write(file: TFile, makePatch: (properties: Readonly<Record<string, unknown>>) => FrontmatterPatch): Promise<WriteReceipt> {
		let receipt: WriteReceipt | undefined;
		await this.vault.process(file, (text) => {
			const properties = currentProperties(text);
			const patch = makePatch(properties);
			const after = applyFrontmatterPatch(text, patch);
			verifyPatch(text, after, patch, parseYaml);
			receipt = { file, before: text, after, written: patch, restore: restoringPatch(patch, properties) };
			return after;
		});
		if (!receipt) throw new Error("the note was not processed");
		return receipt;
	}

	/**
	 * Undo: byte for byte when the note is still exactly as we left it; otherwise (the learner
	 * edited it since) only the plugin's properties go back, and their edit stays. When those
	 * properties no longer hold what the write put there (a sync brought another device's grade),
	 * nothing is written and the error says what changed.
	 */
	async undo(receipt: WriteReceipt): Promise<void> {
		await this.vault.process(receipt.file, (text) => {
			if (text === receipt.after) return receipt.before;
			const changed = changedSinceWrite(receipt.written, currentProperties(text));
			if (changed.length > 0) {
				throw new FrontmatterWriteError(`its learning properties changed since (${changed.join(", ")}); the note was left as it is`);
			}
			const restored = applyFrontmatterPatch(text, receipt.restore);
			verifyPatch(text, restored, receipt.restore, parseYaml);
			return restored;
		});
	}
}

/** The properties in the text being changed; a block Obsidian cannot read stops the write here. */
function currentProperties(text: string): Record<string, unknown> {
	const block = splitFrontmatter(text);
	if (block.kind === "broken") throw new FrontmatterWriteError(block.problem.message);
	if (block.kind === "none") return {};
	const read = readProperties(block.yaml, parseYaml);
	if (!read.ok) throw new FrontmatterWriteError(`the frontmatter is ${read.reason}`);
	return read.properties ?? {};
}
