import { parseYamlAsObsidian } from "../core/note/yamlEngine";
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Dirent } from "fs";
import { join } from "path";
import { splitFrontmatter, type FrontmatterBlock } from "../core/note/frontmatterBlock";
import type { NoteSnapshot } from "../core/note/NoteSnapshot";
import { readProperties } from "../core/note/readProperties";

/**
 * The headless source: every markdown note below `vaultRoot`, read as Obsidian would.
 * Dot-folders (`.obsidian`, `.trash`, `.git`) are skipped and links are never followed, so
 * nothing outside the vault is read. Read-only.
 */
export function readVault(vaultRoot: string): NoteSnapshot[] {
	return listMarkdownFiles(vaultRoot).map((path) => readNote(vaultRoot, path));
}

/** `unreadable` hears of each folder that cannot be listed (permissions); the rest is still listed. */
export function listMarkdownFiles(vaultRoot: string, unreadable?: (folder: string, error: unknown) => void): string[] {
	const found: string[] = [];
	const pending = [""];
	while (pending.length > 0) {
		const folder = pending.pop() as string;
		const entries = listFolder(vaultRoot, folder, unreadable);
		for (const entry of entries) {
			if (entry.name.startsWith(".") || entry.isSymbolicLink()) continue;
			const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
			if (entry.isDirectory()) pending.push(path);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(path);
		}
	}
	return found.sort();
}

function listFolder(vaultRoot: string, folder: string, unreadable?: (folder: string, error: unknown) => void): Dirent[] {
	if (!unreadable || folder === "") return readdirSync(join(vaultRoot, folder), { withFileTypes: true });
	try {
		return readdirSync(join(vaultRoot, folder), { withFileTypes: true });
	} catch (error) {
		unreadable(folder, error);
		return [];
	}
}

/** A note as read from disk, with its size in bytes as the file system gives it (Dataview's `file.size`). */
export type ReadNote = NoteSnapshot & { size: number };

/** One open, one fstat and one read per note (no second lookup of the path for its times); the block split once, for the YAML and for analyzeNote. */
export function readNote(vaultRoot: string, path: string): ReadNote {
	const fd = openSync(join(vaultRoot, path), "r");
	try {
		const stat = fstatSync(fd);
		const text = readFileSync(fd, "utf8");
		const block = splitFrontmatter(text);
		return { path, text, ctime: stat.birthtimeMs || stat.ctimeMs, mtime: stat.mtimeMs, size: stat.size, ...parseFrontmatter(text, block), structure: { block } };
	} finally {
		closeSync(fd);
	}
}

/** Is `path` a plain file or folder of its own, not a link that could lead out of the vault? */
export function isRealFolder(path: string): boolean {
	try {
		return lstatSync(path).isDirectory();
	} catch {
		return false;
	}
}

type ParsedFrontmatter = Pick<NoteSnapshot, "frontmatter" | "frontmatterError">;

/**
 * YAML as Obsidian reads it (core/note/yamlEngine): YAML 1.2 core types, so `2025-10-03` stays
 * text; a duplicated key fails the whole block ("duplicated mapping key"), so the note has no
 * properties, as in Obsidian's Properties panel and in Dataview. The block is handed to js-yaml
 * as split: wrapping it for gray-matter only to have it split again cost a third of the read.
 */
export function parseFrontmatter(text: string, block: FrontmatterBlock = splitFrontmatter(text)): ParsedFrontmatter {
	if (block.kind !== "yaml") return { frontmatter: null };
	const read = readProperties(block.yaml, parseYamlAsObsidian);
	return read.ok ? { frontmatter: read.properties } : { frontmatterError: read.reason };
}
