import { parseYaml, type CachedMetadata, type TFile } from "obsidian";
import { splitFrontmatter } from "../core/note/frontmatterBlock";
import type { NoteSnapshot } from "../core/note/NoteSnapshot";

/**
 * A NoteSnapshot from Obsidian's own view of a file: its text and the metadata cache's
 * frontmatter. The cache holds no frontmatter when the YAML is broken, so then we ask
 * Obsidian's YAML parser for the reason to report.
 */
export function snapshotOf(file: TFile, text: string, cache: CachedMetadata | null): NoteSnapshot {
	const snapshot: NoteSnapshot = { path: file.path, text, ctime: file.stat.ctime, mtime: file.stat.mtime };
	if (cache?.frontmatter) {
		snapshot.frontmatter = withoutPosition(cache.frontmatter);
		return snapshot;
	}
	const block = splitFrontmatter(text);
	if (block.kind !== "yaml" || block.yaml.trim() === "") {
		snapshot.frontmatter = null;
		return snapshot;
	}
	try {
		const parsed: unknown = parseYaml(block.yaml);
		if (parsed === null || parsed === undefined) snapshot.frontmatter = null;
		else if (typeof parsed === "object" && !Array.isArray(parsed)) snapshot.frontmatter = parsed as Record<string, unknown>;
		else snapshot.frontmatterError = "the frontmatter is not a set of key: value properties";
	} catch (error) {
		snapshot.frontmatterError = error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
	}
	return snapshot;
}

/** Older Obsidian versions put the block's position inside the frontmatter object. */
function withoutPosition(frontmatter: Record<string, unknown>): Record<string, unknown> {
	if (!("position" in frontmatter)) return frontmatter;
	const copy = { ...frontmatter };
	delete copy.position;
	return copy;
}
