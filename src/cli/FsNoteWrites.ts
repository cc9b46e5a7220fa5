import { existsSync, lstatSync, readFileSync, rmSync, writeFileSync } from "fs";
import { resolve } from "path";
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
		const file = newFileInsideVault(this.root, path);
		writeFileSync(file, text, { encoding: "utf8", flag: "wx" });
		if (readFileSync(file, "utf8") !== text) throw new Error(`${path} was created but does not hold the text written`);
		return Promise.resolve({ kind: "created", path, text });
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
		return "undone";
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
