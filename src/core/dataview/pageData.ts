import { dateFromEpoch, durationValue, startOfDay } from "./dates";
import { readDate, readDuration, readLink } from "./literals";
import { fileTitle } from "./operators";
import { fileLink, objectValue, type LinkValue, type ObjectValue, type Value } from "./values";

/** A note as the query engine needs it: its path, Obsidian's parsed frontmatter (dates are text), and its times. */
export interface DataviewPage {
	path: string;
	frontmatter: Readonly<Record<string, unknown>>;
	ctime: number;
	mtime: number;
}

/** A page turned into Dataview's row data (`PageMetadata.serialize` in `src/data-model/markdown.ts`). */
export interface PageRecord {
	readonly path: string;
	readonly link: LinkValue;
	readonly data: ObjectValue;
	/** Lower-cased `#tags` with their parents (`#a/b` also gives `#a`), for `FROM #tag`. */
	readonly tagIndex: ReadonlySet<string>;
}

/**
 * The `file.*` fields we can fill from a path, frontmatter and times. Dataview's others need the
 * note body or the link graph (`inlinks`, `outlinks`, `tasks`, `lists`, `day`, `size`,
 * `starred`); using them is reported as unsupported rather than read as empty.
 */
export const SUPPORTED_FILE_FIELDS: ReadonlySet<string> = new Set([
	"name", "path", "folder", "ext", "link", "ctime", "cday", "mtime", "mday", "tags", "etags", "aliases", "frontmatter",
]);

export function pageRecord(page: DataviewPage): PageRecord {
	const frontmatter = withoutPosition(page.frontmatter);
	const tags = frontmatterTags(frontmatter);
	const fullTags = unique(tags.flatMap(withParentTags));
	const link = fileLink(page.path);
	const ctime = dateFromEpoch(page.ctime);
	const mtime = dateFromEpoch(page.mtime);
	const file = objectValue([
		["path", page.path],
		["folder", page.path.split("/").slice(0, -1).join("/")],
		["name", fileTitle(page.path)],
		["link", link],
		["etags", tags],
		["tags", fullTags],
		["aliases", frontmatterAliases(frontmatter)],
		["ctime", ctime],
		["cday", startOfDay(ctime)],
		["mtime", mtime],
		["mday", startOfDay(mtime)],
		["frontmatter", rawValue(frontmatter)],
		["ext", page.path.includes(".") ? page.path.slice(page.path.lastIndexOf(".") + 1) : ""],
	]);
	const data = new Map<string, Value>([["file", file]]);
	for (const [key, value] of pageFields(frontmatter)) {
		// Dataview: "Don't allow fields to override existing keys", so a `file:` property is hidden.
		if (!data.has(key)) data.set(key, value);
	}
	return { path: page.path, link, data: { kind: "object", fields: data }, tagIndex: new Set(fullTags.map((tag) => tag.toLowerCase())) };
}

function withoutPosition(frontmatter: Readonly<Record<string, unknown>>): Record<string, unknown> {
	// Obsidian adds `position` to its frontmatter cache; Dataview strips it.
	const { position: _position, ...rest } = frontmatter;
	return rest;
}

/**
 * Each property under its own name, plus Dataview's normalized name when that differs and is
 * free (`Due Date` is also `due-date`, `Difficulty` also `difficulty`). Names are otherwise
 * case-sensitive: `DIFFICULTY` does not find `difficulty`. When two properties normalize to the
 * same name, that name holds the list of both values (`finalizeInlineFields`).
 */
function pageFields(frontmatter: Record<string, unknown>): Map<string, Value> {
	const fields = new Map<string, Value[]>();
	for (const [key, value] of Object.entries(frontmatter)) fields.set(key, [fieldValue(value)]);
	const normalized = new Map<string, Value[]>();
	for (const [key, values] of fields) {
		const name = canonicalVariableName(key);
		if (name === "" || fields.has(name)) continue;
		normalized.set(name, [...(normalized.get(name) ?? []), ...values]);
	}
	const result = new Map<string, Value>();
	for (const [key, values] of [...fields, ...normalized]) result.set(key, values.length === 1 ? (values[0] ?? null) : values);
	return result;
}

/** Dataview's `canonicalizeVarName`: letters, digits, `_` and `-` lower-cased, whitespace runs to `-`, the rest dropped. */
export function canonicalVariableName(name: string): string {
	return name.replace(/\s+|[^0-9\p{L}\p{Extended_Pictographic}_\s-]+/gu, (run) => (/^\s/.test(run) ? "-" : "")).toLowerCase();
}

/**
 * Dataview's `parseFrontmatter`: text that reads as a date, a duration or a link becomes one,
 * so `created: 2025-10-03` compares with `date(today)`.
 */
export function fieldValue(value: unknown): Value {
	if (typeof value === "string") return parseText(value);
	if (Array.isArray(value)) return value.map(fieldValue);
	if (isPlainObject(value)) return objectValue(Object.entries(value).map(([key, item]) => [key, fieldValue(item)]));
	return scalar(value);
}

function parseText(text: string): Value {
	const date = readDate(text, 0);
	if (date && date.end === text.length) return date.value;
	const duration = readDuration(text, 0);
	if (duration && duration.end === text.length) return durationValue(duration.value);
	const link = readLink(text, 0, true);
	if (link && link.end === text.length) return link.value;
	return text;
}

/** `file.frontmatter`: the properties as written, nothing parsed. */
function rawValue(value: unknown): Value {
	if (typeof value === "string") return value;
	if (Array.isArray(value)) return value.map(rawValue);
	if (isPlainObject(value)) return objectValue(Object.entries(value).map(([key, item]) => [key, rawValue(item)]));
	return scalar(value);
}

function scalar(value: unknown): Value {
	if (typeof value === "number" || typeof value === "boolean") return value;
	if (value instanceof Date && !Number.isNaN(value.getTime())) return dateFromEpoch(value.getTime());
	return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Dataview's `extractTags`: `tags` / `tag` keys in any case; lists and comma- or space-separated text; `#` added. */
function frontmatterTags(frontmatter: Record<string, unknown>): string[] {
	const keys = Object.keys(frontmatter).filter((key) => ["tags", "tag"].includes(key.toLowerCase()));
	return unique(keys.flatMap((key) => splitTagsOrAliases(frontmatter[key], /[,\s]+/)).map((tag) => (tag.startsWith("#") ? tag : `#${tag}`)));
}

/** Dataview's `extractAliases`. */
function frontmatterAliases(frontmatter: Record<string, unknown>): string[] {
	const keys = Object.keys(frontmatter).filter((key) => ["alias", "aliases"].includes(key.toLowerCase()));
	return unique(
		keys.flatMap((key) => {
			const value = frontmatter[key];
			if (!value) return [];
			return Array.isArray(value) ? value.map((item) => textOf(item).trim()) : splitTagsOrAliases(value, /,/);
		}),
	);
}

/** Dataview's `splitFrontmatterTagOrAlias`. */
function splitTagsOrAliases(value: unknown, separator: RegExp): string[] {
	if (value === null || value === undefined) return [];
	if (Array.isArray(value)) return value.filter(Boolean).flatMap((item) => splitTagsOrAliases(item, separator));
	return textOf(value)
		.split(separator)
		.map((part) => part.trim())
		.filter((part) => part.length > 0);
}

/** JavaScript's `"" + value`, which Dataview uses on YAML scalars. */
function textOf(value: unknown): string {
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	if (value instanceof Date) return value.toString();
	return Array.isArray(value) ? value.map(textOf).join(",") : "[object Object]";
}

/** `#a/b/c` → `#a/b/c`, `#a/b`, `#a` (Dataview's `extractSubtags`). */
function withParentTags(tag: string): string[] {
	const result = [tag];
	let current = tag;
	while (current.includes("/")) {
		current = current.slice(0, current.lastIndexOf("/"));
		result.push(current);
	}
	return result;
}

function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}
