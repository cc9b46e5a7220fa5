import { parseYaml, type CachedMetadata, type TFile } from "obsidian";
import { splitFrontmatter } from "../core/note/frontmatterBlock";
import type { NoteSnapshot } from "../core/note/NoteSnapshot";
import { readProperties } from "../core/note/readProperties";
import { structureFromCache } from "./noteStructure";

/**
 * A NoteSnapshot from Obsidian's own view of a file: its text and the metadata cache's
 * frontmatter. The cache holds no frontmatter when the YAML is broken, so then we ask
 * Obsidian's YAML parser for the reason to report.
 */
export function snapshotOf(file: TFile, text: string, cache: CachedMetadata | null): NoteSnapshot {
	const snapshot: NoteSnapshot = { path: file.path, text, ctime: file.stat.ctime, mtime: file.stat.mtime };
	const structure = structureFromCache(text, cache);
	if (structure) snapshot.structure = structure;
	if (cache?.frontmatter) {
		snapshot.frontmatter = withoutPosition(cache.frontmatter);
		return snapshot;
	}
	const block = structure?.block ?? splitFrontmatter(text);
	const read = block.kind === "yaml" ? readProperties(block.yaml, parseYaml) : { ok: true as const, properties: null };
	if (read.ok) snapshot.frontmatter = read.properties;
	else snapshot.frontmatterError = read.reason;
	return snapshot;
}

/** Older Obsidian versions put the block's position inside the frontmatter object. */
function withoutPosition(frontmatter: Record<string, unknown>): Record<string, unknown> {
	if (!("position" in frontmatter)) return frontmatter;
	const copy = { ...frontmatter };
	delete copy.position;
	return copy;
}
