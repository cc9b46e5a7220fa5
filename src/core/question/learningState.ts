import { isDay } from "../schedule/days";
import { LEARNING_STATUSES, type LearningState } from "../schedule/learningState";
import { parseHold } from "../schedule/hold";
import { impliedStatus } from "../schedule/status";
import { readString } from "./values";

/** The plugin's own frontmatter properties; every name carries the configurable prefix. */
export interface LearningKeys {
	status: string;
	grade: string;
	reviewed: string;
	due: string;
	stability: string;
	memoryDifficulty: string;
	reps: string;
	lapses: string;
	/** `suspended` or `buried until YYYY-MM-DD`. */
	hold: string;
}

export function learningKeys(prefix: string, statusKey?: string): LearningKeys {
	return {
		status: statusKey && statusKey.trim() !== "" ? statusKey.trim() : `${prefix}status`,
		grade: `${prefix}grade`,
		reviewed: `${prefix}reviewed`,
		due: `${prefix}due`,
		stability: `${prefix}stability`,
		memoryDifficulty: `${prefix}difficulty`,
		reps: `${prefix}reps`,
		lapses: `${prefix}lapses`,
		hold: `${prefix}hold`,
	};
}

export function readLearningState(frontmatter: Readonly<Record<string, unknown>>, keys: LearningKeys): LearningState {
	const rawStatus = readString(frontmatter[keys.status])?.toLowerCase();
	const status = LEARNING_STATUSES.find((candidate) => candidate === rawStatus);
	const state: LearningState = { status: status ?? "new" };
	assignNumber(state, "grade", frontmatter[keys.grade]);
	assignDate(state, "reviewed", frontmatter[keys.reviewed]);
	assignDate(state, "due", frontmatter[keys.due]);
	assignNumber(state, "stability", frontmatter[keys.stability]);
	assignNumber(state, "memoryDifficulty", frontmatter[keys.memoryDifficulty]);
	assignNumber(state, "reps", frontmatter[keys.reps]);
	assignNumber(state, "lapses", frontmatter[keys.lapses]);
	const hold = parseHold(readString(frontmatter[keys.hold]));
	if (hold) state.hold = hold;
	if (status === undefined) state.status = impliedStatus(state.grade, state.reviewed, state.due);
	if (rawStatus !== undefined && status === undefined) state.foreignStatus = readString(frontmatter[keys.status]);
	return state;
}

type NumberField = "grade" | "stability" | "memoryDifficulty" | "reps" | "lapses";

function assignNumber(state: LearningState, field: NumberField, value: unknown): void {
	const number = typeof value === "number" ? value : Number(readString(value));
	if (Number.isFinite(number)) state[field] = number;
}

function assignDate(state: LearningState, field: "reviewed" | "due", value: unknown): void {
	const day = readString(value)?.slice(0, 10);
	if (isDay(day)) state[field] = day;
}
