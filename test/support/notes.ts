import { analyzeNote, type NoteAnalysis } from "../../src/core/parse/analyzeNote";
import type { NoteSnapshot } from "../../src/core/note/NoteSnapshot";
import { DEFAULT_RECOGNITION, type RecognitionOptions } from "../../src/core/question/recognition";
import { parseFrontmatter } from "../../src/cli/readVault";

/** A snapshot as the headless reader makes it, from a path and the note's text. */
export function snapshot(path: string, text: string): NoteSnapshot {
	return { path, text, ctime: 0, mtime: 0, ...parseFrontmatter(text) };
}

export function analyze(path: string, text: string, options: Partial<RecognitionOptions> = {}): NoteAnalysis {
	return analyzeNote(snapshot(path, text), { ...DEFAULT_RECOGNITION, ...options });
}

/** A question note in the common vault format, with overridable frontmatter lines. */
export function questionNote(frontmatter: string, body = "# Question (EN)\n> Why?\n\n## Answer (EN)\nBecause.\n"): string {
	return `---\n${frontmatter}\n---\n${body}`;
}
