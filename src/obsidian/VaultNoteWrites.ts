import { normalizePath, parseYaml, type App, type TFile } from "obsidian";
import type { FrontmatterPatch } from "../core/write/frontmatterPatch";
import type { ChangedLine, CreatedNote, NoteChange, NoteWrites, PatchedFrontmatter, RewrittenNote, UndoResult } from "../core/write/NoteWrites";
import { planFrontmatterPatch, planRewrite, planUndo } from "../core/write/planWrites";
import { LineWriteError, replaceLine } from "../core/write/replaceLine";

/** Obsidian's own YAML reader proves the writes: what it reads back is what the vault will show. */
const parse = (yaml: string): unknown => parseYaml(yaml) as unknown;

/**
 * The plugin's one note writer. `vault.create` for new notes (it refuses an existing path, so
 * nothing is overwritten); every change to a note is one `vault.process` call, so it applies to
 * the note's latest text atomically (an edit made in between is never lost) and its proof runs
 * on the very text being saved: a failed proof throws and Obsidian saves nothing. An undone new
 * note goes to the user's trash.
 */
export class VaultNoteWrites implements NoteWrites {
	constructor(private readonly app: Pick<App, "vault" | "fileManager">) {}

	async read(path: string): Promise<string | undefined> {
		const file = this.fileAt(path);
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

	async patchFrontmatter(path: string, makePatch: (properties: Readonly<Record<string, unknown>>) => FrontmatterPatch): Promise<PatchedFrontmatter> {
		const file = this.existing(path);
		let change: PatchedFrontmatter | undefined;
		await this.app.vault.process(file, (text) => {
			change = planFrontmatterPatch(file.path, text, makePatch, parse);
			return change.after;
		});
		if (!change) throw new Error("the note was not processed");
		return change;
	}

	async rewrite(path: string, before: string, plan: (text: string) => string): Promise<RewrittenNote | undefined> {
		const file = this.fileAt(path);
		if (!file) return undefined;
		let after: string | undefined;
		await this.app.vault.process(file, (text) => {
			after = planRewrite(text, before, plan);
			return after ?? text;
		});
		return after === undefined ? undefined : { kind: "rewrite", path: file.path, before, after };
	}

	async undo(change: NoteChange): Promise<UndoResult> {
		const file = this.fileAt(change.path);
		if (!file) return { outcome: "missing" };
		if (change.kind === "created") return this.trashCreated(file, change);
		let result: UndoResult = { outcome: "changed" };
		await this.app.vault.process(file, (text) => {
			const undone = planUndo(change, text, parse);
			if ("kept" in undone) {
				result = { outcome: "changed", reason: undone.kept };
				return text;
			}
			result = { outcome: "undone" };
			return undone.text;
		});
		return result;
	}

	private async trashCreated(file: TFile, note: CreatedNote): Promise<UndoResult> {
		if ((await this.app.vault.read(file)) !== note.text) return { outcome: "changed" };
		await this.app.fileManager.trashFile(file);
		await this.removeEmptyFolders(note.folders ?? []);
		return { outcome: "undone" };
	}

	private fileAt(path: string): TFile | null {
		return this.app.vault.getFileByPath(normalizePath(path));
	}

	private existing(path: string): TFile {
		const file = this.fileAt(path);
		if (!file) throw new Error(`${path} no longer exists`);
		return file;
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
