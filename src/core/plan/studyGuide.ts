import type { QuestionIndex } from "../index/QuestionIndex";
import type { Question } from "../question/Question";

/** One line of a study guide's schedule: "Week 2: Caching + Message queues". */
export interface GuideWeek {
	week: number;
	/** The line's text after the colon, as written. */
	label: string;
	/** The topics, subtopics or study paths it names. */
	items: string[];
}

/** A week resolved against the vault: the questions it names, and the items that named none. */
export interface ResolvedWeek extends GuideWeek {
	paths: string[];
	unmatched: string[];
}

const WEEK_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?week\s+(\d{1,2})(?:\*\*|__)?\s*[:\-–—]\s*(?:\*\*|__)?\s*(.+?)\s*$/i;
const ITEM_SEPARATOR = /\s*(?:\+|,|;|&|\band\b)\s*/i;

/**
 * The "Week N: …" lines of a text (the plan's setting, or a note laid out like a study guide),
 * in week order; a week written twice keeps its first line. Items are split on "+", ",", ";",
 * "&" and "and", with Markdown emphasis and wikilink brackets taken off.
 */
export function parseStudyGuide(text: string): GuideWeek[] {
	const weeks = new Map<number, GuideWeek>();
	for (const line of text.split(/\r?\n/)) {
		const match = WEEK_LINE.exec(line);
		if (!match) continue;
		const week = Number(match[1]);
		const label = plain(match[2] ?? "");
		if (week < 1 || weeks.has(week) || label === "") continue;
		weeks.set(week, { week, label, items: label.split(ITEM_SEPARATOR).map((item) => item.trim()).filter((item) => item !== "") });
	}
	return [...weeks.values()].sort((a, b) => a.week - b.week);
}

/**
 * Which questions each week names. An item names a MOC study path whose heading contains it
 * (all its questions), or the questions whose topic, subtopic or tag it is or contains as
 * words. A question goes to the first week that names it.
 */
export function resolveStudyGuide(weeks: readonly GuideWeek[], index: QuestionIndex, scope: readonly Question[]): ResolvedWeek[] {
	const inScope = new Set(scope.map((q) => q.path));
	const taken = new Set<string>();
	return weeks.map((week) => {
		const paths: string[] = [];
		const unmatched: string[] = [];
		for (const item of week.items) {
			const named = questionsNamedBy(item, index, scope).filter((path) => inScope.has(path));
			if (named.length === 0) unmatched.push(item);
			for (const path of named) {
				if (taken.has(path)) continue;
				taken.add(path);
				paths.push(path);
			}
		}
		return { ...week, paths, unmatched };
	});
}

function questionsNamedBy(item: string, index: QuestionIndex, scope: readonly Question[]): string[] {
	const wanted = words(item);
	if (wanted === "") return [];
	const fromPaths = index.mocs().flatMap((moc) =>
		moc.studyPaths.filter((path) => containsWords(words(path.name), wanted)).flatMap((path) => index.studyPathQuestions(path).questions.map((q) => q.path)),
	);
	const fromTopics = scope.filter((q) => [q.topic ?? "", ...q.subtopics, ...q.tags].some((name) => {
		const topic = words(name);
		return topic.length >= 3 && (topic === wanted || containsWords(wanted, topic));
	})).map((q) => q.path);
	return [...fromPaths, ...fromTopics];
}

/** Lower case, letters and digits only, single spaces: "Rate-Limiting" and "rate limiting" meet. */
function words(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function containsWords(haystack: string, needle: string): boolean {
	return ` ${haystack} `.includes(` ${needle} `);
}

function plain(text: string): string {
	return text.replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_, target: string, alias?: string) => alias ?? target).replace(/\*\*|__|`/g, "").trim();
}
