import { checklistCoverage, type ThemeCoverage, type TopicCoverage } from "../../core/checklist/coverage";
import { newQuestionForTopic } from "../../core/checklist/newQuestion";
import { doneLine, parseChecklist, type Checklist } from "../../core/checklist/parseChecklist";
import type { Question } from "../../core/question/Question";
import type { NoteWrites } from "../../core/write/NoteWrites";
import type { Receipt } from "../notes/UndoStack";

export interface CoverageRead {
	path: string;
	checklist: Checklist;
	themes: ThemeCoverage[];
}

export interface CoverageInputs {
	writes: NoteWrites;
	questions: readonly Question[];
	threshold: number;
	search?: (text: string) => string[];
}

/** Reads the checklist note and matches its topics; a clear message when there is nothing to read. */
export async function readCoverage(path: string, inputs: CoverageInputs): Promise<CoverageRead | { error: string }> {
	if (path.trim() === "") return { error: "No topic checklist is set: open your checklist note and run \"Use this note as the topic checklist\"." };
	const text = await inputs.writes.read(path);
	if (text === undefined) return { error: `The topic checklist ${path} was not found: it may have been moved or deleted.` };
	const checklist = parseChecklist(text);
	if (checklist.themes.length === 0) return { error: `${path} has no themes with topics: number each theme ("1. Databases") and put its topics on the lines below.` };
	const themes = checklistCoverage(checklist, inputs.questions, { threshold: inputs.threshold, ...(inputs.search ? { search: inputs.search } : {}) });
	return { path, checklist, themes };
}

/** Marks one topic done: only its line changes, and only if it still reads as it did. */
export async function markTopicDone(writes: NoteWrites, read: CoverageRead, topic: TopicCoverage): Promise<Receipt> {
	const change = await writes.replaceLine(read.path, topic.topic.line, topic.topic.raw, doneLine(topic.topic, read.checklist.doneMark));
	return { label: `marking "${topic.topic.text}" done`, changes: [change], action: "checklist" };
}

export interface NewQuestionSettings {
	folder: string;
	templatePath: string;
	today: string;
}

/** Creates a question note for a topic that has none, from the user's template or the built-in one. */
export async function createQuestionForTopic(writes: NoteWrites, topic: TopicCoverage, settings: NewQuestionSettings): Promise<{ path: string; receipt: Receipt }> {
	const template = settings.templatePath === "" ? undefined : await writes.read(settings.templatePath);
	if (settings.templatePath !== "" && template === undefined) throw new Error(`the template ${settings.templatePath} was not found`);
	const note = newQuestionForTopic(topic.topic, topic.theme, {
		folder: settings.folder,
		today: settings.today,
		occupied: (path) => writes.exists(path),
		...(template === undefined ? {} : { template }),
	});
	const created = await writes.create(note.path, note.text);
	return { path: note.path, receipt: { label: `the new question "${topic.topic.text}"`, changes: [created], action: "question" } };
}
