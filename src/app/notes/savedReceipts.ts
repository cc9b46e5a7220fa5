import type { NoteChange } from "../../core/write/NoteWrites";
import type { Receipt } from "./UndoStack";

/** The few file operations the saved receipts need (Obsidian's `vault.adapter` has them). */
export interface ReceiptFiles {
	read(path: string): Promise<string>;
	write(path: string, data: string): Promise<void>;
	exists(path: string): Promise<boolean>;
	remove(path: string): Promise<void>;
}

/** The newest imports kept for undo after a restart; older ones are removed by hand. */
export const SAVED_IMPORTS = 20;

/**
 * The imports' undo receipts, kept in one JSON file in the plugin's folder so that "Undo the last
 * import" still works after Obsidian restarts. A file that cannot be read gives no receipts: the
 * notes themselves are never touched by losing it.
 */
export class SavedReceipts {
	constructor(
		private readonly files: ReceiptFiles,
		private readonly path: string,
	) {}

	async load(): Promise<Receipt[]> {
		try {
			if (!(await this.files.exists(this.path))) return [];
			return parseReceipts(await this.files.read(this.path));
		} catch {
			return [];
		}
	}

	/** Writes the receipts (oldest first), or removes the file when none is left. */
	async save(receipts: readonly Receipt[]): Promise<void> {
		const kept = receipts.slice(-SAVED_IMPORTS);
		if (kept.length > 0) await this.files.write(this.path, `${JSON.stringify(kept, null, "\t")}\n`);
		else if (await this.files.exists(this.path)) await this.files.remove(this.path);
	}
}

/** Only well-formed receipts of imports are taken; anything else in the file is left out. */
export function parseReceipts(text: string): Receipt[] {
	const data: unknown = JSON.parse(text);
	if (!Array.isArray(data)) return [];
	return data.flatMap((item): Receipt[] => {
		if (!isRecord(item) || typeof item.label !== "string" || item.action !== "import" || !Array.isArray(item.changes)) return [];
		const changes = item.changes.filter(isCreatedNote);
		return changes.length === item.changes.length && changes.length > 0 ? [{ label: item.label, action: "import", changes }] : [];
	});
}

function isCreatedNote(value: unknown): value is NoteChange {
	if (!isRecord(value) || value.kind !== "created" || typeof value.path !== "string" || typeof value.text !== "string") return false;
	return value.folders === undefined || (Array.isArray(value.folders) && value.folders.every((folder) => typeof folder === "string"));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
