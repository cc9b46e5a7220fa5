import { compactPage } from "../dataview/pageData";
import { detachedStrings } from "../detachedText";
import type { NoteAnalysis } from "../parse/analyzeNote";

/**
 * Makes an analysis fit to be kept by the index for as long as the note is unchanged, in place
 * (the objects handed in stay the ones the index hands out): the page keeps the body's Dataview
 * data instead of the text (compactPage: read now, or at the first query so that start-up and a
 * warm start pay no body scan). A page without its text is left as it is, so a second call is free.
 */
export function retainedAnalysis(analysis: NoteAnalysis, bodies: "now" | "first-use" = "first-use"): NoteAnalysis {
	if (analysis.page.text !== undefined) analysis.page = compactPage(analysis.page, bodies);
	return analysis;
}

/**
 * The analysis with the strings cut from the note's text (titles, links, messages) copied, for a
 * reader whose analyses are cut from the text itself (the CLI): kept as they are, those pieces
 * would keep every note's whole text in memory (see detachedText). The frontmatter is js-yaml's
 * own and is left as it is. The plugin's analyses come from Obsidian's metadata cache, whose
 * strings are its own copies, so it has no need of this.
 */
export function detachedAnalysis(analysis: NoteAnalysis): NoteAnalysis {
	analysis.problems = detachedStrings(analysis.problems);
	if (analysis.propertiesUnreadable !== undefined) analysis.propertiesUnreadable = detachedStrings(analysis.propertiesUnreadable);
	if (analysis.kind === "question") detachFields(analysis.question);
	else if (analysis.kind === "moc") detachFields(analysis.moc);
	return analysis;
}

function detachFields<T extends { frontmatter: unknown }>(record: T): void {
	const fields = record as Record<string, unknown>;
	for (const key of Object.keys(fields)) if (key !== "frontmatter") fields[key] = detachedStrings(fields[key]);
}
