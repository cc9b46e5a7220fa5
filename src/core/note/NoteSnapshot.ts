import type { FrontmatterBlock } from "./frontmatterBlock";
import type { Outline } from "./outline";

/**
 * What a source (Obsidian's metadata cache, or the headless file reader) knows about one
 * markdown file. Core code derives everything else from this, so both sources share one path.
 */
export interface NoteSnapshot {
	/** Vault-relative path with forward slashes, e.g. `50-Backend/q-joins--backend--hard.md`. */
	path: string;
	text: string;
	ctime: number;
	mtime: number;
	/**
	 * The parsed frontmatter as the source's YAML parser saw it: an object, `null` when the
	 * note has no frontmatter block, or absent when parsing failed (see `frontmatterError`).
	 */
	frontmatter?: Record<string, unknown> | null;
	/** Why the block exists but could not be read, completing "frontmatter is …" (see readProperties). */
	frontmatterError?: string;
	/** What the source already knows of the note's layout; analyzeNote reads from the text only what is missing here. */
	structure?: NoteStructure;
}

/**
 * The layout of a note as a source knows it without scanning the text again: Obsidian's metadata
 * cache holds the headings, links and sections; the headless reader has split the frontmatter
 * to parse it. Each part must be exactly what splitFrontmatter and scanOutline give for the text.
 */
export interface NoteStructure {
	block?: FrontmatterBlock;
	outline?: Outline;
}

export interface NotePathParts {
	basename: string;
	folder: string;
	extension: string;
}

export function pathParts(path: string): NotePathParts {
	const slash = path.lastIndexOf("/");
	const fileName = slash >= 0 ? path.slice(slash + 1) : path;
	const folder = slash >= 0 ? path.slice(0, slash) : "";
	const dot = fileName.lastIndexOf(".");
	return {
		basename: dot > 0 ? fileName.slice(0, dot) : fileName,
		folder,
		extension: dot > 0 ? fileName.slice(dot + 1) : "",
	};
}
