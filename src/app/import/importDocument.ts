import { errorText } from "../../core/errorText";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { guideQuestions, parseGuide, type ParsedGuide } from "../../core/import/parseGuide";
import { partDifficulties, type PartDifficulty } from "../../core/import/partDifficulty";
import { notesToWrite, planImport, type ExistingNote, type ImportPlan, type NoteToWrite } from "../../core/import/planImport";
import { topicFromTitle } from "../../core/import/slugs";
import type { Difficulty } from "../../core/question/difficulty";
import type { NoteWrites } from "../../core/write/NoteWrites";
import type { Receipt } from "../notes/UndoStack";

/** What the user asks for; everything but the document has a default the preview shows. */
export interface ImportRequest {
	documentText: string;
	/** The document's file name (`guide.txt`): the notes' `source`. */
	documentName: string;
	folder: string;
	/** Empty or missing: taken from the document's title. */
	topic?: string;
	/** The user's difficulty per part position, over the level words. */
	difficulties?: ReadonlyMap<number, Difficulty>;
	/** Planned paths, held by another file, that the user chose to write beside rather than skip. */
	beside?: ReadonlySet<string>;
	today: string;
}

export interface ImportPreview {
	request: ImportRequest;
	guide: ParsedGuide;
	folder: string;
	topic: string;
	difficulties: PartDifficulty[];
	plan: ImportPlan;
	/** Exactly what "Import" writes, nothing else. */
	notes: NoteToWrite[];
	counts: { questions: number; toWrite: number; imported: number; taken: number };
}

export interface ImportResult {
	receipt: Receipt;
	created: string[];
	/** Notes that could not be written (a file appeared there since the preview, a bad name…). */
	failed: { path: string; reason: string }[];
}

/** Plans the import without writing anything: the preview the user accepts or changes. */
export function previewImport(request: ImportRequest, existing: readonly ExistingNote[], occupied: (path: string) => boolean): ImportPreview {
	const guide = parseGuide(request.documentText);
	const folder = cleanFolder(request.folder);
	const topic = cleanTopic(request.topic) || topicFromTitle(guide.title);
	const difficulties = partDifficulties(guide.parts, request.difficulties);
	const plan = planImport(guide, { folder, documentName: request.documentName, topic, difficulties, today: request.today }, existing, occupied);
	for (const question of [...plan.questions, plan.moc]) {
		if (question.status.kind === "taken" && request.beside?.has(question.path)) question.status.choice = "beside";
	}
	const all = [...plan.questions.map((q) => q.status), plan.moc.status];
	const notes = notesToWrite(plan, guide);
	return {
		request,
		guide,
		folder,
		topic,
		difficulties,
		plan,
		notes,
		counts: {
			questions: guideQuestions(guide).length,
			toWrite: notes.length,
			imported: all.filter((status) => status.kind === "imported").length,
			taken: all.filter((status) => status.kind === "taken").length,
		},
	};
}

/** Writes the previewed notes, each only if its path is still free; one receipt undoes them all. */
export async function applyImport(preview: ImportPreview, writes: NoteWrites): Promise<ImportResult> {
	const receipt: Receipt = { label: `the import of ${preview.request.documentName}`, changes: [], action: "import" };
	const failed: ImportResult["failed"] = [];
	for (const note of preview.notes) {
		try {
			receipt.changes.push(await writes.create(note.path, note.text));
		} catch (error) {
			failed.push({ path: note.path, reason: errorText(error) });
		}
	}
	return { receipt, created: receipt.changes.map((change) => change.path), failed };
}

/** The vault's notes as an import sees them: where they are and which document they came from. */
export function existingNotes(index: QuestionIndex): ExistingNote[] {
	const fromDocument = (frontmatter: Readonly<Record<string, unknown>>) => ({
		...(typeof frontmatter.source === "string" ? { source: frontmatter.source } : {}),
		...(typeof frontmatter.source_question === "number" ? { sourceQuestion: frontmatter.source_question } : {}),
	});
	return [
		...index.questions().map((q) => ({ path: q.path, isMoc: false, ...fromDocument(q.frontmatter) })),
		...index.mocs().map((moc) => ({ path: moc.path, isMoc: true, ...fromDocument(moc.frontmatter) })),
	];
}

/** "/Imported//Guide/" → "Imported/Guide"; a folder that climbs out or hides is refused. */
export function cleanFolder(folder: string): string {
	const parts = folder.split(/[\\/]+/).map((part) => part.trim()).filter((part) => part !== "");
	const bad = parts.find((part) => part === ".." || part === "." || part.startsWith("."));
	if (bad !== undefined) throw new ImportRequestError(`the folder "${folder}" is not allowed: "${bad}" would leave the vault or hide the notes`);
	return parts.join("/");
}

function cleanTopic(topic: string | undefined): string {
	return (topic ?? "").trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

export class ImportRequestError extends Error {}
