import { splitFrontmatter } from "../note/frontmatterBlock";
import { readProperties } from "../note/readProperties";
import { applyFrontmatterPatch, FrontmatterWriteError, type FrontmatterPatch } from "./frontmatterPatch";
import { restoringPatch } from "./learningPatch";
import type { ChangedLine, NoteChange, PatchedFrontmatter } from "./NoteWrites";
import { replaceLine } from "./replaceLine";
import { changedSinceWrite } from "./undoCheck";
import { verifyPatch, type YamlParser } from "./verifyPatch";

/**
 * The pure half of the note writer: what a write makes of the note's current text, proven, and
 * what its undo makes of it. The adapters (VaultNoteWrites, FsNoteWrites) only read and save.
 */
export function planFrontmatterPatch(
	path: string,
	text: string,
	makePatch: (properties: Readonly<Record<string, unknown>>) => FrontmatterPatch,
	parse: YamlParser,
): PatchedFrontmatter {
	const properties = currentProperties(text, parse);
	const patch = makePatch(properties);
	const after = applyFrontmatterPatch(text, patch);
	verifyPatch(text, after, patch, parse);
	return { kind: "frontmatter", path, before: text, after, written: patch, restore: restoringPatch(patch, properties) };
}

/** The text after `planned` was written, when the note still reads `before`; the plan proves itself. */
export function planRewrite(text: string, before: string, plan: (text: string) => string): string | undefined {
	return text === before ? plan(text) : undefined;
}

/** The note's text with a change (not a creation) taken back, or why it stays as it is. */
export function planUndo(change: Exclude<NoteChange, { kind: "created" }>, text: string, parse: YamlParser): { text: string } | { kept: string } {
	switch (change.kind) {
		case "line":
			return undoLine(change, text);
		case "rewrite":
			return text === change.after ? { text: change.before } : { kept: "the note changed since" };
		case "frontmatter":
			return undoFrontmatter(change, text, parse);
	}
}

function undoLine(change: ChangedLine, text: string): { text: string } | { kept: string } {
	try {
		return { text: replaceLine(text, change.index, change.after, change.before) };
	} catch {
		// The line was edited since: it stays as the user left it.
		return { kept: `line ${change.index + 1} changed since` };
	}
}

/**
 * Byte for byte when the note is still exactly as the write left it; otherwise (the learner
 * edited it since) only the written properties go back, and their edit stays. When those
 * properties no longer hold what the write put there (a sync brought another device's grade),
 * nothing is written and the reason says what changed.
 */
function undoFrontmatter(change: PatchedFrontmatter, text: string, parse: YamlParser): { text: string } | { kept: string } {
	if (text === change.after) return { text: change.before };
	const changed = changedSinceWrite(change.written, currentProperties(text, parse));
	if (changed.length > 0) return { kept: `its learning properties changed since (${changed.join(", ")}); the note was left as it is` };
	const restored = applyFrontmatterPatch(text, change.restore);
	verifyPatch(text, restored, change.restore, parse);
	return { text: restored };
}

/** The properties in the text being changed; a block that cannot be read stops the write here. */
function currentProperties(text: string, parse: YamlParser): Record<string, unknown> {
	const block = splitFrontmatter(text);
	if (block.kind === "broken") throw new FrontmatterWriteError(block.problem.message);
	if (block.kind === "none") return {};
	const read = readProperties(block.yaml, parse);
	if (!read.ok) throw new FrontmatterWriteError(`the frontmatter is ${read.reason}`);
	return read.properties ?? {};
}
