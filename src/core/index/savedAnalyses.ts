import type { NoteAnalysis } from "../parse/analyzeNote";
import { pathParts } from "../note/NoteSnapshot";
import { learningKeys, readLearningState } from "../question/learningState";

/**
 * The analyses of a vault saved between two start-ups, so that a note unchanged since (same
 * path, modification time and size) is not analysed again. The saved form is versioned and
 * carries the key of everything else an analysis depends on (the plugin's version, the
 * recognition settings): a file of another version, for other settings, or that does not read
 * as this shape is ignored as a whole and the vault analysed afresh. Never trusted: loading
 * checks the shape of every entry, and one bad entry discards the file.
 */
export const SAVED_ANALYSES_FORMAT = 2;

/** What says a file is the one analysed: Obsidian's `TFile.stat` (or fs.Stats) at the time. */
export interface FileKey {
	mtime: number;
	size: number;
}

export interface SavedNote {
	key: FileKey;
	/** The analysis without the note's text (the source reads the text again, see withText). */
	analysis: NoteAnalysis;
}

interface SavedFile {
	format: number;
	/** The plugin's version and the recognition settings, as `dependsOn` below gives them. */
	dependsOn: string;
	/** Each analysis without its shared parts (see withoutSharedParts). */
	notes: { key: FileKey; analysis: Record<string, unknown> }[];
}

/** The key of what an analysis depends on besides the note itself. */
export function analysisDependsOn(version: string, options: unknown): string {
	return JSON.stringify([version, options]);
}

/**
 * The analyses in their saved form. Left out: any whose properties JSON cannot carry exactly (a
 * date object, an infinity); they are analysed again at the next start-up. A note whose
 * properties cannot be read is kept: analysing it again means asking js-yaml why its block is
 * broken, the dearest part of a warm start where one note in twenty is broken.
 */
export function serializeAnalyses(notes: Iterable<SavedNote>, dependsOn: string): string {
	const saved: SavedFile = { format: SAVED_ANALYSES_FORMAT, dependsOn, notes: [] };
	for (const { key, analysis } of notes) {
		if (!isJsonExact(analysis.page.frontmatter)) continue;
		const asAnalysed = withoutLoggedLearning(analysis);
		if (asAnalysed) saved.notes.push({ key, analysis: withoutSharedParts(asAnalysed) });
	}
	return JSON.stringify(saved);
}

/**
 * The index sets the review log's learning state on a question whose properties it cannot read
 * (`QuestionIndex.setLoggedLearning`); the saved analysis is the note's own, with the state its
 * empty properties give, and the log's is set on it again after the next start-up's read.
 * Undefined when such a question somehow has properties: it is not saved, and analysed again.
 */
function withoutLoggedLearning(analysis: NoteAnalysis): NoteAnalysis | undefined {
	if (analysis.kind !== "question" || analysis.question.propertiesUnreadable === undefined) return analysis;
	if (Object.keys(analysis.page.frontmatter).length > 0) return undefined;
	return { ...analysis, question: { ...analysis.question, learning: readLearningState({}, learningKeys("")) } };
}

/** The saved analyses by path, or an empty map when the file is missing, corrupt or for another version or settings. */
export function parseSavedAnalyses(json: string | null | undefined, dependsOn: string): Map<string, SavedNote> {
	const notes = new Map<string, SavedNote>();
	if (!json) return notes;
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return notes;
	}
	if (!isRecord(data) || data.format !== SAVED_ANALYSES_FORMAT || data.dependsOn !== dependsOn || !Array.isArray(data.notes)) return notes;
	for (const entry of data.notes as unknown[]) {
		const note = savedNote(entry);
		if (!note) return new Map();
		notes.set(note.analysis.path, note);
	}
	return notes;
}

/** The saved analysis of this file if the file is unchanged, with the note's text as read now. */
export function reuseSaved(saved: SavedNote | undefined, key: FileKey, text: string): NoteAnalysis | undefined {
	if (!saved || saved.key.mtime !== key.mtime || saved.key.size !== key.size) return undefined;
	const { analysis } = saved;
	const page = { ...analysis.page, text };
	if (analysis.kind === "question") return { ...analysis, page, question: { ...analysis.question, frontmatter: page.frontmatter } };
	if (analysis.kind === "moc") return { ...analysis, page, moc: { ...analysis.moc, frontmatter: page.frontmatter } };
	return { ...analysis, page };
}

/**
 * The text is not saved, and the question's or MOC's frontmatter is the page's own object: saved
 * once. What the note's path gives (the page's, problems', question's, MOC's and study paths'
 * path, the name and folder) and the question's or MOC's times when they are the page's are left
 * out when they are exactly that, and put back at load (`withSharedParts`): a sixth of the file,
 * which is parsed whole at every start-up.
 */
function withoutSharedParts(analysis: NoteAnalysis): Record<string, unknown> {
	const { path } = analysis;
	const page = { frontmatter: analysis.page.frontmatter, ctime: analysis.page.ctime, mtime: analysis.page.mtime };
	const problems = analysis.problems.map((problem) => without(problem, { path }));
	const common = { ...analysis, page, problems };
	const derived = derivedParts(path, page);
	if (analysis.kind === "question") return { ...common, question: { ...without(analysis.question, derived), frontmatter: {} } };
	if (analysis.kind === "moc") {
		const studyPaths = analysis.moc.studyPaths.map((studyPath) => without(studyPath, { mocPath: path }));
		return { ...common, moc: { ...without(analysis.moc, derived), studyPaths, frontmatter: {} } };
	}
	return common;
}

/**
 * The saved analysis as analysed: what withoutSharedParts left out, put back. In place, on the
 * objects JSON.parse just made: copying them with spreads was most of a warm start's load.
 */
function withSharedParts(analysis: Record<string, unknown>): Record<string, unknown> | undefined {
	const { path, page, problems } = analysis;
	if (typeof path !== "string" || !isRecord(page) || !Array.isArray(problems)) return undefined;
	putBack(page, { path });
	for (const problem of problems as unknown[]) if (isRecord(problem)) putBack(problem, { path });
	const item = isRecord(analysis.question) ? analysis.question : isRecord(analysis.moc) ? analysis.moc : undefined;
	if (item) putBack(item, derivedParts(path, page));
	if (isRecord(analysis.moc) && Array.isArray(analysis.moc.studyPaths)) {
		for (const studyPath of analysis.moc.studyPaths as unknown[]) if (isRecord(studyPath)) putBack(studyPath, { mocPath: path });
	}
	return analysis;
}

function putBack(object: Record<string, unknown>, values: Readonly<Record<string, unknown>>): void {
	for (const key in values) if (!Object.prototype.hasOwnProperty.call(object, key)) object[key] = values[key];
}

/** What a question's or MOC's analysis holds that its path and its page's times give. */
function derivedParts(path: string, page: Readonly<Record<string, unknown>>): Record<string, unknown> {
	const { basename, folder } = pathParts(path);
	return { path, basename, folder, ctime: page.ctime, mtime: page.mtime };
}

/** The object without those of its properties that hold exactly the given values. */
function without<T extends object>(object: T, values: Readonly<Record<string, unknown>>): Partial<T> {
	const kept: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(object)) if (!(Object.prototype.hasOwnProperty.call(values, key) && values[key] === value)) kept[key] = value;
	return kept as Partial<T>;
}

function savedNote(entry: unknown): SavedNote | undefined {
	if (!isRecord(entry) || !isRecord(entry.key) || !isRecord(entry.analysis)) return undefined;
	const { key } = entry;
	const analysis = withSharedParts(entry.analysis);
	if (!analysis) return undefined;
	if (typeof key.mtime !== "number" || typeof key.size !== "number") return undefined;
	if (typeof analysis.path !== "string" || !Array.isArray(analysis.problems) || !isPage(analysis.page, analysis.path)) return undefined;
	const shaped =
		(analysis.kind === "question" && isQuestion(analysis.question, analysis.path)) ||
		(analysis.kind === "moc" && isMoc(analysis.moc, analysis.path)) ||
		analysis.kind === "other";
	return shaped ? { key: { mtime: key.mtime, size: key.size }, analysis: analysis as unknown as NoteAnalysis } : undefined;
}

function isPage(page: unknown, path: string): boolean {
	return isRecord(page) && page.path === path && isRecord(page.frontmatter) && typeof page.ctime === "number" && typeof page.mtime === "number";
}

const QUESTION_LISTS = ["aliases", "subtopics", "tags", "related", "prerequisites", "advanced"] as const;

function isQuestion(question: unknown, path: string): boolean {
	if (!isRecord(question) || question.path !== path || typeof question.title !== "string" || typeof question.basename !== "string") return false;
	if (!isRecord(question.learning) || typeof question.learning.status !== "string") return false;
	return QUESTION_LISTS.every((key) => isStringList(question[key]));
}

function isMoc(moc: unknown, path: string): boolean {
	return isRecord(moc) && moc.path === path && typeof moc.title === "string" && Array.isArray(moc.studyPaths) && Array.isArray(moc.links) && Array.isArray(moc.dataviewBlocks);
}

function isStringList(value: unknown): boolean {
	return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Does JSON give this value back as it is: text, finite numbers, booleans, null, lists and plain objects of them? */
function isJsonExact(value: unknown): boolean {
	if (value === null || typeof value === "string" || typeof value === "boolean") return true;
	if (typeof value === "number") return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(isJsonExact);
	if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
	return Object.values(value as Record<string, unknown>).every(isJsonExact);
}
