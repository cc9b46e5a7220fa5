import type { Expr, NamedField, Operation, Query, Source } from "../dataview/ast";
import type { NotePage } from "../parse/analyzeNote";
import { DIFFICULTIES } from "../question/difficulty";
import type { Question } from "../question/Question";
import type { BlockSpec, Column, GroupBy, SortKey } from "./blockSpec";
import { runBlock } from "./runBlock";

export type Conversion = { ok: true; spec: BlockSpec; source: string } | { ok: false; reason: string };

class NotConvertible extends Error {}

/** A native block meaning the same as a Dataview query, when its parts map one to one. */
export function toNativeBlock(query: Query): Conversion {
	try {
		const spec = emptySpec();
		readSource(query.source, spec);
		readHeader(query, spec);
		for (const operation of query.operations) readOperation(operation, spec, query);
		return { ok: true, spec, source: specSource(spec) };
	} catch (error) {
		if (error instanceof NotConvertible) return { ok: false, reason: error.message };
		throw error;
	}
}

function emptySpec(): BlockSpec {
	return { folders: [], tags: [], difficulty: [], subtopic: [], topic: [], tag: [], status: [], learning: [], groupBy: "none", columns: [], sort: [], view: "table" };
}

function readSource(source: Source, spec: BlockSpec): void {
	if (source.type === "all") return;
	if (source.type === "folder") spec.folders.push(source.folder.replace(/\/+$/, ""));
	else if (source.type === "tag") spec.tags.push(source.tag.replace(/^#/, ""));
	else if (source.type === "binary" && source.op === "|") {
		readSource(source.left, spec);
		readSource(source.right, spec);
	} else throw new NotConvertible("FROM with AND or a negation has no native form");
}

const COLUMN_OF: Record<string, Column> = {
	"file.link": "title", "file.name": "file", difficulty: "difficulty", subtopics: "subtopics", tags: "tags", status: "status", topic: "topic",
};

function readHeader(query: Query, spec: BlockSpec): void {
	const { header } = query;
	if (header.type === "task") throw new NotConvertible("a TASK query has no native form");
	const grouped = query.operations.some((op) => op.type === "group");
	if (header.type === "list") {
		if (header.format || grouped) throw new NotConvertible("a LIST with an expression or GROUP BY has no native form");
		spec.view = "list";
		spec.columns = ["title"];
		return;
	}
	if (grouped) {
		const onlyCount = header.fields.length === 1 && exprText(header.fields[0]?.expr) === "length(rows)";
		if (!onlyCount) throw new NotConvertible("a grouped TABLE converts only when it counts rows (length(rows))");
		spec.view = "counts";
		return;
	}
	spec.columns = header.fields.map((field) => columnOf(field));
	if (!spec.columns.includes("title")) spec.columns.unshift("title");
}

function columnOf(field: NamedField): Column {
	const column = COLUMN_OF[exprText(field.expr)];
	if (!column) throw new NotConvertible(`the column \`${field.name}\` has no native form`);
	return column;
}

function readOperation(operation: Operation, spec: BlockSpec, query: Query): void {
	switch (operation.type) {
		case "where":
			readWhere(operation.clause, spec);
			return;
		case "sort":
			// Native groups come in their own order; a sort after GROUP BY orders only the groups.
			if (!query.operations.some((op) => op.type === "group")) {
				spec.sort = operation.fields.map((field): SortKey => ({ column: sortColumn(exprText(field.expr)), descending: field.direction === "descending" }));
			}
			return;
		case "limit": {
			const amount = operation.amount.type === "literal" ? operation.amount.value : undefined;
			if (typeof amount !== "number" || !Number.isInteger(amount) || amount < 1) throw new NotConvertible("LIMIT must be a whole number");
			spec.limit = amount;
			return;
		}
		case "group":
			spec.groupBy = groupOf(exprText(operation.field.expr));
			return;
		case "flatten":
			throw new NotConvertible("FLATTEN has no native form");
	}
}

function sortColumn(text: string): Column {
	const column = COLUMN_OF[text];
	if (column !== "file" && column !== "difficulty" && column !== "status" && column !== "topic") throw new NotConvertible(`SORT ${text} has no native form`);
	return column;
}

function groupOf(text: string): GroupBy {
	const groups: Record<string, GroupBy> = { difficulty: "difficulty", topic: "topic", status: "status" };
	const group = groups[text];
	if (!group) throw new NotConvertible(`GROUP BY ${text} has no native form`);
	return group;
}

/** WHERE: `field = "x"` and `contains(tags|subtopics, "x")` joined by AND, or several of one kind joined by OR. */
function readWhere(clause: Expr, spec: BlockSpec): void {
	const terms = flatten(clause, "&");
	if (terms.length > 1) {
		for (const term of terms) readWhere(term, spec);
		return;
	}
	const alternatives = flatten(clause, "|").map(readCondition);
	const kinds = new Set(alternatives.map((a) => a.key));
	if (kinds.size !== 1) throw new NotConvertible("WHERE with OR across different properties has no native form");
	for (const { key, value } of alternatives) addFilter(spec, key, value);
}

type FilterKey = "difficulty" | "status" | "topic" | "tag" | "subtopic";

function addFilter(spec: BlockSpec, key: FilterKey, value: string): void {
	if (key !== "difficulty") {
		spec[key].push(key === "status" ? value : value.toLowerCase());
		return;
	}
	const difficulty = DIFFICULTIES.find((d) => d === value);
	if (!difficulty) throw new NotConvertible(`difficulty = "${value}" matches no question natively`);
	spec.difficulty.push(difficulty);
}

function readCondition(expr: Expr): { key: FilterKey; value: string } {
	if (expr.type === "binary" && expr.op === "=" && expr.right.type === "literal" && typeof expr.right.value === "string") {
		const keys: Record<string, FilterKey> = { difficulty: "difficulty", status: "status", topic: "topic" };
		const key = keys[exprText(expr.left)];
		if (key) return { key, value: expr.right.value };
	}
	if (expr.type === "call" && expr.name === "contains" && expr.args[1]?.type === "literal" && typeof expr.args[1].value === "string") {
		const keys: Record<string, FilterKey> = { tags: "tag", subtopics: "subtopic" };
		const key = keys[exprText(expr.args[0])];
		if (key) return { key, value: expr.args[1].value };
	}
	throw new NotConvertible(`the condition \`${exprText(expr)}\` has no native form`);
}

function flatten(expr: Expr, op: "&" | "|"): Expr[] {
	return expr.type === "binary" && expr.op === op ? [...flatten(expr.left, op), ...flatten(expr.right, op)] : [expr];
}

/** A short text of simple expressions: `file.link`, `difficulty`, `length(rows)`. */
function exprText(expr: Expr | undefined): string {
	if (!expr) return "";
	if (expr.type === "variable") return expr.name;
	if (expr.type === "index" && expr.index.type === "literal" && typeof expr.index.value === "string") return `${exprText(expr.object)}.${expr.index.value}`;
	if (expr.type === "call") return `${expr.name}(${expr.args.map(exprText).join(", ")})`;
	if (expr.type === "literal") return JSON.stringify(expr.value);
	return expr.type;
}

/** The YAML of a spec, keys in the documented order, only those that say something. */
export function specSource(spec: BlockSpec): string {
	const lines: string[] = [];
	const list = (key: string, values: readonly string[]) => {
		if (values.length === 1) lines.push(`${key}: ${quote(values[0] ?? "")}`);
		else if (values.length > 1) lines.push(`${key}: [${values.map(quote).join(", ")}]`);
	};
	list("from", [...spec.folders, ...spec.tags.map((tag) => `#${tag}`)]);
	list("difficulty", spec.difficulty);
	list("subtopic", spec.subtopic);
	list("topic", spec.topic);
	list("tag", spec.tag);
	list("status", spec.status);
	if (spec.groupBy !== "none") lines.push(`group-by: ${spec.groupBy}`);
	if (spec.view !== "counts") list("columns", spec.columns);
	list("sort", spec.sort.map((key) => `${key.descending ? "-" : ""}${key.column}`));
	if (spec.limit !== undefined) lines.push(`limit: ${spec.limit}`);
	lines.push(`view: ${spec.view}`);
	return lines.join("\n");
}

/** Plain when YAML reads it back as the same text; quoted when it would read a number, a boolean or null. */
function quote(value: string): string {
	const plain = /^[\w/.-]+$/.test(value) && !/^[-+]?[\d.]+(e[-+]?\d+)?$/i.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value);
	return plain ? value : JSON.stringify(value);
}

/** Paths of the rows a native block shows, group by group: the same shape as a Dataview result's rows. */
export function nativeRowPaths(spec: BlockSpec, questions: readonly Question[]): string[] {
	const result = runBlock(spec, questions);
	if (spec.view === "counts") return result.groups.map((group) => `${group.key}: ${group.rows.length}`);
	return result.groups.flatMap((group) => group.rows.map((question) => question.path));
}

/** How two row lists differ, in words a learner can act on; undefined when they are the same. */
export function describeDifference(dataview: readonly string[], native: readonly string[], pages: readonly NotePage[]): string | undefined {
	if (dataview.length === native.length && dataview.every((row, i) => row === native[i])) return undefined;
	const shown = new Set(native);
	const listed = new Set(dataview);
	const onlyDataview = dataview.filter((row) => !shown.has(row));
	const onlyNative = native.filter((row) => !listed.has(row));
	if (onlyDataview.length === 0 && onlyNative.length === 0) return "the same rows in a different order (the native block sorts difficulty as easy < medium < hard)";
	const name = (row: string) => pages.find((page) => page.path === row)?.path.split("/").pop()?.replace(/\.md$/, "") ?? row;
	const parts: string[] = [];
	if (onlyNative.length > 0) parts.push(`also shows ${onlyNative.length} (${onlyNative.slice(0, 3).map(name).join(", ")}${onlyNative.length > 3 ? ", …" : ""})`);
	if (onlyDataview.length > 0) parts.push(`leaves out ${onlyDataview.length} (${onlyDataview.slice(0, 3).map(name).join(", ")}${onlyDataview.length > 3 ? ", …" : ""})`);
	return `the native block ${parts.join(" and ")}`;
}
