import type { Difficulty } from "../question/difficulty";
import { plural } from "../text/plural";
import { propertyLine } from "../write/frontmatterPatch";
import { guideQuestions, type GuideQuestion, type ParsedGuide } from "./parseGuide";
import type { PartDifficulty } from "./partDifficulty";
import { slugify } from "./slugs";

/** What an import is asked to do: where, under which topic, with which difficulty per part. */
export interface ImportSettings {
	/** Vault folder for the new notes, without leading or trailing slash ("" is the vault's root). */
	folder: string;
	/** The document's file name, written as `source` so a second import recognises its notes. */
	documentName: string;
	topic: string;
	difficulties: readonly PartDifficulty[];
	/** `created` of the new notes, `YYYY-MM-DD`. */
	today: string;
}

/** A note already in the vault, as far as an import needs to know it. */
export interface ExistingNote {
	path: string;
	source?: string;
	sourceQuestion?: number;
	isMoc: boolean;
}

export type PlannedStatus =
	/** Will be created at `path`. */
	| { kind: "new" }
	/** The same question of the same document is already in the vault there: nothing to do. */
	| { kind: "imported"; at: string }
	/** Something else sits at `path`: skipped unless the user writes it beside, at `beside`. */
	| { kind: "taken"; beside: string; choice: "skip" | "beside" };

export interface PlannedQuestion {
	number: number;
	part: number;
	section: string;
	title: string;
	difficulty: Difficulty;
	path: string;
	status: PlannedStatus;
	/** The question as parsed, to render the note from. */
	source: GuideQuestion;
}

export interface ImportPlan {
	settings: ImportSettings;
	questions: PlannedQuestion[];
	moc: { path: string; status: PlannedStatus };
}

/**
 * Plans every note of the import against what the vault holds. `occupied` tells whether any file
 * is at a path. A question is "imported" when a note of the same `source` and number exists,
 * wherever it lives; a path held by any other file is "taken", and never overwritten.
 */
export function planImport(guide: ParsedGuide, settings: ImportSettings, existing: readonly ExistingNote[], occupied: (path: string) => boolean): ImportPlan {
	const ours = existing.filter((note) => note.source === settings.documentName);
	const reserved = new Set<string>();
	const claim = (path: string): string => {
		reserved.add(path);
		return path;
	};
	const free = (path: string) => !occupied(path) && !reserved.has(path);
	const questions = guide.parts.flatMap((part) => {
		const difficulty = settings.difficulties.find((mapping) => mapping.position === part.position)?.difficulty ?? "medium";
		return part.sections.flatMap((section) => section.questions.map((question): PlannedQuestion => {
			const wanted = questionPath(settings, question, difficulty, "");
			const already = ours.find((note) => !note.isMoc && note.sourceQuestion === question.number);
			const status = statusFor(wanted, already?.path, free, claim, (n) => questionPath(settings, question, difficulty, `-${n}`));
			return { number: question.number, part: part.position, section: section.name, title: oneLine(question.text), difficulty, path: wanted, status, source: question };
		}));
	});
	const mocWanted = joinPath(settings.folder, `moc-${slugify(baseName(settings.documentName)) || "imported-guide"}.md`);
	const mocAlready = ours.find((note) => note.isMoc);
	const moc = { path: mocWanted, status: statusFor(mocWanted, mocAlready?.path, free, claim, (n) => mocWanted.replace(/\.md$/, `-${n}.md`)) };
	return { settings, questions, moc };
}

function statusFor(wanted: string, already: string | undefined, free: (path: string) => boolean, claim: (path: string) => string, variant: (n: number) => string): PlannedStatus {
	if (already !== undefined) return { kind: "imported", at: already };
	if (free(wanted)) {
		claim(wanted);
		return { kind: "new" };
	}
	let n = 2;
	while (!free(variant(n))) n++;
	return { kind: "taken", beside: claim(variant(n)), choice: "skip" };
}

/** Where a planned note ends up, or undefined when it is not written. */
export function targetPath(path: string, status: PlannedStatus): string | undefined {
	if (status.kind === "new") return path;
	if (status.kind === "taken") return status.choice === "beside" ? status.beside : undefined;
	return undefined;
}

/** Where the MOC should link to: the note that will hold the question after the import. */
function linkPath(question: PlannedQuestion): string | undefined {
	if (question.status.kind === "imported") return question.status.at;
	return targetPath(question.path, question.status);
}

export interface NoteToWrite {
	path: string;
	text: string;
}

/** The notes this plan writes, questions in document order, then the MOC. */
export function notesToWrite(plan: ImportPlan, guide: ParsedGuide): NoteToWrite[] {
	const notes = plan.questions.flatMap((question) => {
		const path = targetPath(question.path, question.status);
		return path === undefined ? [] : [{ path, text: questionNote(question, plan, guide) }];
	});
	const mocPath = targetPath(plan.moc.path, plan.moc.status);
	return mocPath === undefined ? notes : [...notes, { path: mocPath, text: mocNote(plan, guide) }];
}

function questionPath(settings: ImportSettings, question: GuideQuestion, difficulty: Difficulty, suffix: string): string {
	const slug = slugify(question.text, 6) || `question-${question.number}`;
	return joinPath(settings.folder, `q-${slug}${suffix}--${settings.topic}--${difficulty}.md`);
}

function questionNote(question: PlannedQuestion, plan: ImportPlan, guide: ParsedGuide): string {
	const { settings } = plan;
	const subtopics = sectionSubtopics(question.section);
	const frontmatter = [
		propertyLine("title", question.title),
		propertyLine("topic", settings.topic),
		`subtopics: [${subtopics.join(", ")}]`,
		propertyLine("difficulty", question.difficulty),
		`tags: [${[settings.topic, `difficulty/${question.difficulty}`, "imported"].join(", ")}]`,
		propertyLine("source", settings.documentName),
		propertyLine("source_question", question.number),
		propertyLine("source_part", guide.parts.find((part) => part.position === question.part)?.name ?? `Part ${question.part}`),
		propertyLine("moc", baseName(targetPath(plan.moc.path, plan.moc.status) ?? plan.moc.path)),
		propertyLine("created", settings.today),
	];
	const { source } = question;
	const body = [
		`# Question\n\n${quote(source.text)}`,
		section("Strong answer", source.strongAnswer),
		section("Weak answer", source.weakAnswer),
		section("Evaluator's cue", source.cue),
		source.covers.length > 0 ? section("What a strong answer covers", source.covers.map((item) => `- ${item}`).join("\n")) : undefined,
	].filter((part): part is string => part !== undefined);
	return `---\n${frontmatter.join("\n")}\n---\n${body.join("\n\n")}\n`;
}

function mocNote(plan: ImportPlan, guide: ParsedGuide): string {
	const { settings } = plan;
	const count = guideQuestions(guide).length;
	const frontmatter = [
		propertyLine("kind", "moc"),
		propertyLine("title", guide.title),
		propertyLine("topic", settings.topic),
		`tags: [moc, imported]`,
		propertyLine("source", settings.documentName),
		propertyLine("created", settings.today),
	];
	const paths = guide.parts.map((part) => {
		const sections = part.sections.map((section) => {
			const links = plan.questions
				.filter((question) => question.part === part.position && question.section === section.name)
				.flatMap((question) => {
					const path = linkPath(question);
					return path === undefined ? [] : [`- [[${baseName(path)}|Q${question.number}. ${linkText(question.title)}]]`];
				});
			return `#### ${section.name}\n\n${links.length > 0 ? links.join("\n") : "- (not imported)"}`;
		});
		const difficulty = settings.difficulties.find((mapping) => mapping.position === part.position)?.difficulty;
		return `### ${part.name}${difficulty ? ` (${difficulty})` : ""}\n\n${sections.join("\n\n")}`;
	});
	const intro = `Imported from ${settings.documentName} on ${settings.today}: ${plural(count, "question")} in ${plural(guide.parts.length, "part")}.`;
	return `---\n${frontmatter.join("\n")}\n---\n# ${guide.title}\n\n${intro}\n\n## Study Paths\n\n${paths.join("\n\n")}\n`;
}

/** "Databases, APIs & System Fundamentals" → databases, apis, system-fundamentals. */
export function sectionSubtopics(section: string): string[] {
	const parts = section.split(/\s*(?:,|&|\band\b|\/|;)\s*/i).map((part) => slugify(part)).filter((part) => part !== "");
	return [...new Set(parts)];
}

function section(heading: string, text: string | undefined): string | undefined {
	return text === undefined || text.trim() === "" ? undefined : `## ${heading}\n\n${text.trim()}`;
}

function quote(text: string): string {
	return text.split("\n").map((line) => (line.trim() === "" ? ">" : `> ${line}`)).join("\n");
}

function oneLine(text: string): string {
	return (text.split(/\n\s*\n/)[0] ?? text).replace(/\s+/g, " ").trim();
}

/** A link's shown text cannot hold `]]` or `|`. */
function linkText(text: string): string {
	return text.replace(/\]\]/g, "] ]").replace(/\|/g, "/");
}

export function joinPath(folder: string, name: string): string {
	return folder === "" ? name : `${folder}/${name}`;
}

export function baseName(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	const dot = file.lastIndexOf(".");
	return dot > 0 ? file.slice(0, dot) : file;
}
