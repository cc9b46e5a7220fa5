import type { Expr, NamedField, Operation, Query } from "./ast";
import { groupRowCell, pageLink, toCell, type Cell } from "./cells";
import { dateValue, parseIsoDay } from "./dates";
import { readDate } from "./literals";
import { EvaluationError, isStackOverflow, TOO_DEEP, Unsupported, type Env } from "./env";
import { compile, evaluate, indexInto, type Compiled } from "./evaluate";
import { LazyOrder, sortKeyed, type Keyed } from "./order";
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

/** Rows read a page at a time; an array is one. */
export interface Pages<T> {
	readonly length: number;
	slice(start: number, end: number): readonly T[];
}

/** A table whose cells are built only for the rows read (`slice`): a view draws 50 rows of 8,000. */
export interface PagedTableResult {
	readonly type: "table";
	readonly headers: readonly string[];
	readonly rows: Pages<readonly Cell[]>;
	readonly groups?: Pages<GroupCells>;
}

export interface PagedListResult {
	readonly type: "list";
	readonly items: Pages<ListItem>;
	readonly groups?: Pages<GroupCells>;
}

/** What `runPagedQuery` gives: the same rows as `runQuery`, built as they are read. */
export type PagedQueryResult = PagedTableResult | PagedListResult | TaskResult | ErrorResult | NotSupportedResult;

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
	const result = runPagedQuery(query, pages, context);
	switch (result.type) {
		case "table":
			return { type: "table", headers: result.headers, rows: readAll(result.rows), ...(result.groups ? { groups: readAll(result.groups) } : {}) };
		case "list":
			return { type: "list", items: readAll(result.items), ...(result.groups ? { groups: readAll(result.groups) } : {}) };
		default:
			return result;
	}
}

/**
 * `runQuery` for a view that draws a page of rows at a time: every row is selected, filtered,
 * grouped and its columns computed (so the count, the errors and a refused value are the same),
 * but a final SORT orders, and cells are built, only as far as the rows are read.
 */
export function runPagedQuery(query: Query, pages: readonly DataviewPage[], context: QueryContext): PagedQueryResult {
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

function readAll<T>(pages: Pages<T>): T[] {
	return [...pages.slice(0, pages.length)];
}

function execute(query: Query, pages: readonly DataviewPage[], context: QueryContext): PagedQueryResult {
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
	const pagesOf = vault.select(query.source, originPath);
	if ("error" in pagesOf) throw new QueryFailed(pagesOf.error);
	const header = query.header;
	let rows: Row[] = header.type === "task" ? pagesOf.flatMap(taskRows) : pagesOf.map((record) => ({ id: record.link, data: record.data }));
	let identity: Identity = { type: "path" };
	// A TASK list is drawn whole; a table's or list's final SORT waits for the rows drawn.
	const deferred = header.type === "task" ? undefined : finalSort(query.operations);
	for (const operation of deferred ? query.operations.slice(0, -1) : query.operations) {
		rows = applyOperation(operation, rows, env);
		if (operation.type === "group") identity = { type: "group", name: operation.field.name };
	}
	if (header.type === "task") return taskResult(rows, identity, normalizeLink);
	const keyed = deferred ? sortKeys(rows, deferred.fields, env) : rows.map((row) => ({ item: row, keys: [] }));
	const fields: NamedField[] = header.type === "table" ? [...header.fields] : header.format ? [{ name: "target", expr: header.format }] : [];
	const groupings = query.operations.filter((operation) => operation.type === "group").length;
	const extracted = extract(keyed, fields, env, deferred, groupings > 1);
	const ordered: Pages<Extracted> = deferred ? new LazyOrder(extracted, signsOf(deferred.fields), normalizeLink) : extracted.map((entry) => entry.item);
	const cell = (value: Value): Cell => toCell(value, normalizeLink);
	const groups = identity.type === "group" ? mapPages(ordered, ({ row }) => groupCells(row, normalizeLink)) : undefined;
	if (header.type === "table") {
		const names = header.fields.map((field) => field.name);
		const idName = identity.type === "group" ? identity.name : "File";
		const headers = header.showId ? [idName, ...names] : names;
		const tableRows = mapPages(ordered, ({ row, values }) => [...(header.showId ? [cell(row.id)] : []), ...names.map((name) => cell(values.get(name) ?? null))]);
		return { type: "table", headers, rows: tableRows, ...(groups ? { groups } : {}) };
	}
	const items = mapPages(ordered, ({ row, values }): ListItem => {
		if (header.format === undefined) return { id: cell(row.id) };
		const value = cell(values.get("target") ?? null);
		return header.showId ? { id: cell(row.id), value } : { value };
	});
	return { type: "list", items, ...(groups ? { groups } : {}) };
}

/** A row that came through with its column values. */
interface Extracted {
	readonly row: Row;
	readonly values: Map<string, Value>;
}

type SortOperation = Extract<Operation, { type: "sort" }>;

/** The query's last operation when it is a SORT: the columns are computed before its order is. */
function finalSort(operations: readonly Operation[]): SortOperation | undefined {
	const last = operations[operations.length - 1];
	return last?.type === "sort" ? last : undefined;
}

/** Rows turned into what is drawn as they are read: a view reads each page once, `runQuery` all at once. */
function mapPages<T, U>(pages: Pages<T>, map: (item: T) => U): Pages<U> {
	return { length: pages.length, slice: (start, end) => pages.slice(start, end).map(map) };
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
	const attempt = (expr: Expr, row: Row): Value | undefined => tryEvaluate(compile(expr), row.data.fields, env, errors);
	let result: Row[];
	switch (operation.type) {
		case "where":
			result = rows.filter((row) => {
				const value = attempt(operation.clause, row);
				return value !== undefined && isTruthy(value);
			});
			break;
		case "sort":
			result = sortRows(rows, operation.fields, env);
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
	failWhenEveryRowFailed(operation.type, errors, rows.length);
	return result;
}

function failWhenEveryRowFailed(operation: Operation["type"], errors: readonly string[], rows: number): void {
	if (errors.length >= rows && rows > 0) {
		throw new QueryFailed(`Every row during operation '${operation}' failed with an error; first ${Math.min(3, errors.length)}:\n\n${bullets(errors)}`);
	}
}

function tryEvaluate(expr: Compiled, data: ReadonlyMap<string, Value>, env: Env, errors: string[]): Value | undefined {
	try {
		return expr(data, env);
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
function sortRows(rows: Row[], fields: SortOperation["fields"], env: Env): Row[] {
	return sortKeyed(sortKeys(rows, fields, env), signsOf(fields), env.normalizeLink).map((entry) => entry.item);
}

/** Each row's keys, once; a row whose key fails is dropped, and when every row fails, the query. */
function sortKeys(rows: Row[], fields: SortOperation["fields"], env: Env): Keyed<Row>[] {
	const errors: string[] = [];
	const compiled = fields.map((field) => compile(field.expr));
	const keyed: Keyed<Row>[] = [];
	for (const row of rows) {
		const keys: Value[] = [];
		for (const expr of compiled) {
			const key = tryEvaluate(expr, row.data.fields, env, errors);
			if (key === undefined) break;
			keys.push(key);
		}
		if (keys.length === compiled.length) keyed.push({ item: row, keys });
	}
	failWhenEveryRowFailed("sort", errors, rows.length);
	return keyed;
}

function signsOf(fields: SortOperation["fields"]): number[] {
	return fields.map((field) => (field.direction === "ascending" ? 1 : -1));
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

/**
 * The columns of each row; a row whose column fails is dropped (Dataview's `executeCoreExtract`).
 * With a final SORT still to come, the rows are in their unsorted order: each row's values are its
 * own whatever the order, and only a failure of every row needs the order, for its messages.
 */
function extract(rows: readonly Keyed<Row>[], fields: readonly NamedField[], env: Env, sort: SortOperation | undefined, nestedGroups: boolean): Keyed<Extracted>[] {
	// Columns are a record by name in Dataview: with two columns of one name, the last expression fills both.
	const byName = new Map(fields.map((field) => [field.name, compile(field.expr)]));
	const errors: string[] = [];
	const failures: (string | undefined)[] = [];
	const result: Keyed<Extracted>[] = [];
	for (const { item: row, keys } of rows) {
		const values = new Map<string, Value>();
		const before = errors.length;
		for (const [name, expr] of byName) {
			const value = tryEvaluate(expr, row.data.fields, env, errors);
			if (value === undefined) break;
			values.set(name, value);
		}
		failures.push(errors[before]);
		if (values.size === byName.size) {
			refuseFunctions(row, values, nestedGroups);
			result.push({ item: { row, values }, keys });
		}
	}
	if (errors.length >= rows.length && rows.length > 0) {
		const inOrder = sort ? sortedFailures(rows, failures, sort, env) : errors;
		throw new QueryFailed(`Every row during final data extraction failed with an error; first ${Math.max(inOrder.length, 3)}:\n\n${bullets(inOrder)}`);
	}
	return result;
}

function sortedFailures(rows: readonly Keyed<Row>[], failures: readonly (string | undefined)[], sort: SortOperation, env: Env): string[] {
	const withFailure = rows.map((entry, position) => ({ item: failures[position], keys: entry.keys }));
	return sortKeyed(withFailure, signsOf(sort.fields), env.normalizeLink).flatMap((entry) => (entry.item === undefined ? [] : [entry.item]));
}

/**
 * A value that holds a lambda cannot be drawn, and the whole query is refused for it: looked for
 * here, as each row comes through, since its cells are built only when the row is drawn.
 */
function refuseFunctions(row: Row, values: ReadonlyMap<string, Value>, nested: boolean): void {
	const refuse = (value: Value): void => {
		if (holdsFunction(value)) toCell(value, (path) => path);
	};
	refuse(row.id);
	for (const value of values.values()) refuse(value);
	if (!nested) return;
	// A group's pages are drawn as their links; only a group of groups has members drawn as themselves.
	const members = row.data.fields.get("rows") ?? null;
	if (isArray(members)) for (const member of members) if (pageLink(member) === undefined) refuse(member);
}

function holdsFunction(value: Value): boolean {
	if (value === null || typeof value !== "object") return false;
	if (isArray(value)) return value.some(holdsFunction);
	if (value.kind === "function") return true;
	if (value.kind !== "object") return false;
	for (const item of value.fields.values()) if (holdsFunction(item)) return true;
	return false;
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
