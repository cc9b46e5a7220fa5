import type { FrontmatterPatch } from "./frontmatterPatch";

/**
 * The one note writer. Every write the plugin and the CLI make to a user's note goes through
 * this interface: a grade or a hold (the learning properties), a frontmatter repair, a Dataview
 * conversion, an import, a checklist mark, a new question, a mock report. It is implemented
 * once for Obsidian (src/obsidian/VaultNoteWrites: `vault.process`, `vault.create`) and once
 * headless (src/cli/FsNoteWrites: the file system). Each write proves, on the text it replaces,
 * that it changes only what it means to, and returns a change that `undo` takes back while the
 * note is still as the write left it (undo stacks: app/notes/UndoStack).
 */
export interface NoteWrites {
	/** The note's text, or undefined when no file is at the path. */
	read(path: string): Promise<string | undefined>;
	/** True when any file or folder is at the path. */
	exists(path: string): boolean;
	/** Creates a note (and its missing folders); throws when anything already is at the path. */
	create(path: string, text: string): Promise<CreatedNote>;
	/** Replaces line `index` (0-based) if it still reads `expected`; throws otherwise, writing nothing. */
	replaceLine(path: string, index: number, expected: string, replacement: string): Promise<ChangedLine>;
	/**
	 * Sets some frontmatter properties. `makePatch` receives the properties as they are at the
	 * moment of writing (so a next learning state builds on the latest write); verifyPatch proves
	 * that only the patched properties change. Throws FrontmatterWriteError, writing nothing.
	 */
	patchFrontmatter(path: string, makePatch: (properties: Readonly<Record<string, unknown>>) => FrontmatterPatch): Promise<PatchedFrontmatter>;
	/**
	 * A change planned on a preview (a repair, a conversion): written only when the note still
	 * reads `before` byte for byte, as `plan(before)` makes it; the plan runs again on that text
	 * and proves itself (it throws when it would change more than it means to). Undefined, and
	 * nothing written, when the note changed since the preview or is gone.
	 */
	rewrite(path: string, before: string, plan: (text: string) => string): Promise<RewrittenNote | undefined>;
	/** Takes a change back if the note is still as the change left it; otherwise leaves it as it is. */
	undo(change: NoteChange): Promise<UndoResult>;
}

export interface CreatedNote {
	kind: "created";
	path: string;
	text: string;
	/** Folders the create made for the note, outermost first: undo removes each that is empty. */
	folders?: string[];
}

export interface ChangedLine {
	kind: "line";
	path: string;
	index: number;
	before: string;
	after: string;
}

export interface PatchedFrontmatter {
	kind: "frontmatter";
	path: string;
	before: string;
	after: string;
	/** What the write put into the note, so undo can tell whether it is still there. */
	written: FrontmatterPatch;
	restore: FrontmatterPatch;
}

export interface RewrittenNote {
	kind: "rewrite";
	path: string;
	before: string;
	after: string;
}

/** The one receipt of a write: what it changed, enough to undo it. */
export type NoteChange = CreatedNote | ChangedLine | PatchedFrontmatter | RewrittenNote;

/** "changed": edited since, so left as it is; "missing": deleted or moved since. */
export type UndoOutcome = "undone" | "changed" | "missing";

export interface UndoResult {
	outcome: UndoOutcome;
	/** Why a change was kept, when more can be said than "changed" (the property that moved on). */
	reason?: string;
}
