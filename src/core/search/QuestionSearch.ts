import MiniSearch, { type Options, type SearchOptions, type SearchResult } from "minisearch";
import type { QuestionIndex } from "../index/QuestionIndex";
import { extractContent } from "../question/content";
import { DIFFICULTIES, type Difficulty } from "../question/difficulty";
import type { Question } from "../question/Question";

/** One question as MiniSearch sees it: every searchable field is flat text. */
interface SearchDocument {
	/** The note's path. */
	id: string;
	title: string;
	aliases: string;
	text: string;
	tags: string;
	subtopics: string;
	difficulty?: Difficulty;
}

export interface SearchHit {
	path: string;
	title: string;
	difficulty?: Difficulty;
	score: number;
}

/** Reads a question's text (see questionSearchText); undefined when the note cannot be read now. */
export type ReadQuestionText = (path: string) => string | undefined;

const SEARCH_FIELDS = ["title", "aliases", "text", "tags", "subtopics"] as const;

/**
 * Words are runs of letters (any script: Cyrillic too), digits and combining marks; `+` and `#`
 * stay inside a word so that "C++", "C#" and "N+1" remain findable. Everything else separates.
 */
const WORD_SEPARATOR = /[^\p{L}\p{N}\p{M}+#]+/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function tokenize(text: string): string[] {
	return text.split(WORD_SEPARATOR).filter((word) => word !== "");
}

/**
 * Lower case, and ё read as е, since Russian text writes either. A leading `#` (a tag typed as
 * a hashtag) is dropped; a term of symbols alone ("+", "#") is not a word.
 */
export function processTerm(term: string): string | null {
	const word = term.toLowerCase().replace(/ё/g, "е").replace(/^#+/, "");
	return HAS_LETTER_OR_DIGIT.test(word) ? word : null;
}

const SEARCH_OPTIONS: SearchOptions = {
	// As-you-type: "idempot" finds "idempotency".
	prefix: true,
	// One typo in five letters: "idempotncy" still finds "idempotency".
	fuzzy: 0.2,
	// A hit in the title or an alias is what the learner most likely means.
	boost: { title: 3, aliases: 3 },
	// Every word must match, so typing more words narrows the list.
	combineWith: "AND",
};

const ENGINE_OPTIONS: Options<SearchDocument> = {
	fields: [...SEARCH_FIELDS],
	storeFields: ["title", "difficulty"],
	tokenize,
	processTerm,
	searchOptions: SEARCH_OPTIONS,
};

/**
 * Full-text search over the questions of an index, kept in step with it incrementally: each
 * sync adds new questions, re-indexes changed ones and drops deleted ones. The index hands out
 * a new Question object whenever a note changes, so object identity tells what changed.
 */
export class QuestionSearch {
	private readonly engine = new MiniSearch<SearchDocument>(ENGINE_OPTIONS);
	/** What each indexed document was built from. */
	private readonly indexed = new Map<string, Question>();
	private synced: { index: QuestionIndex; revision: number } | null = null;
	private written = 0;

	/** Questions currently searchable. */
	get documentCount(): number {
		return this.engine.documentCount;
	}

	/** Documents added or re-indexed since creation: shows that a sync did only the work needed. */
	get documentsWritten(): number {
		return this.written;
	}

	/** Brings the search up to date in one go; right for a single change, or a small vault. */
	sync(index: QuestionIndex, readQuestionText: ReadQuestionText): void {
		this.syncSlice(index, readQuestionText, Number.POSITIVE_INFINITY);
	}

	/**
	 * Does at most `budget` documents of the work a sync needs (deletions first, then additions
	 * and changes in path order) and returns whether work remains. A first build of a large vault
	 * can then run in slices between frames; a later slice picks up whatever changed meanwhile.
	 */
	syncSlice(index: QuestionIndex, readQuestionText: ReadQuestionText, budget: number): boolean {
		if (this.synced?.index === index && this.synced.revision === index.revision) return false;
		const changes = this.synced?.index === index ? index.changesSince(this.synced.revision) : undefined;
		if (changes && changes.size <= budget) {
			this.apply(index, changes, readQuestionText);
			this.synced = { index, revision: index.revision };
			return false;
		}
		let spent = 0;
		for (const path of this.indexed.keys()) {
			if (index.question(path) !== undefined) continue;
			if (spent >= budget) return true;
			this.engine.discard(path);
			this.indexed.delete(path);
			spent++;
		}
		for (const question of index.questions()) {
			if (this.indexed.get(question.path) === question) continue;
			if (spent >= budget) return true;
			this.put(question, readQuestionText(question.path));
			spent++;
		}
		this.synced = { index, revision: index.revision };
		return false;
	}

	/** Best matches first; a blank query finds nothing. */
	search(text: string, limit = 20): SearchHit[] {
		if (text.trim() === "") return [];
		return this.engine.search(text).slice(0, Math.max(0, limit)).map(toHit);
	}

	/** Every matching path, for filtering the question browser; a blank query keeps every question. */
	matchingPaths(text: string): Set<string> {
		if (text.trim() === "") return new Set(this.indexed.keys());
		return new Set(this.engine.search(text).map((result) => String(result.id)));
	}

	/** Only the paths the index says changed since the last sync: one note's edit costs one document, not a walk of the vault. */
	private apply(index: QuestionIndex, paths: ReadonlySet<string>, readQuestionText: ReadQuestionText): void {
		for (const path of paths) {
			const question = index.question(path);
			if (question === undefined) {
				if (this.indexed.delete(path)) this.engine.discard(path);
			} else if (this.indexed.get(path) !== question) {
				this.put(question, readQuestionText(path));
			}
		}
	}

	private put(question: Question, text: string | undefined): void {
		const document = toDocument(question, text);
		// discard (not remove) forgets a document by its id alone, so the old text need not be kept.
		if (this.indexed.has(question.path)) this.engine.discard(question.path);
		this.engine.add(document);
		this.indexed.set(question.path, question);
		this.written++;
	}
}

/** A note that cannot be read right now is still findable by its properties. */
function toDocument(question: Question, text: string | undefined): SearchDocument {
	return {
		id: question.path,
		title: question.title,
		aliases: question.aliases.join("\n"),
		text: text ?? "",
		tags: question.tags.join("\n"),
		subtopics: question.subtopics.join("\n"),
		difficulty: question.difficulty,
	};
}

function toHit(result: SearchResult): SearchHit {
	const path = String(result.id);
	// Stored fields come back untyped; read them as unknown and check.
	const title: unknown = result.title;
	const difficulty: unknown = result.difficulty;
	return {
		path,
		title: typeof title === "string" ? title : path,
		difficulty: DIFFICULTIES.find((known) => known === difficulty),
		score: result.score,
	};
}

/**
 * The text to search a question by: its question in every language the note has (a learner
 * may type in either), without the answer, which would match too much. For notes with no
 * question section the question is the title, already searched as such.
 */
export function questionSearchText(noteText: string, title: string): string {
	const questions = (["en", "ru"] as const).map((language) => extractContent(noteText, title, language).question);
	return [...new Set(questions)].filter((question) => question !== title).join("\n");
}
