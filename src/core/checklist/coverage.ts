import type { Question } from "../question/Question";
import { readiness, type Readiness } from "../stats/readiness";
import type { Checklist, ChecklistTopic } from "./parseChecklist";

/**
 * Which questions are about each checklist topic, and what that says: a topic with no question,
 * one marked done but graded below the hire bar, one not marked done but already strong.
 */
export type TopicState = "missing" | "done-but-weak" | "strong-not-done" | "covered";

export interface TopicCoverage {
	topic: ChecklistTopic;
	theme: string;
	state: TopicState;
	/** How the questions were found: their subtopics, tags and titles, or (failing those) search. */
	via: "fields" | "search" | "none";
	questions: { path: string; title: string; grade?: number }[];
	readiness: Readiness;
}

export interface ThemeCoverage {
	name: string;
	line: number;
	topics: TopicCoverage[];
	counts: Record<TopicState, number>;
}

export interface CoverageOptions {
	threshold: number;
	/** Full-text search, best first: used only for a topic no subtopic, tag or title matches. */
	search?: (text: string) => string[];
	/** How many search hits count for a topic. */
	searchLimit?: number;
}

export function checklistCoverage(checklist: Checklist, questions: readonly Question[], options: CoverageOptions): ThemeCoverage[] {
	const terms = new Map(questions.map((question) => [question.path, questionTerms(question)]));
	const byPath = new Map(questions.map((question) => [question.path, question]));
	return checklist.themes.map((theme) => {
		const topics = theme.topics.map((topic) => coverTopic(topic, theme.name, questions, terms, byPath, options));
		const counts: Record<TopicState, number> = { missing: 0, "done-but-weak": 0, "strong-not-done": 0, covered: 0 };
		for (const topic of topics) counts[topic.state]++;
		return { name: theme.name, line: theme.line, topics, counts };
	});
}

function coverTopic(
	topic: ChecklistTopic,
	theme: string,
	questions: readonly Question[],
	terms: ReadonlyMap<string, Set<string>>,
	byPath: ReadonlyMap<string, Question>,
	options: CoverageOptions,
): TopicCoverage {
	const phrases = topicPhrases(topic.text);
	let found = questions.filter((question) => phrases.some((phrase) => phraseMatches(phrase, terms.get(question.path) ?? new Set())));
	let via: TopicCoverage["via"] = found.length > 0 ? "fields" : "none";
	if (found.length === 0 && options.search) {
		const main = topic.text.replace(/\(.*?\)/g, " ").split(":")[0] ?? topic.text;
		found = options.search(main).slice(0, options.searchLimit ?? 3).flatMap((path) => byPath.get(path) ?? []);
		if (found.length > 0) via = "search";
	}
	const score = readiness(found, options.threshold);
	const state: TopicState = found.length === 0
		? "missing"
		: topic.done && score.average !== null && !score.ready
			? "done-but-weak"
			: !topic.done && score.ready
				? "strong-not-done"
				: "covered";
	return {
		topic,
		theme,
		state,
		via,
		questions: found.map((q) => ({ path: q.path, title: q.title, ...(q.learning.grade === undefined ? {} : { grade: q.learning.grade }) })),
		readiness: score,
	};
}

/** A phrase is groups of words; each group is satisfied by any of its alternatives ("HTTP/HTTPS"). */
type Phrase = string[][];

/** Words too general to tell one topic from another. */
const GENERIC = new Set([
	"and", "or", "vs", "versus", "the", "a", "an", "of", "in", "on", "with", "to", "for", "how", "what", "e", "g", "eg", "etc",
	"basic", "basics", "fundamental", "fundamentals", "strategy", "strategies", "concept", "concepts", "model", "models",
	"pattern", "patterns", "principle", "principles", "overview", "introduction", "technique", "techniques", "tool", "tools",
	"topic", "topics", "your", "you", "solid", "make", "sure",
]);

/**
 * "Caching strategies (Redis, Memcached)" → [cach] or [redis] or [memcach]; "Data structures:
 * arrays, linked lists" → [data, structur] or [array] or [link, list]. The words before a colon or
 * bracket are the topic; the items after it are alternatives.
 */
export function topicPhrases(text: string): Phrase[] {
	const inBrackets = [...text.matchAll(/\(([^)]*)\)/g)].map((match) => match[1] ?? "");
	const outside = text.replace(/\([^)]*\)/g, " ");
	const colon = outside.indexOf(":");
	const head = colon >= 0 ? outside.slice(0, colon) : outside;
	const items = [colon >= 0 ? outside.slice(colon + 1) : "", ...inBrackets].flatMap((list) => list.split(/,|;|\band\b/i));
	// "Indexes and query plans", "Microservices vs monolith": either side alone is about the topic too.
	const sides = head.split(/\bvs\.?(?=\s)|\bversus\b|\band\b|&/i);
	const phrases = [head, ...(sides.length > 1 ? sides : []), ...items].map(toPhrase).filter((phrase) => phrase.length > 0);
	return phrases;
}

function toPhrase(text: string): Phrase {
	return text
		.split(/[^\p{L}\p{N}/+#]+/u)
		.map((word) => word.split("/").map(stem).filter((alternative) => alternative !== "" && !GENERIC.has(alternative)))
		.filter((group) => group.length > 0);
}

/** Two words or fewer must all be there; of a longer phrase, two in three. */
function phraseMatches(phrase: Phrase, terms: ReadonlySet<string>): boolean {
	const present = phrase.filter((group) => group.some((word) => terms.has(word))).length;
	const needed = phrase.length <= 2 ? phrase.length : Math.ceil((phrase.length * 2) / 3);
	return present >= needed;
}

function questionTerms(question: Question): Set<string> {
	const text = [question.title, ...question.aliases, ...question.subtopics, ...question.tags.map((tag) => tag.replace(/^difficulty\/.*/, ""))].join(" ");
	return new Set(text.split(/[^\p{L}\p{N}+#]+/u).map(stem).filter((word) => word !== ""));
}

/** A light English stemmer: enough for "caching" and "cache", "queues" and "queue", "indexes" and "index". */
export function stem(word: string): string {
	let w = word.toLowerCase();
	if (GENERIC.has(w)) return "";
	if (w.length <= 3) return w;
	if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
	if (w.endsWith("sses")) w = w.slice(0, -2);
	else if (w.endsWith("s") && !w.endsWith("ss") && w.length > 4) w = w.slice(0, -1);
	for (const suffix of ["ing", "ed", "er"]) {
		if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
			w = w.slice(0, -suffix.length);
			break;
		}
	}
	if (w.endsWith("e") && w.length >= 4) w = w.slice(0, -1);
	return w;
}
