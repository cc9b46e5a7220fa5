import type { Difficulty } from "../question/difficulty";
import type { LearningStatus } from "../schedule/learningState";
import type { BlockSpec } from "./blockSpec";

/** The question browser's choices: a grouping, filter chips and a text filter. */
export interface BrowserFilter {
	groupBy: "difficulty" | "subtopic";
	difficulty: Difficulty[];
	subtopic: string[];
	learning: LearningStatus[];
	text: string;
}

export function emptyBrowserFilter(): BrowserFilter {
	return { groupBy: "difficulty", difficulty: [], subtopic: [], learning: [], text: "" };
}

/** The browser is a list block with the chips as its filters. */
export function browserSpec(filter: BrowserFilter): BlockSpec {
	return {
		folders: [], tags: [], topic: [], tag: [], status: [],
		difficulty: filter.difficulty, subtopic: filter.subtopic, learning: filter.learning,
		groupBy: filter.groupBy, columns: ["title"], sort: [{ column: "title", descending: false }], view: "list",
	};
}

export function toggle<T>(values: readonly T[], value: T): T[] {
	return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
