import type { Difficulty } from "../question/difficulty";
import type { Question } from "../question/Question";
import type { LearningStatus } from "../schedule/learningState";
import type { BlockSpec } from "./blockSpec";
import type { BlockGroup, BlockResult } from "./runBlock";

/** The groupings the question browser offers. */
export const BROWSER_GROUPINGS = ["difficulty", "topic", "subtopic"] as const;

/** The question browser's choices: a grouping, filter chips and a text filter. */
export interface BrowserFilter {
	groupBy: (typeof BROWSER_GROUPINGS)[number];
	difficulty: Difficulty[];
	topic: string[];
	/** Top folders of the vault (the first segment of a note's path). */
	folder: string[];
	subtopic: string[];
	learning: LearningStatus[];
	text: string;
}

export function emptyBrowserFilter(): BrowserFilter {
	return { groupBy: "difficulty", difficulty: [], topic: [], folder: [], subtopic: [], learning: [], text: "" };
}

/** A note's top folder, or "" for a note at the vault's root. */
export function topFolder(path: string): string {
	const slash = path.indexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** The browser is a list block with the chips as its filters. */
export function browserSpec(filter: BrowserFilter): BlockSpec {
	return {
		folders: filter.folder, tags: [], topic: filter.topic, tag: [], status: [],
		difficulty: filter.difficulty, subtopic: filter.subtopic, learning: filter.learning,
		groupBy: filter.groupBy, columns: ["title"], sort: [{ column: "title", descending: false }], view: "list",
	};
}

export function toggle<T>(values: readonly T[], value: T): T[] {
	return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** How many questions each filter value holds, per filter: the numbers on the browser's chips. */
export interface BrowserCounts {
	difficulty: Map<string, number>;
	topic: Map<string, number>;
	folder: Map<string, number>;
	subtopic: Map<string, number>;
	learning: Map<string, number>;
}

export function browserCounts(questions: readonly Question[]): BrowserCounts {
	const counts: BrowserCounts = { difficulty: new Map(), topic: new Map(), folder: new Map(), subtopic: new Map(), learning: new Map() };
	const add = (map: Map<string, number>, key: string | undefined): void => {
		if (key !== undefined && key !== "") map.set(key, (map.get(key) ?? 0) + 1);
	};
	for (const question of questions) {
		add(counts.difficulty, question.difficulty);
		add(counts.topic, question.topic);
		add(counts.folder, topFolder(question.path));
		for (const subtopic of question.subtopics) add(counts.subtopic, subtopic);
		add(counts.learning, question.learning.status);
	}
	return counts;
}

/** Values by how many questions hold them, then by name: the picker's chips come first. */
export function byUse(counts: ReadonlyMap<string, number>): string[] {
	return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([value]) => value);
}

/**
 * The browser's groups with the group of questions without a value ("(no subtopic)", "(no topic)")
 * last, where a learner looks for it. Native blocks keep their order: it matches Dataview's, which
 * the conversion of Dataview blocks relies on.
 */
export function emptyGroupLast(result: BlockResult): BlockResult {
	const empty = (group: BlockGroup): boolean => group.key.startsWith("(no ");
	return { ...result, groups: [...result.groups.filter((group) => !empty(group)), ...result.groups.filter(empty)] };
}
