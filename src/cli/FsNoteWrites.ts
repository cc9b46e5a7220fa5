import { existsSync, lstatSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "fs";
import { dirname, isAbsolute, relative, resolve } from "path";
import type { ChangedLine, CreatedNote, NoteWrites, UndoOutcome } from "../core/write/NoteWrites";
import { replaceLine } from "../core/write/replaceLine";
import { fileInsideVault, newFileInsideVault, replaceAtomically } from "./vaultFiles";

/**
 * NoteWrites on a vault folder: a new note is written with `wx`, so an existing file is never
 * overwritten; a line is replaced in a temp file renamed over the note; only plain files inside
 * the vault, reached without symbolic links, are touched.
 */
export class FsNoteWrites implements NoteWrites {
	constructor(private readonly root: string) {}

	read(path: string): Promise<string | undefined> {
		try {
			return Promise.resolve(readFileSync(fileInsideVault(this.root, path), "utf8"));
		} catch {
			return Promise.resolve(undefined);
		}
	}

	exists(path: string): boolean {
		return existsSync(resolve(this.root, path));
	}

	create(path: string, text: string): Promise<CreatedNote> {
		const folders = foldersOnPath(path).filter((folder) => !this.exists(folder));
		const file = newFileInsideVault(this.root, path);
		writeFileSync(file, text, { encoding: "utf8", flag: "wx" });
		if (readFileSync(file, "utf8") !== text) throw new Error(`${path} was created but does not hold the text written`);
		return Promise.resolve({ kind: "created", path, text, ...(folders.length > 0 ? { folders } : {}) });
	}

	replaceLine(path: string, index: number, expected: string, replacement: string): Promise<ChangedLine> {
		const file = fileInsideVault(this.root, path);
		replaceAtomically(file, replaceLine(readFileSync(file, "utf8"), index, expected, replacement));
		return Promise.resolve({ kind: "line", path, index, before: expected, after: replacement });
	}

	async removeCreated(note: CreatedNote): Promise<UndoOutcome> {
		const text = await this.read(note.path);
		if (text === undefined) return "missing";
		if (text !== note.text) return "changed";
		const file = fileInsideVault(this.root, note.path);
		if (!lstatSync(file).isFile()) return "changed";
		rmSync(file);
		this.removeEmptyFolders(note.folders ?? []);
		return "undone";
	}

	/** Innermost first; a folder that holds anything (or is not a plain folder) stays. */
	private removeEmptyFolders(folders: readonly string[]): void {
		for (const folder of [...folders].reverse()) {
			const full = resolve(this.root, folder);
			const inside = relative(this.root, full);
			if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) continue;
			if (existsSync(full) && lstatSync(full).isDirectory() && readdirSync(full).length === 0) rmdirSync(full);
		}
	}

	async restoreLine(change: ChangedLine): Promise<UndoOutcome> {
		const text = await this.read(change.path);
		if (text === undefined) return "missing";
		try {
			replaceAtomically(fileInsideVault(this.root, change.path), replaceLine(text, change.index, change.after, change.before));
			return "undone";
		} catch {
			// Edited since: the line stays as the user left it.
			return "changed";
		}
	}
}

/** "a/b/c.md" → ["a", "a/b"]: the folders a note's path runs through, outermost first. */
function foldersOnPath(path: string): string[] {
	const folders: string[] = [];
	for (let folder = dirname(path.replace(/\\/g, "/")); folder !== "." && folder !== "/" && folder !== ""; folder = dirname(folder)) folders.unshift(folder);
	return folders;
}
