/**
 * Every write the document features make (import, checklist marks, new questions from a
 * template, mock interview reports) goes through this one small interface: create a note,
 * replace one line byte-exactly, and, to undo, remove a note we created or put a line back.
 * It is implemented once for Obsidian (src/obsidian/VaultNoteWrites) and once headless for the
 * CLI (src/cli/FsNoteWrites). Each write returns a change that undoes it.
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
	 * Removes a note this interface created, if it still holds exactly what was written, and then
	 * the folders its creation made, those that are empty by then.
	 */
	removeCreated(note: CreatedNote): Promise<UndoOutcome>;
	/** Puts a replaced line back, if it still reads what was written. */
	restoreLine(change: ChangedLine): Promise<UndoOutcome>;
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

export type NoteChange = CreatedNote | ChangedLine;

/** "changed": edited since, so left as it is; "missing": deleted or moved since. */
export type UndoOutcome = "undone" | "changed" | "missing";
