import { existsSync, lstatSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "fs";
import { dirname, isAbsolute, relative, resolve } from "path";
import { parseYamlAsObsidian } from "../core/note/yamlEngine";
import type { FrontmatterPatch } from "../core/write/frontmatterPatch";
import type { ChangedLine, CreatedNote, NoteChange, NoteWrites, PatchedFrontmatter, RewrittenNote, UndoResult } from "../core/write/NoteWrites";
import { planFrontmatterPatch, planRewrite, planUndo } from "../core/write/planWrites";
import { replaceLine } from "../core/write/replaceLine";
import { fileInsideVault, newFileInsideVault, replaceAtomically } from "./vaultFiles";

/** YAML as the CLI reads notes (readVault): a write is proven by the parser that reads it back. */
const parse = (yaml: string): unknown => parseYamlAsObsidian(yaml);

/**
 * The headless note writer, on a vault folder: a new note is written with `wx`, so an existing
 * file is never overwritten; a changed note is written to a temp file renamed over it, after its
 * proof; only plain files inside the vault, reached without symbolic links, are touched.
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
		return settled(() => {
			const folders = foldersOnPath(path).filter((folder) => !this.exists(folder));
			const file = newFileInsideVault(this.root, path);
			writeFileSync(file, text, { encoding: "utf8", flag: "wx" });
			if (readFileSync(file, "utf8") !== text) throw new Error(`${path} was created but does not hold the text written`);
			return { kind: "created", path, text, ...(folders.length > 0 ? { folders } : {}) };
		});
	}

	replaceLine(path: string, index: number, expected: string, replacement: string): Promise<ChangedLine> {
		return settled(() => {
			const file = fileInsideVault(this.root, path);
			replaceAtomically(file, replaceLine(readFileSync(file, "utf8"), index, expected, replacement));
			return { kind: "line", path, index, before: expected, after: replacement };
		});
	}

	patchFrontmatter(path: string, makePatch: (properties: Readonly<Record<string, unknown>>) => FrontmatterPatch): Promise<PatchedFrontmatter> {
		return settled(() => {
			const file = fileInsideVault(this.root, path);
			const change = planFrontmatterPatch(path, readFileSync(file, "utf8"), makePatch, parse);
			replaceAtomically(file, change.after);
			return change;
		});
	}

	/**
	 * Compared as bytes: a decoded comparison cannot see bytes that are not valid UTF-8, so a
	 * note holding them is never rewritten.
	 */
	rewrite(path: string, before: string, plan: (text: string) => string): Promise<RewrittenNote | undefined> {
		return settled(() => {
			const file = fileInsideVault(this.root, path);
			if (!readFileSync(file).equals(Buffer.from(before, "utf8"))) return undefined;
			const after = planRewrite(before, before, plan);
			if (after === undefined) return undefined;
			replaceAtomically(file, after);
			return { kind: "rewrite", path, before, after };
		});
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

	async undo(change: NoteChange): Promise<UndoResult> {
		const text = await this.read(change.path);
		if (text === undefined) return { outcome: "missing" };
		const file = fileInsideVault(this.root, change.path);
		if (change.kind === "created") {
			if (text !== change.text || !lstatSync(file).isFile()) return { outcome: "changed" };
			rmSync(file);
			this.removeEmptyFolders(change.folders ?? []);
			return { outcome: "undone" };
		}
		const undone = planUndo(change, text, parse);
		if ("kept" in undone) return { outcome: "changed", reason: undone.kept };
		replaceAtomically(file, undone.text);
		return { outcome: "undone" };
	}
}

/** A synchronous write as the interface's promise: a failure rejects it, as Obsidian's vault calls do. */
function settled<T>(write: () => T): Promise<T> {
	try {
		return Promise.resolve(write());
	} catch (error) {
		return Promise.reject(error instanceof Error ? error : new Error(String(error)));
	}
}

/** "a/b/c.md" → ["a", "a/b"]: the folders a note's path runs through, outermost first. */
function foldersOnPath(path: string): string[] {
	const folders: string[] = [];
	for (let folder = dirname(path.replace(/\\/g, "/")); folder !== "." && folder !== "/" && folder !== ""; folder = dirname(folder)) folders.unshift(folder);
	return folders;
}
