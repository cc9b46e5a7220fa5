import type { NoteAnalysis, NotePage } from "../parse/analyzeNote";
import { pathParts } from "../note/NoteSnapshot";
import type { Problem } from "../note/Problem";
import type { Difficulty } from "../question/difficulty";
import type { LearningState, LearningStatus } from "../schedule/learningState";
import type { Moc, Question, StudyPath } from "../question/Question";
import { isInFolder } from "../question/recognition";
import { hasTag } from "../question/values";
import { findDanglingMocLinks } from "./danglingLinks";
import { resolveLinkpath, withoutSubpath } from "../note/linkpath";
import { READING, type IndexReadiness } from "./readiness";
import { retainedAnalysis } from "./retainedAnalysis";

export interface QuestionFilter {
	difficulty?: Difficulty | "unknown";
	subtopic?: string;
	topic?: string;
	/** Matches the tag and its nested tags: `topic` matches `topic/backend`. */
	tag?: string;
	folder?: string;
	status?: LearningStatus;
	/** A MOC's path or name: questions it links to or that name it in their `moc` property. */
	moc?: string;
}

export type CountField = "difficulty" | "subtopic" | "topic" | "tag" | "status" | "folder";

/**
 * Every question and MOC of a vault, kept current by a source's events. Plain data in, plain
 * data out; each change bumps `revision`, so views can skip work when nothing changed.
 */
export class QuestionIndex {
	private readonly notes = new Map<string, NoteAnalysis>();
	private readonly pathsByName = new Map<string, Set<string>>();
	private readonly listeners = new Set<() => void>();
	private currentRevision = 0;
	/** Sorted by path, kept up to date change by change; replaced, never mutated, so handed-out arrays stay valid. */
	private sorted: { questions: Question[]; mocs: Moc[]; pages: NotePage[] } = { questions: [], mocs: [], pages: [] };
	/** Learning states rebuilt from the review log, for questions whose frontmatter cannot be read. */
	private readonly loggedLearning = new Map<string, LearningState>();
	/** The MOCs with only the study paths that link a question, worked out once per revision. */
	private studyMocs: { revision: number; mocs: Moc[]; byPath: Map<string, Moc> } | undefined;

	private currentReadiness: IndexReadiness = READING;
	/** The paths each of the last revisions changed (undefined: too many to list, e.g. a full read). */
	private readonly changeLog: { revision: number; paths?: readonly string[] }[] = [];

	get revision(): number {
		return this.currentRevision;
	}

	/** Reading until the source's first full read is in; subscribers hear of every change of it. */
	get readiness(): IndexReadiness {
		return this.currentReadiness;
	}

	get isReady(): boolean {
		return this.currentReadiness.state === "ready";
	}

	/**
	 * The paths changed (added, edited, renamed from or to, removed) after `revision`, so a
	 * follower (the search, a view) applies only those; undefined when that is not known (a full
	 * read happened, or the revision is too old to be remembered): the follower then rescans.
	 */
	changesSince(revision: number): ReadonlySet<string> | undefined {
		if (revision === this.currentRevision) return new Set();
		const first = this.changeLog[0];
		if (!first || first.revision > revision + 1) return undefined;
		const paths = new Set<string>();
		for (const entry of this.changeLog) {
			if (entry.revision <= revision) continue;
			if (!entry.paths) return undefined;
			for (const path of entry.paths) paths.add(path);
		}
		return paths;
	}

	/** Set by the source; becoming ready bumps the revision, so views drawn while reading draw again. */
	setReadiness(readiness: IndexReadiness): void {
		const becomesReady = readiness.state === "ready" && !this.isReady;
		this.currentReadiness = readiness;
		if (becomesReady) {
			this.currentRevision++;
			this.changeLog.push({ revision: this.currentRevision, paths: [] });
		}
		for (const listener of [...this.listeners]) listener();
	}

	get size(): number {
		return this.notes.size;
	}

	/** Called after every change; returns the function that stops it. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	upsert(analysis: NoteAnalysis): void {
		this.upsertMany([analysis]);
	}

	/** Adds or replaces many notes with one revision bump (start-up, settings change). */
	upsertMany(analyses: Iterable<NoteAnalysis>): void {
		this.upsertBatch([...analyses], []);
	}

	/** `alsoChanged`: paths gone with this change (a rename's old path), or "all" (a full read), for changesSince. */
	private upsertBatch(batch: NoteAnalysis[], alsoChanged: readonly string[] | "all"): void {
		// A few notes are placed into the sorted lists one by one; a large batch re-sorts once.
		const bulk = batch.length > BULK_CHANGE;
		for (const analysis of batch) {
			retainedAnalysis(analysis);
			this.applyLoggedLearning(analysis);
			// An edit that keeps the note's kind replaces it where it stands: one copy of each list, not a removal and an insertion.
			if (bulk || this.notes.get(analysis.path)?.kind !== analysis.kind) this.forget(analysis.path, !bulk);
			this.notes.set(analysis.path, analysis);
			this.nameSet(analysis.path).add(analysis.path);
			if (!bulk) this.placeSorted(analysis);
		}
		if (bulk) this.resort();
		this.changed(bulk || alsoChanged === "all" ? undefined : [...alsoChanged, ...batch.map((analysis) => analysis.path)]);
	}

	/**
	 * The state a question without readable properties is scheduled by, rebuilt from the review
	 * log; a question that reads its own properties again keeps what they say.
	 */
	setLoggedLearning(states: ReadonlyMap<string, LearningState>): void {
		const changed: string[] = [];
		for (const [path, state] of states) {
			this.loggedLearning.set(path, state);
			const note = this.notes.get(path);
			if (note && this.applyLoggedLearning(note)) changed.push(path);
		}
		if (changed.length > 0) this.changed(changed);
	}

	private applyLoggedLearning(analysis: NoteAnalysis): boolean {
		if (analysis.kind !== "question" || analysis.question.propertiesUnreadable === undefined) return false;
		const state = this.loggedLearning.get(analysis.path);
		if (!state || state === analysis.question.learning) return false;
		analysis.question.learning = state;
		return true;
	}

	/** Swaps the whole content at once (a full read), with one revision bump. */
	replaceAll(analyses: Iterable<NoteAnalysis>): void {
		this.notes.clear();
		this.pathsByName.clear();
		this.sorted = { questions: [], mocs: [], pages: [] };
		this.upsertBatch([...analyses], "all");
	}

	remove(path: string): void {
		if (!this.notes.has(path)) return;
		this.forget(path);
		this.changed([path]);
	}

	/** A rename re-reads the note, since its name can carry its difficulty and topic. */
	rename(oldPath: string, analysis: NoteAnalysis): void {
		this.forget(oldPath);
		this.upsertBatch([analysis], [oldPath]);
	}

	/** All questions, sorted by path. The array is shared until the next change: do not mutate it. */
	questions(): readonly Question[] {
		return this.snapshot().questions;
	}

	/**
	 * All MOCs, sorted by path. A study path is a heading whose links reach at least one question
	 * of the vault, so a MOC's paths depend on the other notes: they are filtered here, per revision.
	 */
	mocs(): readonly Moc[] {
		return this.mocsWithStudyPaths().mocs;
	}

	/** Every note, question or not, as a page for Dataview queries; sorted by path. */
	pages(): readonly NotePage[] {
		return this.snapshot().pages;
	}

	/** Every note's analysis, in no particular order. */
	analyses(): IterableIterator<NoteAnalysis> {
		return this.notes.values();
	}

	analysis(path: string): NoteAnalysis | undefined {
		return this.notes.get(path);
	}

	question(path: string): Question | undefined {
		const note = this.notes.get(path);
		return note?.kind === "question" ? note.question : undefined;
	}

	moc(pathOrName: string): Moc | undefined {
		const path = this.notes.has(pathOrName) ? pathOrName : this.resolveLink(pathOrName);
		return path === undefined ? undefined : this.mocsWithStudyPaths().byPath.get(path);
	}

	/** Every note's problems, then the MOC links that lead nowhere. */
	problems(): Problem[] {
		const problems: Problem[] = [];
		for (const note of this.notes.values()) problems.push(...note.problems);
		// Every heading's links, not only those of paths: a path whose links all lead nowhere is a problem too.
		for (const moc of this.sorted.mocs) problems.push(...findDanglingMocLinks(moc, (target) => this.resolveLink(target, moc.path)));
		return problems.sort((a, b) => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0));
	}

	/**
	 * The note a wikilink target leads to from the note at `from` (a MOC's links from the MOC),
	 * by Obsidian's rule, the one the Dataview engine uses too (core/note/linkpath).
	 */
	resolveLink(target: string, from = ""): string | undefined {
		return resolveLinkpath(withoutSubpath(target), from, this.filesNamed);
	}

	/** The notes of one file name, for the link resolver (`pathsByName` is keyed by base name). */
	private readonly filesNamed = (name: string): string[] | undefined => {
		const paths = this.pathsByName.get(pathParts(name).basename);
		return paths && [...paths].filter((path) => path.toLowerCase() === name || path.toLowerCase().endsWith(`/${name}`));
	};

	query(filter: QuestionFilter): Question[] {
		const mocMembers = filter.moc === undefined ? undefined : new Set(this.questionsOfMoc(filter.moc).map((q) => q.path));
		return this.questions().filter((question) => matches(question, filter, mocMembers));
	}

	countBy(field: CountField, questions: readonly Question[] = this.questions()): Map<string, number> {
		const counts = new Map<string, number>();
		for (const question of questions) {
			for (const key of valuesOf(question, field)) counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		return counts;
	}

	/** The questions a study path links to, in its order, and the links that are not questions here. */
	studyPathQuestions(path: StudyPath): { questions: Question[]; missing: string[] } {
		const questions: Question[] = [];
		const missing: string[] = [];
		for (const target of path.links) {
			const resolved = this.resolveLink(target, path.mocPath);
			const question = resolved === undefined ? undefined : this.question(resolved);
			if (question) questions.push(question);
			else if (resolved === undefined) missing.push(target);
		}
		return { questions, missing };
	}

	/** Questions a MOC links to (in link order), then those naming it in their `moc` property. */
	questionsOfMoc(pathOrName: string): Question[] {
		const moc = this.moc(pathOrName);
		const name = moc?.basename ?? pathParts(pathOrName).basename;
		const seen = new Set<string>();
		const result: Question[] = [];
		const add = (question: Question | undefined): void => {
			if (question && !seen.has(question.path)) {
				seen.add(question.path);
				result.push(question);
			}
		};
		for (const link of moc?.links ?? []) {
			const resolved = this.resolveLink(link.target, moc?.path);
			if (resolved !== undefined) add(this.question(resolved));
		}
		for (const question of this.questions()) if (question.moc?.toLowerCase() === name.toLowerCase()) add(question);
		return result;
	}

	private snapshot(): { questions: Question[]; mocs: Moc[]; pages: NotePage[] } {
		return this.sorted;
	}

	private mocsWithStudyPaths(): { mocs: Moc[]; byPath: Map<string, Moc> } {
		if (this.studyMocs?.revision === this.currentRevision) return this.studyMocs;
		const mocs = this.sorted.mocs.map((moc) => {
			const studyPaths = moc.studyPaths.filter((path) => path.links.some((target) => this.linksQuestion(target, moc.path)));
			return studyPaths.length === moc.studyPaths.length ? moc : { ...moc, studyPaths };
		});
		this.studyMocs = { revision: this.currentRevision, mocs, byPath: new Map(mocs.map((moc) => [moc.path, moc])) };
		return this.studyMocs;
	}

	private linksQuestion(target: string, from: string): boolean {
		const resolved = this.resolveLink(target, from);
		return resolved !== undefined && this.question(resolved) !== undefined;
	}

	private resort(): void {
		const questions: Question[] = [];
		const mocs: Moc[] = [];
		const pages: NotePage[] = [];
		for (const note of this.notes.values()) {
			pages.push(note.page);
			if (note.kind === "question") questions.push(note.question);
			else if (note.kind === "moc") mocs.push(note.moc);
		}
		const byPath = (a: { path: string }, b: { path: string }) => compareText(a.path, b.path);
		this.sorted = { questions: questions.sort(byPath), mocs: mocs.sort(byPath), pages: pages.sort(byPath) };
	}

	private placeSorted(analysis: NoteAnalysis): void {
		const { questions, mocs, pages } = this.sorted;
		this.sorted = {
			questions: analysis.kind === "question" ? withItem(questions, analysis.question) : questions,
			mocs: analysis.kind === "moc" ? withItem(mocs, analysis.moc) : mocs,
			pages: withItem(pages, analysis.page),
		};
	}

	private forget(path: string, updateSorted = true): void {
		const note = this.notes.get(path);
		if (!note || !this.notes.delete(path)) return;
		if (updateSorted) {
			const { questions, mocs, pages } = this.sorted;
			this.sorted = {
				questions: note.kind === "question" ? withoutPath(questions, path) : questions,
				mocs: note.kind === "moc" ? withoutPath(mocs, path) : mocs,
				pages: withoutPath(pages, path),
			};
		}
		const names = this.pathsByName.get(pathParts(path).basename.toLowerCase());
		names?.delete(path);
		if (names?.size === 0) this.pathsByName.delete(pathParts(path).basename.toLowerCase());
	}

	private nameSet(path: string): Set<string> {
		const name = pathParts(path).basename.toLowerCase();
		let set = this.pathsByName.get(name);
		if (!set) {
			set = new Set();
			this.pathsByName.set(name, set);
		}
		return set;
	}

	private changed(paths?: readonly string[]): void {
		this.currentRevision++;
		this.changeLog.push({ revision: this.currentRevision, paths });
		if (this.changeLog.length > CHANGE_LOG_LENGTH) this.changeLog.shift();
		for (const listener of [...this.listeners]) listener();
	}
}

function matches(question: Question, filter: QuestionFilter, mocMembers: Set<string> | undefined): boolean {
	if (filter.difficulty !== undefined && (question.difficulty ?? "unknown") !== filter.difficulty) return false;
	if (filter.subtopic !== undefined && !question.subtopics.includes(filter.subtopic.toLowerCase())) return false;
	if (filter.topic !== undefined && question.topic !== filter.topic.toLowerCase()) return false;
	if (filter.tag !== undefined && !hasTag(question.tags, filter.tag)) return false;
	if (filter.folder !== undefined && !isInFolder(question.path, filter.folder)) return false;
	if (filter.status !== undefined && question.learning.status !== filter.status) return false;
	return mocMembers === undefined || mocMembers.has(question.path);
}

function valuesOf(question: Question, field: CountField): readonly string[] {
	switch (field) {
		case "difficulty":
			return [question.difficulty ?? "unknown"];
		case "subtopic":
			return question.subtopics;
		case "topic":
			return [question.topic ?? "unknown"];
		case "tag":
			return question.tags;
		case "status":
			return [question.learning.status];
		case "folder":
			return [question.folder];
	}
}

/** Above this many notes in one change, re-sorting once beats placing each. */
const BULK_CHANGE = 64;

/** The first position whose path is not below `path` (binary search over a path-sorted list). */
function positionOf(items: readonly { path: string }[], path: string): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((items[middle]?.path ?? "") < path) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** A copy with `item` in its sorted place, replacing one of the same path. */
/** How many revisions changesSince remembers: a follower further behind rescans. */
const CHANGE_LOG_LENGTH = 256;

function withItem<T extends { path: string }>(items: readonly T[], item: T): T[] {
	const copy = items.slice();
	const at = positionOf(copy, item.path);
	copy.splice(at, copy[at]?.path === item.path ? 1 : 0, item);
	return copy;
}

/** A copy without the item of this path (the same array when there is none). */
function withoutPath<T extends { path: string }>(items: T[], path: string): T[] {
	const at = positionOf(items, path);
	if (items[at]?.path !== path) return items;
	const copy = items.slice();
	copy.splice(at, 1);
	return copy;
}

export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
