import { compactPage } from "../dataview/pageData";
import { detachedStrings } from "../detachedText";
import type { NoteAnalysis } from "../parse/analyzeNote";

/**
 * Makes an analysis fit to be kept by the index for as long as the note is unchanged, in place
 * (the objects handed in stay the ones the index hands out): the page keeps the body's Dataview
 * data instead of the text (compactPage: read now, or at the first query so that start-up and
 * a warm start pay no body scan), and the strings cut from the text (titles, links, messages)
 * are copied so that the text itself can be freed. The frontmatter is js-yaml's own, left as it is.
 */
export function retainedAnalysis(analysis: NoteAnalysis, bodies: "now" | "first-use" = "first-use"): NoteAnalysis {
	// A reader that keeps many analyses before handing them over (the CLI) makes each one fit as it is made; the index's own call is then a no-op.
	if (retained.has(analysis)) return analysis;
	retained.add(analysis);
	analysis.page = compactPage(analysis.page, bodies);
	analysis.problems = detachedStrings(analysis.problems);
	if (analysis.propertiesUnreadable !== undefined) analysis.propertiesUnreadable = detachedStrings(analysis.propertiesUnreadable);
	if (analysis.kind === "question") detachFields(analysis.question);
	else if (analysis.kind === "moc") detachFields(analysis.moc);
	return analysis;
}

/** The analyses already made fit, so the work is done once per analysis, whoever asks first. */
const retained = new WeakSet<NoteAnalysis>();

function detachFields<T extends { frontmatter: unknown }>(record: T): void {
	const fields = record as Record<string, unknown>;
	for (const key of Object.keys(fields)) if (key !== "frontmatter") fields[key] = detachedStrings(fields[key]);
}
