import { parseYaml, type TFile, type Vault } from "obsidian";
import { applyFrontmatterPatch, type FrontmatterPatch } from "../core/write/frontmatterPatch";
import { verifyPatch } from "../core/write/verifyPatch";

/** What a write changed, so it can be undone. */
export interface WriteReceipt {
	file: TFile;
	before: string;
	after: string;
	restore: FrontmatterPatch;
}

/**
 * The one place the plugin writes notes. Each write is a single `vault.process` call, so it
 * applies to the note's latest text atomically (an edit made in between is kept), and it is
 * proven by verifyPatch before Obsidian saves anything: a failed proof throws and writes nothing.
 */
export class FrontmatterWriter {
	constructor(private readonly vault: Pick<Vault, "process">) {}

	async write(file: TFile, patch: FrontmatterPatch, restore: FrontmatterPatch): Promise<WriteReceipt> {
		let before = "";
		let after = "";
		await this.vault.process(file, (text) => {
			before = text;
			after = applyFrontmatterPatch(text, patch);
			verifyPatch(text, after, patch, parseYaml);
			return after;
		});
		return { file, before, after, restore };
	}

	/**
	 * Undo: byte for byte when the note is still exactly as we left it; otherwise (the learner
	 * edited it since) only the plugin's properties go back, and their edit stays.
	 */
	async undo(receipt: WriteReceipt): Promise<void> {
		await this.vault.process(receipt.file, (text) => {
			if (text === receipt.after) return receipt.before;
			const restored = applyFrontmatterPatch(text, receipt.restore);
			verifyPatch(text, restored, receipt.restore, parseYaml);
			return restored;
		});
	}
}
