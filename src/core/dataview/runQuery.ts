import type { Expr, NamedField, Operation, Query } from "./ast";
import { groupRowCell, toCell, type Cell } from "./cells";
import { dateValue, parseIsoDay } from "./dates";
import { readDate } from "./literals";
import { EvaluationError, isStackOverflow, TOO_DEEP, Unsupported, type Env } from "./env";
import { evaluate, indexInto } from "./evaluate";
import { valueToString } from "./operators";
import type { DataviewPage, PageRecord } from "./pageData";
import { compareValue, isArray, isObject, isTruthy, objectValue, typeOf, type DateValue, type ObjectValue, type Value } from "./values";
import { vaultView } from "./vault";
import { errorText } from "../errorText";

export interface QueryContext {
	/** `YYYY-MM-DD`: what `date(today)` means. The engine reads no clock. */
	readonly today: string;
	/** The path of the note holding the query, for `this`; without it `this` is an empty object, as in Dataview. */
	readonly origin?: string;
	/** `date(now)` as `YYYY-MM-DDTHH:mm:ss` wall-clock time; noon of `today` when not given. */
	readonly now?: string;
}

/** A GROUP BY group: its key and its rows (pages as links). */
export interface GroupCells {
	readonly key: Cell;
	readonly rows: readonly Cell[];
}

export interface TableResult {
	readonly type: "table";
	/** "File" (or, after GROUP BY, the grouped field's name) first unless WITHOUT ID, then each column's name. */
	readonly headers: readonly string[];
	readonly rows: ReadonlyArray<readonly Cell[]>;
	/** Present after GROUP BY: one entry per row, in the same order. */
	readonly groups?: readonly GroupCells[];
}

/** One LIST line: the page link (or group key), the LIST expression's value, or both ("link: value"). */
export interface ListItem {
	readonly id?: Cell;
	readonly value?: Cell;
}

export interface ListResult {
	readonly type: "list";
	readonly items: readonly ListItem[];
	readonly groups?: readonly GroupCells[];
}

/** One task of a TASK query, as the read-only list shows it. */
export interface TaskItem {
	readonly path: string;
	/** 0-based line in the note, as Dataview counts. */
	readonly line: number;
	readonly text: string;
	/** The character between the brackets: " ", "x", "-"… */
	readonly status: string;
	readonly completed: boolean;
}

export interface TaskResult {
	readonly type: "task";
	readonly tasks: readonly TaskItem[];
	/** Present after GROUP BY: the groups in order, each with its tasks. */
	readonly groups?: ReadonlyArray<{ readonly key: Cell; readonly tasks: readonly TaskItem[] }>;
}

/** The query ran but failed as a whole (Dataview's error box): every row failed, or LIMIT is not a number. */
export interface ErrorResult {
	readonly type: "error";
	readonly message: string;
}

/** The query needs a feature outside our subset, met while it ran (the message names it). */
export interface NotSupportedResult {
	readonly type: "not-supported";
	readonly message: string;
}

export type QueryResult = TableResult | ListResult | TaskResult | ErrorResult | NotSupportedResult;

/** A row of the pipeline: a page (id = its link, data = its fields) or, after GROUP BY, a group. */
interface Row {
	readonly id: Value;
	readonly data: ObjectValue;
}

type Identity = { type: "path" } | { type: "group"; name: string };

class QueryFailed extends Error {}

/**
 * Runs a parsed query over the pages as Dataview's `executeTable` / `executeList`
 * (`src/query/engine.ts`): FROM selects pages (in the order given), then each WHERE, SORT,
 * LIMIT and GROUP BY runs in the order written, then the columns are computed. Never throws.
 */
export function runQuery(query: Query, pages: readonly DataviewPage[], context: QueryContext): QueryResult {
	try {
		return execute(query, pages, context);
	} catch (error) {
		if (error instanceof Unsupported) return { type: "not-supported", message: error.message };
		if (error instanceof QueryFailed) return { type: "error", message: error.message };
		if (isStackOverflow(error)) return { type: "error", message: TOO_DEEP };
		const message = errorText(error);
		return { type: "error", message: `Interview Vault could not run this query: ${message}` };
	}
}

function execute(query: Query, pages: readonly DataviewPage[], context: QueryContext): QueryResult {
	const today = parseIsoDay(context.today);
	if (today === undefined) throw new QueryFailed(`today must be a date as YYYY-MM-DD, not '${context.today}'`);
	const now = context.now === undefined ? dateValue(today.ms + 12 * 3_600_000) : parseNow(context.now);
	const vault = vaultView(pages);
	const originPath = context.origin;
	const normalizeLink = (path: string): string => vault.resolve(path, originPath)?.path ?? path;
	const origin = originPath === undefined ? undefined : vault.resolve(originPath);
	const env: Env = {
		globals: new Map([["this", origin?.data ?? objectValue([])]]),
		today,
		now,
		normalizeLink,
		resolveLink: (path) => vault.resolve(path, originPath)?.data ?? null,
		index: (object, key) => indexInto(object, key, env),
	};
	const selected = vault.select(query.source, originPath);
	if ("error" in selected) throw new QueryFailed(selected.error);
	const pagesOf = [...selected].map((path) => vault.record(path)).filter((record): record is PageRecord => record !== undefined);
	let rows: Row[] = query.header.type === "task" ? pagesOf.flatMap(taskRows) : pagesOf.map((record) => ({ id: record.link, data: record.data }));
	let identity: Identity = { type: "path" };
	for (const operation of query.operations) {
		rows = applyOperation(operation, rows, env);
		if (operation.type === "group") identity = { type: "group", name: operation.field.name };
	}
	const header = query.header;
	if (header.type === "task") return taskResult(rows, identity, normalizeLink);
	const fields: NamedField[] = header.type === "table" ? [...header.fields] : header.format ? [{ name: "target", expr: header.format }] : [];
	const extracted = extract(rows, fields, env);
	const cell = (value: Value): Cell => toCell(value, normalizeLink);
	const groups = identity.type === "group" ? extracted.map(({ row }) => groupCells(row, normalizeLink)) : undefined;
	if (header.type === "table") {
		const names = header.fields.map((field) => field.name);
		const idName = identity.type === "group" ? identity.name : "File";
		const headers = header.showId ? [idName, ...names] : names;
		const tableRows = extracted.map(({ row, values }) => [...(header.showId ? [cell(row.id)] : []), ...names.map((name) => cell(values.get(name) ?? null))]);
		return { type: "table", headers, rows: tableRows, ...(groups ? { groups } : {}) };
	}
	const items = extracted.map(({ row, values }): ListItem => {
		if (header.format === undefined) return { id: cell(row.id) };
		const value = cell(values.get("target") ?? null);
		return header.showId ? { id: cell(row.id), value } : { value };
	});
	return { type: "list", items, ...(groups ? { groups } : {}) };
}

function parseNow(text: string): DateValue {
	const date = readDate(text, 0);
	if (!date) throw new QueryFailed(`now must be a date and time as YYYY-MM-DDTHH:mm:ss, not '${text}'`);
	return date.value;
}

/** Dataview's `executeTask`: each task of the page is a row, its own fields over the page's. */
function taskRows(record: PageRecord): Row[] {
	const file = record.data.fields.get("file") ?? null;
	const tasks = isObject(file) ? (file.fields.get("tasks") ?? null) : null;
	if (!isArray(tasks)) return [];
	return tasks.filter(isObject).map((task) => {
		const fields = new Map(task.fields);
		for (const [key, value] of record.data.fields) if (!fields.has(key)) fields.set(key, value);
		return { id: record.link, data: { kind: "object", fields } };
	});
}

function taskItem(data: ObjectValue): TaskItem {
	const get = (key: string): Value => data.fields.get(key) ?? null;
	const text = (key: string): string => {
		const value = get(key);
		return typeof value === "string" ? value : "";
	};
	return { path: text("path"), line: Number(get("line")), text: text("text"), status: text("status"), completed: get("completed") === true };
}

function taskResult(rows: Row[], identity: Identity, normalizeLink: (path: string) => string): TaskResult {
	if (identity.type === "path") return { type: "task", tasks: rows.map((row) => taskItem(row.data)) };
	return {
		type: "task",
		tasks: [],
		groups: rows.map((row) => {
			const members = row.data.fields.get("rows") ?? null;
			return { key: toCell(row.id, normalizeLink), tasks: isArray(members) ? members.filter(isObject).map(taskItem) : [] };
		}),
	};
}

function applyOperation(operation: Operation, rows: Row[], env: Env): Row[] {
	const errors: string[] = [];
	const attempt = (expr: Expr, row: Row): Value | undefined => tryEvaluate(expr, row.data.fields, env, errors);
	let result: Row[];
	switch (operation.type) {
		case "where":
			result = rows.filter((row) => {
				const value = attempt(operation.clause, row);
				return value !== undefined && isTruthy(value);
			});
			break;
		case "sort":
			result = sortRows(rows, operation.fields, env, attempt);
			break;
		case "limit":
			result = limitRows(rows, operation.amount, env);
			break;
		case "group":
			result = groupRows(rows, operation.field, env, attempt);
			break;
		case "flatten":
			result = flattenRows(rows, operation.field, attempt);
			break;
	}
	if (errors.length >= rows.length && rows.length > 0) {
		throw new QueryFailed(`Every row during operation '${operation.type}' failed with an error; first ${Math.min(3, errors.length)}:\n\n${bullets(errors)}`);
	}
	return result;
}

function tryEvaluate(expr: Expr, data: ReadonlyMap<string, Value>, env: Env, errors: string[]): Value | undefined {
	try {
		return evaluate(expr, data, env);
	} catch (error) {
		if (!(error instanceof EvaluationError)) throw error;
		errors.push(error.message);
		return undefined;
	}
}

/**
 * Dataview sorts with its own `<` and `>` (so by `compareValue`), key after key, and JavaScript's
 * sort is stable: rows equal on every key keep their order. A row whose key fails is dropped.
 */
function sortRows(rows: Row[], fields: Extract<Operation, { type: "sort" }>["fields"], env: Env, attempt: (expr: Expr, row: Row) => Value | undefined): Row[] {
	const keyed: { row: Row; keys: Value[] }[] = [];
	for (const row of rows) {
		const keys: Value[] = [];
		for (const field of fields) {
			const key = attempt(field.expr, row);
			if (key === undefined) break;
			keys.push(key);
		}
		if (keys.length === fields.length) keyed.push({ row, keys });
	}
	// The signs once per query, a plain loop per comparison: a sort of 8,000 rows compares ~100,000 times.
	const signs = fields.map((field) => (field.direction === "ascending" ? 1 : -1));
	const normalizeLink = env.normalizeLink;
	keyed.sort((a, b) => {
		for (let index = 0; index < signs.length; index++) {
			const order = compareValue(a.keys[index] ?? null, b.keys[index] ?? null, normalizeLink);
			// Dataview tests `<`, then `>`: for a pair that is neither, the next key decides.
			const sign = signs[index] ?? 1;
			if (order < 0) return -sign;
			if (order > 0) return sign;
		}
		return 0;
	});
	return keyed.map((entry) => entry.row);
}

function limitRows(rows: Row[], amount: Expr, env: Env): Row[] {
	let limit: Value;
	try {
		limit = evaluate(amount, new Map(), env);
	} catch (error) {
		if (!(error instanceof EvaluationError)) throw error;
		throw new QueryFailed(`Failed to execute 'limit' statement: ${error.message}`);
	}
	if (typeof limit !== "number") {
		throw new QueryFailed(`Failed to execute 'limit' statement: limit should be a number, but got '${typeOf(limit)}' (${limit === null ? "null" : valueToString(limit)})`);
	}
	// Array.slice, as Dataview: LIMIT 2.5 keeps 2, LIMIT -1 drops the last row.
	return rows.slice(0, limit);
}

/**
 * Dataview's GROUP BY: rows sorted by key, then neighbours with `=` keys merged. A group's data
 * is `key`, `rows` (its pages' data) and the key again under the group's name, so
 * `SORT difficulty` after `GROUP BY difficulty` sorts by the key.
 */
function groupRows(rows: Row[], field: NamedField, env: Env, attempt: (expr: Expr, row: Row) => Value | undefined): Row[] {
	const keyed: { row: Row; key: Value }[] = [];
	for (const row of rows) {
		const key = attempt(field.expr, row);
		if (key !== undefined) keyed.push({ row, key });
	}
	keyed.sort((a, b) => Math.sign(compareValue(a.key, b.key, env.normalizeLink)));
	const groups: { key: Value; rows: ObjectValue[] }[] = [];
	for (const entry of keyed) {
		const last = groups[groups.length - 1];
		if (last && compareValue(last.key, entry.key, env.normalizeLink) === 0) last.rows.push(entry.row.data);
		else groups.push({ key: entry.key, rows: [entry.row.data] });
	}
	return groups.map((group) => ({
		id: group.key,
		data: objectValue([
			["key", group.key],
			["rows", group.rows],
			[field.name, group.key],
		]),
	}));
}

/** Dataview's FLATTEN: a list value gives one row per element (none when empty), anything else one row. */
function flattenRows(rows: Row[], field: NamedField, attempt: (expr: Expr, row: Row) => Value | undefined): Row[] {
	const result: Row[] = [];
	for (const row of rows) {
		const value = attempt(field.expr, row);
		if (value === undefined) continue;
		for (const item of isArray(value) ? value : [value]) {
			const fields = new Map(row.data.fields);
			fields.set(field.name, item);
			result.push({ id: row.id, data: { kind: "object", fields } });
		}
	}
	return result;
}

/** The columns of each row; a row whose column fails is dropped (Dataview's `executeCoreExtract`). */
function extract(rows: Row[], fields: readonly NamedField[], env: Env): { row: Row; values: Map<string, Value> }[] {
	// Columns are a record by name in Dataview: with two columns of one name, the last expression fills both.
	const byName = new Map(fields.map((field) => [field.name, field.expr]));
	const errors: string[] = [];
	const result: { row: Row; values: Map<string, Value> }[] = [];
	for (const row of rows) {
		const values = new Map<string, Value>();
		for (const [name, expr] of byName) {
			const value = tryEvaluate(expr, row.data.fields, env, errors);
			if (value === undefined) break;
			values.set(name, value);
		}
		if (values.size === byName.size) result.push({ row, values });
	}
	if (errors.length >= rows.length && rows.length > 0) {
		throw new QueryFailed(`Every row during final data extraction failed with an error; first ${Math.max(errors.length, 3)}:\n\n${bullets(errors)}`);
	}
	return result;
}

function groupCells(row: Row, normalizeLink: (path: string) => string): GroupCells {
	const rows = row.data.fields.get("rows") ?? null;
	return {
		key: toCell(row.id, normalizeLink),
		rows: isArray(rows) ? rows.map((item) => groupRowCell(item, normalizeLink)) : [],
	};
}

function bullets(errors: readonly string[]): string {
	return errors
		.slice(0, 3)
		.map((message) => `- ${message}`)
		.join("\n");
}
