import type { Expr, NamedField, Operation, Query, Source } from "../dataview/ast";
import type { NotePage } from "../parse/analyzeNote";
import { DIFFICULTIES } from "../question/difficulty";
import type { Question } from "../question/Question";
import type { BlockSpec, Column, GroupBy, SortKey } from "./blockSpec";
import { NO_VALUE_GROUP, runBlock } from "./runBlock";

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

/**
 * FROM: one group of folders and tags joined by OR becomes `from`; one more group of tags only,
 * joined to it by AND, becomes the `tag` filter (the same tag test, hierarchical as Dataview's).
 */
function readSource(source: Source, spec: BlockSpec): void {
	if (source.type === "all") return;
	if (hasNegation(source)) throw new NotConvertible("FROM with a negation (-\"folder\", -#tag) has no native form");
	const groups = flattenSource(source, "&");
	if (groups.length > 2) throw new NotConvertible("FROM with more than two groups joined by AND has no native form");
	// Of `A AND B`, the group of tags only becomes the tag filter, whichever side it is written on.
	const tagsOnly = (group: Source) => flattenSource(group, "|").every((item) => item.type === "tag");
	const [first, ...rest] = groups.length === 2 && tagsOnly(groups[0] ?? source) && !tagsOnly(groups[1] ?? source) ? [...groups].reverse() : groups;
	if (!first) return;
	for (const item of flattenSource(first, "|")) readSourceItem(item, spec);
	for (const group of rest) {
		const tags = flattenSource(group, "|");
		if (!tags.every((item) => item.type === "tag")) throw new NotConvertible("FROM … AND converts only when the second part is tags (`AND (#a OR #b)`)");
		for (const tag of tags) if (tag.type === "tag") spec.tag.push(tag.tag.replace(/^#/, "").toLowerCase());
	}
}

function readSourceItem(item: Source, spec: BlockSpec): void {
	if (item.type === "folder") {
		// Dataview matches nothing for "x/" or "/x"; the native block would show the folder.
		if (/^\/|\/$/.test(item.folder)) throw new NotConvertible(`FROM "${item.folder}" matches nothing in Dataview (a leading or trailing slash); the native block would show the folder`);
		spec.folders.push(item.folder);
	} else if (item.type === "tag") spec.tags.push(item.tag.replace(/^#/, ""));
	else if (item.type === "negate") throw new NotConvertible("FROM with a negation (-\"folder\", -#tag) has no native form");
	else if (item.type === "link") throw new NotConvertible("FROM [[note]] or outgoing([[note]]) has no native form");
	else throw new NotConvertible("FROM with AND inside OR has no native form");
}

function hasNegation(source: Source): boolean {
	return source.type === "negate" || (source.type === "binary" && (hasNegation(source.left) || hasNegation(source.right)));
}

function flattenSource(source: Source, op: "&" | "|"): Source[] {
	return source.type === "binary" && source.op === op ? [...flattenSource(source.left, op), ...flattenSource(source.right, op)] : [source];
}

const COLUMN_OF: Record<string, Column> = {
	"file.link": "title", "file.name": "file", difficulty: "difficulty", subtopics: "subtopics", tags: "tags", status: "status", topic: "topic",
};

function readHeader(query: Query, spec: BlockSpec): void {
	const { header } = query;
	if (header.type === "task") throw new NotConvertible("a TASK query has no native form");
	const grouped = query.operations.some((op) => op.type === "group");
	if (header.type === "list") {
		if (grouped) {
			const format = exprText(header.format);
			if (!header.showId || (format !== "rows.file.link" && format !== "rows.file.name")) throw new NotConvertible("a grouped LIST converts only when it lists its rows (rows.file.link)");
		} else if (header.format) throw new NotConvertible("a LIST with an expression has no native form");
		spec.view = "list";
		spec.columns = ["title"];
		return;
	}
	if (grouped) {
		readGroupedTable(header.showId, header.fields, spec);
		return;
	}
	spec.columns = header.fields.map((field) => columnOf(field));
	if (!spec.columns.includes("title")) spec.columns.unshift("title");
}

/**
 * A grouped TABLE converts when it counts rows (`length(rows)`, beside the group's `key` when
 * WITHOUT ID) into a counts view, or when it lists its rows' fields (`rows.file.link`,
 * `rows.difficulty`…) into a table grouped the same way.
 */
function readGroupedTable(showId: boolean, fields: readonly NamedField[], spec: BlockSpec): void {
	const texts = fields.map((field) => exprText(field.expr));
	const counted = showId ? texts.join(", ") === "length(rows)" : texts.join(", ") === "key, length(rows)";
	if (counted) {
		spec.view = "counts";
		return;
	}
	const columns = texts.map((text) => (text.startsWith("rows.") ? COLUMN_OF[text.slice("rows.".length)] : undefined));
	if (!showId || columns.length === 0 || columns.some((column) => column === undefined)) {
		throw new NotConvertible("a grouped TABLE converts only when it counts rows (length(rows)) or lists their fields (rows.file.link, rows.difficulty…)");
	}
	spec.columns = [...new Set(columns.filter((column): column is Column => column !== undefined))];
	if (!spec.columns.includes("title")) spec.columns.unshift("title");
}

function columnOf(field: NamedField): Column {
	const column = COLUMN_OF[exprText(field.expr)];
	if (!column) throw new NotConvertible(`the column \`${field.name}\` has no native form`);
	return column;
}

/**
 * Dataview runs the operations in the order written; the native block filters, sorts, limits and
 * then groups. An order that the native block would run differently does not convert.
 */
function readOperation(operation: Operation, spec: BlockSpec, query: Query): void {
	const index = query.operations.indexOf(operation);
	const before = query.operations.slice(0, index);
	const grouped = before.some((op) => op.type === "group");
	const limited = before.some((op) => op.type === "limit");
	switch (operation.type) {
		case "where":
			if (grouped || limited) throw new NotConvertible("a WHERE after GROUP BY or LIMIT has no native form");
			readWhere(operation.clause, spec);
			return;
		case "sort":
			if (limited && !grouped) throw new NotConvertible("a SORT after LIMIT has no native form");
			// Native groups come in their own order; a sort after GROUP BY orders only the groups.
			if (!grouped) {
				// A later SORT re-sorts stably: its keys come first, the earlier ones break ties.
				const keys = operation.fields.map((field): SortKey => ({ column: sortColumn(exprText(field.expr)), descending: field.direction === "descending" }));
				spec.sort = [...keys, ...spec.sort.filter((key) => !keys.some((k) => k.column === key.column))];
			}
			return;
		case "limit": {
			if (grouped) throw new NotConvertible("a LIMIT after GROUP BY limits groups, which has no native form");
			if (limited) throw new NotConvertible("two LIMITs have no native form");
			const amount = operation.amount.type === "literal" ? operation.amount.value : undefined;
			if (typeof amount !== "number" || !Number.isInteger(amount) || amount < 1) throw new NotConvertible("LIMIT must be a whole number of 1 or more");
			spec.limit = amount;
			return;
		}
		case "group":
			if (grouped) throw new NotConvertible("two GROUP BYs have no native form");
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
	const [kind] = kinds;
	// The native filters of one property are alternatives (OR); a second one joined by AND would widen, not narrow.
	if (kind !== undefined && spec[kind].length > 0) throw new NotConvertible(`two conditions on ${kind} joined by AND have no native form`);
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
		// `lower(status) = "draft"`: the native status filter ignores case, as lower() does.
		const left = exprText(expr.left).replace(/^lower\((\w+)\)$/, "$1");
		const key = keys[left];
		const lowered = left !== exprText(expr.left);
		if (key && (!lowered || expr.right.value === expr.right.value.toLowerCase())) return { key, value: expr.right.value };
	}
	if (expr.type === "call" && (expr.name === "contains" || expr.name === "econtains") && expr.args[1]?.type === "literal" && typeof expr.args[1].value === "string") {
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

/**
 * The rows a native block shows, group by group, in the shape `rowKeys` gives a Dataview result:
 * `key: count` for counts, `key: path` for grouped rows, the path alone without groups.
 */
export function nativeRowPaths(spec: BlockSpec, questions: readonly Question[]): string[] {
	const result = runBlock(spec, questions);
	if (spec.view === "counts") return result.groups.map((group) => `${comparableKey(spec.groupBy, group.key)}: ${group.rows.length}`);
	if (spec.groupBy !== "none") return result.groups.flatMap((group) => group.rows.map((question) => `${comparableKey(spec.groupBy, group.key)}: ${question.path}`));
	return result.groups.flatMap((group) => group.rows.map((question) => question.path));
}

/** The native group of questions without a value holds what Dataview's null group ("unknown" in `rowKeys`) holds. */
function comparableKey(groupBy: GroupBy, key: string): string {
	return groupBy !== "none" && groupBy !== "learning" && key === NO_VALUE_GROUP[groupBy] ? "unknown" : key;
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
