import { DIFFICULTIES, type Difficulty } from "../question/difficulty";
import { LEARNING_STATUSES, type LearningStatus } from "../schedule/learningState";
import { errorText } from "../errorText";

export const GROUP_BY = ["difficulty", "subtopic", "topic", "status", "learning", "none"] as const;
export const COLUMNS = ["title", "difficulty", "subtopics", "topic", "tags", "status", "learning", "due", "grade", "file"] as const;
export const VIEWS = ["table", "list", "counts"] as const;
export type GroupBy = (typeof GROUP_BY)[number];
export type Column = (typeof COLUMNS)[number];
export type BlockView = (typeof VIEWS)[number];

export interface SortKey {
	column: Column;
	descending: boolean;
}

/** A ```interview-vault block: where from, which questions, how to show them. */
export interface BlockSpec {
	folders: string[];
	tags: string[];
	difficulty: Difficulty[];
	subtopic: string[];
	topic: string[];
	tag: string[];
	/** The author's editorial status (`status:` property). */
	status: string[];
	learning: LearningStatus[];
	groupBy: GroupBy;
	columns: Column[];
	sort: SortKey[];
	limit?: number;
	view: BlockView;
}

export type SpecResult = { ok: true; spec: BlockSpec } | { ok: false; message: string; line?: number };

const KEYS = ["from", "difficulty", "subtopic", "topic", "tag", "status", "learning", "group-by", "columns", "sort", "limit", "view"];

/** Reads a block's YAML (parsed by the caller's YAML parser) into a spec, or says what is wrong and where. */
export function parseBlockSpec(source: string, parse: (yaml: string) => unknown): SpecResult {
	let data: unknown;
	try {
		data = source.trim() === "" ? {} : parse(source);
	} catch (error) {
		return { ok: false, message: `the block is not valid YAML: ${firstLine(error)}` };
	}
	if (data === null || data === undefined) data = {};
	if (typeof data !== "object" || Array.isArray(data)) return { ok: false, message: "write the block as `key: value` lines, e.g. `difficulty: hard`" };
	try {
		return { ok: true, spec: readSpec(data as Record<string, unknown>) };
	} catch (error) {
		if (!(error instanceof SpecError)) throw error;
		return { ok: false, message: error.message, line: lineOf(source, error.key) };
	}
}

class SpecError extends Error {
	constructor(
		readonly key: string,
		message: string,
	) {
		super(message);
	}
}

function readSpec(data: Record<string, unknown>): BlockSpec {
	for (const key of Object.keys(data)) {
		if (!KEYS.includes(key)) throw new SpecError(key, `unknown key \`${key}\`; the keys are ${KEYS.join(", ")}`);
	}
	const from = list(data, "from");
	const groupBy = oneOf(data, "group-by", GROUP_BY) ?? "none";
	const view = oneOf(data, "view", VIEWS) ?? "table";
	return {
		folders: from.filter((item) => !item.startsWith("#")).map((folder) => folder.replace(/^\/+|\/+$/g, "")),
		tags: from.filter((item) => item.startsWith("#")).map((tag) => tag.slice(1)),
		difficulty: list(data, "difficulty").map((value) => member("difficulty", value.toLowerCase(), DIFFICULTIES)),
		subtopic: list(data, "subtopic").map((value) => value.toLowerCase()),
		topic: list(data, "topic").map((value) => value.toLowerCase()),
		tag: list(data, "tag").map((value) => value.replace(/^#/, "")),
		status: list(data, "status"),
		learning: list(data, "learning").map((value) => member("learning", value.toLowerCase(), LEARNING_STATUSES)),
		groupBy,
		columns: data.columns === undefined ? defaultColumns(view) : list(data, "columns").map((value) => member("columns", value.toLowerCase(), COLUMNS)),
		sort: list(data, "sort").map(readSortKey),
		limit: readLimit(data.limit),
		view,
	};
}

function defaultColumns(view: BlockView): Column[] {
	return view === "list" ? ["title"] : ["title", "difficulty", "subtopics", "learning"];
}

function readSortKey(value: string): SortKey {
	const descending = value.startsWith("-") || /\s+desc$/i.test(value);
	const name = value.replace(/^-/, "").replace(/\s+(asc|desc)$/i, "").trim().toLowerCase();
	return { column: member("sort", name, COLUMNS), descending };
}

function readLimit(value: unknown): number | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw new SpecError("limit", "`limit` must be a whole number of 1 or more");
	return value;
}

function list(data: Record<string, unknown>, key: string): string[] {
	const value = data[key];
	if (value === undefined || value === null) return [];
	const items: unknown[] = Array.isArray(value) ? value : [value];
	return items.flatMap((item) => scalarText(key, item).split(",")).map((item) => item.trim()).filter((item) => item !== "");
}

function oneOf<T extends string>(data: Record<string, unknown>, key: string, options: readonly T[]): T | undefined {
	const value = data[key];
	if (value === undefined) return undefined;
	return member(key, scalarText(key, value).trim().toLowerCase(), options);
}

function scalarText(key: string, value: unknown): string {
	if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
	throw new SpecError(key, `\`${key}\` takes a value or a list of values`);
}

function member<T extends string>(key: string, value: string, options: readonly T[]): T {
	const found = options.find((option) => option === value);
	if (found === undefined) throw new SpecError(key, `\`${key}\` cannot be \`${value}\`; use one of ${options.join(", ")}`);
	return found;
}

function lineOf(source: string, key: string): number | undefined {
	const index = source.split("\n").findIndex((line) => line.trimStart().startsWith(`${key}:`));
	return index >= 0 ? index + 1 : undefined;
}

function firstLine(error: unknown): string {
	const message = errorText(error);
	return message.split("\n")[0] ?? message;
}
