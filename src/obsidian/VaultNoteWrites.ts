import { normalizePath, type App, type TFile } from "obsidian";
import type { ChangedLine, CreatedNote, NoteWrites, UndoOutcome } from "../core/write/NoteWrites";
import { LineWriteError, replaceLine } from "../core/write/replaceLine";

/**
 * NoteWrites in Obsidian: `vault.create` for new notes (it refuses an existing path, so nothing is
 * overwritten), one `vault.process` call for a line (so an edit made in between is never lost and
 * the proof runs on the text being saved), and the user's trash for an undone note.
 */
export class VaultNoteWrites implements NoteWrites {
	constructor(private readonly app: App) {}

	async read(path: string): Promise<string | undefined> {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		return file ? this.app.vault.read(file) : undefined;
	}

	exists(path: string): boolean {
		return this.app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
	}

	async create(path: string, text: string): Promise<CreatedNote> {
		const normalized = normalizePath(path);
		const folders = await this.ensureFolder(normalized.slice(0, Math.max(0, normalized.lastIndexOf("/"))));
		const file = await this.app.vault.create(normalized, text);
		// The proof of a create: the new note holds exactly the text meant, and nothing else was touched.
		if ((await this.app.vault.read(file)) !== text) throw new Error(`${normalized} was created but does not hold the text written`);
		return { kind: "created", path: normalized, text, ...(folders.length > 0 ? { folders } : {}) };
	}

	async replaceLine(path: string, index: number, expected: string, replacement: string): Promise<ChangedLine> {
		const file = this.fileAt(path);
		if (!file) throw new LineWriteError(`${path} no longer exists`);
		await this.app.vault.process(file, (text) => replaceLine(text, index, expected, replacement));
		return { kind: "line", path: file.path, index, before: expected, after: replacement };
	}

	async removeCreated(note: CreatedNote): Promise<UndoOutcome> {
		const file = this.fileAt(note.path);
		if (!file) return "missing";
		if ((await this.app.vault.read(file)) !== note.text) return "changed";
		await this.app.fileManager.trashFile(file);
		await this.removeEmptyFolders(note.folders ?? []);
		return "undone";
	}

	async restoreLine(change: ChangedLine): Promise<UndoOutcome> {
		const file = this.fileAt(change.path);
		if (!file) return "missing";
		let outcome: UndoOutcome = "changed";
		await this.app.vault.process(file, (text) => {
			try {
				const restored = replaceLine(text, change.index, change.after, change.before);
				outcome = "undone";
				return restored;
			} catch {
				// The line was edited since: it stays as the user left it.
				return text;
			}
		});
		return outcome;
	}

	private fileAt(path: string): TFile | null {
		return this.app.vault.getFileByPath(normalizePath(path));
	}

	/** Makes the folder and its missing parents; returns those it made, outermost first. */
	private async ensureFolder(folder: string): Promise<string[]> {
		if (folder === "" || this.app.vault.getAbstractFileByPath(folder)) return [];
		const made = await this.ensureFolder(folder.slice(0, Math.max(0, folder.lastIndexOf("/"))));
		await this.app.vault.createFolder(folder);
		return [...made, folder];
	}

	/** Innermost first, so a parent is empty once its child is gone; a folder holding anything stays. */
	private async removeEmptyFolders(folders: readonly string[]): Promise<void> {
		for (const path of [...folders].reverse()) {
			const folder = this.app.vault.getFolderByPath(path);
			if (folder && folder.children.length === 0) await this.app.fileManager.trashFile(folder);
		}
	}
}
