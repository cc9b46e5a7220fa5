import type { Difficulty, DifficultySource } from "./difficulty";
import type { LearningState } from "../schedule/learningState";
import type { Link } from "../note/outline";

/** One interview question note, as the index holds it: plain data, derived from a NoteSnapshot. */
export interface Question {
	path: string;
	basename: string;
	folder: string;
	id?: string;
	title: string;
	aliases: string[];
	difficulty?: Difficulty;
	difficultySource?: DifficultySource;
	topic?: string;
	subtopics: string[];
	tags: string[];
	questionKind?: string;
	/** The author's editorial state (`status:` by default): never the plugin's to change. */
	editorialStatus?: string;
	moc?: string;
	related: string[];
	/** Link targets under the note's "Prerequisites" heading. */
	prerequisites: string[];
	/** Link targets under the note's "Advanced" heading. */
	advanced: string[];
	learning: LearningState;
	frontmatter: Readonly<Record<string, unknown>>;
	/**
	 * Why Obsidian shows this note no properties (a broken fence, invalid YAML, a duplicated
	 * key), when it does not. Such a question is still a question, read from its name and text,
	 * and is never written until it is repaired.
	 */
	propertiesUnreadable?: string;
	ctime: number;
	mtime: number;
}

export interface StudyPath {
	/** The heading text, e.g. "Beginner Path: Backend Fundamentals". */
	name: string;
	line: number;
	/** Link targets under the heading, in order, without repeats. */
	links: string[];
	/** The MOC the path is written in: its links resolve from there, as Obsidian's do. */
	mocPath: string;
}

export interface DataviewBlock {
	source: string;
	line: number;
}

/** A map of content: study paths in order and the Dataview blocks it lists questions with. */
export interface Moc {
	path: string;
	basename: string;
	folder: string;
	title: string;
	studyPaths: StudyPath[];
	/** Every wikilink in the MOC, with its line, in order. */
	links: Link[];
	dataviewBlocks: DataviewBlock[];
	/** `interview_date` on the MOC: the day its readiness is aimed at. */
	interviewDate?: string;
	frontmatter: Readonly<Record<string, unknown>>;
	/** As on a question: the MOC's study paths come from its text, its properties are lost. */
	propertiesUnreadable?: string;
	ctime: number;
	mtime: number;
}
