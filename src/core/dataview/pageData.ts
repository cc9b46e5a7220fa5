import { scanBody, type BodyData, type RawListItem } from "./bodyData";
import { dateFromEpoch, dateFromParts, durationValue, normalizeDuration, startOfDay } from "./dates";
import { inferLink, readDate, readDuration, readLink } from "./literals";
import { fileTitle } from "./operators";
import { fileLink, isArray, isLink, isObject, objectValue, typeOf, type DateValue, type LinkValue, type ObjectValue, type Value } from "./values";

/** A note as the query engine needs it: its path, Obsidian's parsed frontmatter (dates are text), times, and its body's data. */
export interface DataviewPage {
	path: string;
	frontmatter: Readonly<Record<string, unknown>>;
	ctime: number;
	mtime: number;
	/**
	 * What the body holds for Dataview (inline fields, tags, links, lists, tasks), read once from
	 * the text when it was in hand (`compactPage`); it wins over `text`. Neither: the page has none.
	 */
	body?: BodyData;
	/** The note's whole text, read by the engine when no `body` is given (tests, one-off pages). */
	text?: string;
	/** The file's size in bytes (`file.size`) as the file system gives it; else the text's UTF-8 length. */
	size?: number;
}

/** A page turned into Dataview's row data (`PageMetadata.serialize` in `src/data-model/markdown.ts`). */
export interface PageRecord {
	readonly path: string;
	readonly link: LinkValue;
	readonly data: ObjectValue;
	/** Lower-cased `#tags` with their parents (`#a/b` also gives `#a`), for `FROM #tag`. */
	readonly tagIndex: ReadonlySet<string>;
}

/** What a page holds before the vault is known: its fields, tags and links as written. */
export interface PageSource {
	readonly page: DataviewPage;
	readonly frontmatter: Record<string, unknown>;
	readonly body: BodyData;
	readonly tags: readonly string[];
	/** Frontmatter links, then body links, then embeds: Dataview's `links`. */
	readonly links: readonly { target: string; display: string; embed: boolean }[];
}

const NO_BODY: BodyData = { fields: [], tags: [], links: [], items: [] };

/** The body data of a note's whole text: lines split as Dataview does (on `\n`), the frontmatter block found as Obsidian does. */
export function bodyDataOf(text: string): BodyData {
	return scanBody(text, yamlBlockEnd(text));
}

/**
 * The page as an index keeps it: the body's data instead of the text (its strings are copies,
 * so the text can be freed); no body data at all when the body holds none of it. `file.size` is
 * kept as given, else measured from the text. `now` reads the body at once; `first-use` holds
 * the text until the page's body or size is first read (a query), then reads it and lets the
 * text go, so a start-up that never runs a query pays no body scan.
 */
export function compactPage(page: DataviewPage, when: "now" | "first-use" = "now"): DataviewPage {
	const { text, body: given, size: givenSize, ...rest } = page;
	if (text === undefined || given !== undefined) return { ...rest, ...(given === undefined || isEmptyBody(given) ? {} : { body: given }), ...(givenSize === undefined ? {} : { size: givenSize }) };
	if (when === "now") return { ...rest, ...keptBody(bodyDataOf(text)), size: givenSize ?? byteLength(text) };
	return lazyBody(rest, text, givenSize);
}

function keptBody(body: BodyData): { body?: BodyData } {
	return isEmptyBody(body) ? {} : { body };
}

/** The page with `body` (and `size`, unless given) read from the text on first use, once. */
function lazyBody(rest: DataviewPage, text: string, givenSize: number | undefined): DataviewPage {
	return new LazyBodyPage(rest, text, givenSize);
}

/**
 * A class, not getters defined on each object: thousands of pages are made at start-up, and
 * accessors on the prototype keep every page one cheap shape. The engine reads pages by their
 * properties (vault.ts copies them one by one), never by spreading them.
 */
class LazyBodyPage implements DataviewPage {
	readonly path: string;
	readonly frontmatter: Readonly<Record<string, unknown>>;
	readonly ctime: number;
	readonly mtime: number;
	private pending: string | undefined;
	private read: { body?: BodyData; size: number } | undefined;

	constructor(page: DataviewPage, text: string, private readonly givenSize: number | undefined) {
		this.path = page.path;
		this.frontmatter = page.frontmatter;
		this.ctime = page.ctime;
		this.mtime = page.mtime;
		this.pending = text;
	}

	get body(): BodyData | undefined {
		return this.settle().body;
	}

	get size(): number {
		return this.settle().size;
	}

	private settle(): { body?: BodyData; size: number } {
		if (this.read) return this.read;
		const text = this.pending ?? "";
		this.read = { ...keptBody(bodyDataOf(text)), size: this.givenSize ?? byteLength(text) };
		this.pending = undefined;
		return this.read;
	}
}

function isEmptyBody(body: BodyData): boolean {
	return body.fields.length === 0 && body.tags.length === 0 && body.links.length === 0 && body.items.length === 0;
}

/** Lines split as Dataview does (on `\n`), the frontmatter block found as Obsidian does. */
export function pageSource(page: DataviewPage): PageSource {
	const frontmatter = withoutPosition(page.frontmatter);
	const body = page.body ?? (page.text === undefined ? NO_BODY : bodyDataOf(page.text));
	const tags = unique([...body.tags, ...frontmatterTags(frontmatter)]);
	const links = [...frontmatterLinks(frontmatter), ...body.links];
	return { page, frontmatter, body, tags, links };
}

function yamlBlockEnd(text: string): number {
	if (!text.startsWith("---\n") && text !== "---") return -1;
	const end = text.indexOf("\n---\n", 3);
	if (end >= 0) return newlinesBefore(text, end + 1);
	return text.endsWith("\n---") ? newlinesBefore(text, text.length) : -1;
}

/** How many `\n` come before `end` (the line number of `end`), counted without splitting the text. */
function newlinesBefore(text: string, end: number): number {
	let count = 0;
	for (let at = text.indexOf("\n"); at >= 0 && at < end; at = text.indexOf("\n", at + 1)) count++;
	return count;
}

/** Obsidian's `frontmatterLinks`: property values (or list items) that are exactly one `[[link]]`. */
function frontmatterLinks(frontmatter: Record<string, unknown>): { target: string; display: string; embed: boolean }[] {
	const result: { target: string; display: string; embed: boolean }[] = [];
	for (const value of Object.values(frontmatter)) {
		for (const item of Array.isArray(value) ? value : [value]) {
			if (typeof item !== "string") continue;
			const found = /^\[\[([^[\]]+?)\]\]$/.exec(item.trim());
			if (!found) continue;
			const inner = found[1] ?? "";
			const bar = inner.indexOf("|");
			result.push({ target: bar >= 0 ? inner.slice(0, bar) : inner, display: bar >= 0 ? inner.slice(bar + 1) : inner, embed: false });
		}
	}
	return result;
}

/** The vault-wide lookups a record needs: link resolution from a note, and who links to a note. */
export interface RecordContext {
	resolve(target: string, from: string): string | undefined;
	inlinks(path: string): readonly string[];
	/**
	 * One string object for each short text the pages share ("medium", a tag): a query over 8,000
	 * pages then reads a few strings instead of 8,000 copies scattered in memory. The same value.
	 */
	readonly intern?: (text: string) => string;
	/** The resolved paths this page links to (its `links`, resolved), computed once per view. */
}

export function pageRecord(source: PageSource, context: RecordContext): PageRecord {
	const { page, frontmatter, body } = source;
	const canonical = (link: LinkValue): LinkValue => ({ ...link, path: context.resolve(link.path, page.path) ?? link.path });
	const fullTags = unique(source.tags.flatMap(withParentTags));
	const link = fileLink(page.path);
	const ctime = dateFromEpoch(page.ctime);
	const mtime = dateFromEpoch(page.mtime);
	const rawFields = new Map<string, Value[]>();
	const addField = (key: string, value: Value): void => {
		const values = rawFields.get(key);
		if (values) values.push(value);
		else rawFields.set(key, [value]);
	};
	const intern = context.intern ?? ((text: string): string => text);
	for (const [key, value] of Object.entries(frontmatter)) addField(key, mapLinks(fieldValue(value, intern), canonical));
	for (const item of body.items) {
		if (item.task !== undefined) continue;
		for (const field of item.fields) addField(field.key, mapLinks(inlineValue(field.value), canonical));
	}
	for (const field of body.fields) addField(field.key, mapLinks(inlineValue(field.value), canonical));
	const fields = finalizeFields(rawFields);
	const outlinks = source.links.map((raw) => canonical(linkOf(raw)));
	const day = findDay(page.path, rawFields);
	const lists = (): Value[] => listItems(page.path, body.items, canonical);
	const file = fileObject(lists, [
		["path", page.path],
		["folder", page.path.split("/").slice(0, -1).join("/")],
		["name", fileTitle(page.path)],
		["link", link],
		["outlinks", outlinks],
		["inlinks", context.inlinks(page.path).map(fileLink)],
		["etags", [...source.tags]],
		["tags", fullTags],
		["aliases", frontmatterAliases(frontmatter)],
		["lists", null],
		["tasks", null],
		["ctime", ctime],
		["cday", startOfDay(ctime)],
		["mtime", mtime],
		["mday", startOfDay(mtime)],
		["size", page.size ?? byteLength(page.text ?? "")],
		["starred", false],
		["frontmatter", rawValue(frontmatter)],
		["ext", page.path.includes(".") ? page.path.slice(page.path.lastIndexOf(".") + 1) : ""],
		...(day === undefined ? [] : [["day", day] as [string, Value]]),
	]);
	const data = new Map<string, Value>([["file", file]]);
	for (const [key, value] of fields) {
		// Dataview: "Don't allow fields to override existing keys", so a `file:` property is hidden.
		if (!data.has(key)) data.set(key, value);
	}
	return { path: page.path, link, data: { kind: "object", fields: data }, tagIndex: new Set(fullTags.map((tag) => tag.toLowerCase())) };
}

/**
 * `file` with its `lists` and `tasks` built when first read: most queries never look at them,
 * and a real note's list items are most of what a page record costs (each one an object of some
 * twenty fields). The keys are all there from the start, in Dataview's order; reading `lists` or
 * `tasks`, or going over the fields, builds both once, so every reader sees the same values.
 */
class FileFields extends Map<string, Value> {
	private pending: (() => Value[]) | undefined;

	constructor(entries: readonly [string, Value][], lists: () => Value[]) {
		super(entries);
		this.pending = lists;
	}

	private fill(): void {
		const build = this.pending;
		if (!build) return;
		this.pending = undefined;
		const items = build();
		super.set("lists", items);
		super.set("tasks", items.filter((item) => isObject(item) && item.fields.get("task") === true));
	}

	override get(key: string): Value | undefined {
		if (this.pending && (key === "lists" || key === "tasks")) this.fill();
		return super.get(key);
	}

	override forEach(callback: (value: Value, key: string, map: Map<string, Value>) => void, thisArg?: unknown): void {
		this.fill();
		super.forEach(callback, thisArg);
	}

	override entries(): MapIterator<[string, Value]> {
		this.fill();
		return super.entries();
	}

	override values(): MapIterator<Value> {
		this.fill();
		return super.values();
	}

	override [Symbol.iterator](): MapIterator<[string, Value]> {
		this.fill();
		return super[Symbol.iterator]();
	}
}

function fileObject(lists: () => Value[], entries: readonly [string, Value][]): ObjectValue {
	return { kind: "object", fields: new FileFields(entries, lists) };
}

/** The resolved targets of a page's links, for inlinks and `FROM [[note]]`. */
export function linkTargets(source: PageSource, resolve: (target: string, from: string) => string | undefined): string[] {
	return source.links.map((raw) => resolve(raw.target.split("#")[0] ?? "", source.page.path)).filter((path): path is string => path !== undefined);
}

function linkOf(raw: { target: string; display: string; embed: boolean }): LinkValue {
	return { ...inferLink(raw.target, raw.embed), display: raw.display };
}

function byteLength(text: string): number {
	let bytes = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff) {
			bytes += 4;
			index++;
		} else bytes += 3;
	}
	return bytes;
}

function mapLinks(value: Value, map: (link: LinkValue) => LinkValue): Value {
	if (isArray(value)) return value.map((item) => mapLinks(item, map));
	if (isObject(value)) return objectValue([...value.fields].map(([key, item]) => [key, mapLinks(item, map)]));
	return isLink(value) ? map(value) : value;
}

/** Dataview's `findDate`: a `date` or `day` field that is a date (or a link naming one), else a date in the file name. */
function findDay(path: string, fields: ReadonlyMap<string, Value[]>): DateValue | undefined {
	for (const [key, values] of fields) {
		const lower = key.toLowerCase();
		if (lower !== "date" && lower !== "day") continue;
		const value = values.length === 1 ? (values[0] ?? null) : values;
		if (typeOf(value) === "date") return value as DateValue;
		if (isArray(value) && value.length > 0 && typeOf(value[0] ?? null) === "date") return value[0] as DateValue;
		if (isLink(value)) {
			const fromLink = extractDate(value.path) ?? extractDate(value.subpath ?? "") ?? extractDate(value.display ?? "");
			if (fromLink) return fromLink;
		}
	}
	return extractDate(fileTitle(path));
}

function extractDate(text: string): DateValue | undefined {
	const found = /(\d{4})-(\d{2})-(\d{2})/.exec(text) ?? /(\d{4})(\d{2})(\d{2})/.exec(text);
	if (!found) return undefined;
	return dateFromParts({ year: Number(found[1]), month: Number(found[2]), day: Number(found[3]) });
}

/** Dataview's `ListItem.serialize`, children nested (each item once). */
function listItems(path: string, raw: readonly RawListItem[], canonical: (link: LinkValue) => LinkValue): Value[] {
	const byLine = new Map(raw.map((item) => [item.line, item]));
	const children = new Map<number, number[]>();
	for (const item of raw) {
		if (item.parent < 0 || !byLine.has(item.parent)) continue;
		const siblings = children.get(item.parent);
		if (siblings) siblings.push(item.line);
		else children.set(item.parent, [item.line]);
	}
	const fullyCompleted = new Map<number, boolean>();
	for (const item of raw) if (item.task !== undefined) fullyCompleted.set(item.line, item.task === "x" || item.task === "X");
	for (const item of raw) {
		if (item.task === undefined) continue;
		const done = item.task === "x" || item.task === "X";
		for (let current: RawListItem | undefined = item; current; current = byLine.get(current.parent)) {
			if (current.task !== undefined) fullyCompleted.set(current.line, (fullyCompleted.get(current.line) ?? false) && done);
			if (current.parent < 0) break;
		}
	}
	const cache = new Map<number, Value>();
	const serialize = (item: RawListItem): Value => {
		const cached = cache.get(item.line);
		if (cached) return cached;
		const section = item.heading === undefined ? fileLink(path) : ({ kind: "link", path, subpath: item.heading, type: "header", embed: false } as LinkValue);
		const link = item.blockId === undefined ? section : ({ kind: "link", path, subpath: item.blockId, type: "block", embed: false } as LinkValue);
		const nested = (children.get(item.line) ?? []).map((line) => byLine.get(line)).filter((child): child is RawListItem => child !== undefined).map(serialize);
		const fieldValues = new Map<string, Value[]>();
		for (const field of item.fields) {
			const value = mapLinks(inlineValue(field.value), canonical);
			const values = fieldValues.get(field.key);
			if (values) values.push(value);
			else fieldValues.set(field.key, [value]);
		}
		const entries: [string, Value][] = [
			["symbol", item.symbol],
			["link", link],
			["section", section],
			["text", item.text],
			["tags", [...item.tags]],
			["line", item.line],
			["lineCount", item.lineCount],
			["list", item.listStart],
			["outlinks", item.links.map((raw) => canonical(linkOf(raw)))],
			["path", path],
			["children", nested],
			["task", item.task !== undefined],
			["annotated", item.fields.length > 0],
			["position", position(item)],
			["subtasks", nested],
			["real", item.task !== undefined],
			["header", section],
		];
		if (item.parent >= 0) entries.push(["parent", item.parent]);
		if (item.blockId !== undefined) entries.push(["blockId", item.blockId]);
		const result = new Map<string, Value>(entries);
		for (const [key, values] of fieldValues) if (!result.has(key)) result.set(key, values.length === 1 ? (values[0] ?? null) : values);
		if (item.task !== undefined) {
			const first = (...keys: string[]): Value => keys.map((key) => fieldValues.get(key)?.[0]).find((value) => value !== undefined) ?? null;
			result.set("status", item.task);
			result.set("checked", item.task !== "" && item.task !== " ");
			result.set("completed", item.task === "x" || item.task === "X");
			result.set("fullyCompleted", fullyCompleted.get(item.line) ?? false);
			const dates: [string, Value][] = [
				["created", first("created", "ctime", "cday")],
				["due", first("due", "duetime", "dueday")],
				["completion", first("completed", "completion", "comptime", "compday")],
				["start", first("start")],
				["scheduled", first("scheduled")],
			];
			for (const [key, value] of dates) if (jsTruthy(value)) result.set(key, value);
		}
		const value: Value = { kind: "object", fields: result };
		cache.set(item.line, value);
		return value;
	};
	return raw.map(serialize);
}

function jsTruthy(value: Value): boolean {
	return !(value === null || value === false || value === 0 || value === "" || (typeof value === "number" && Number.isNaN(value)));
}

function position(item: RawListItem): Value {
	const point = (line: number, col: number): Value => objectValue([["line", line], ["col", col], ["offset", 0]]);
	return objectValue([["start", point(item.line, item.col)], ["end", point(item.line + item.lineCount - 1, item.endCol)]]);
}

/**
 * Dataview's `finalizeInlineFields`: each field under its own name, plus its canonical name when
 * that differs and is free (`Due Date` is also `due-date`); values of names that meet are merged.
 */
function finalizeFields(fields: ReadonlyMap<string, Value[]>): Map<string, Value> {
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

function withoutPosition(frontmatter: Readonly<Record<string, unknown>>): Record<string, unknown> {
	// Obsidian adds `position` to its frontmatter cache; Dataview strips it.
	const { position: _position, ...rest } = frontmatter;
	return rest;
}

/** Dataview's `canonicalizeVarName`: letters, digits, `_` and `-` lower-cased, whitespace runs to `-`, the rest dropped. */
export function canonicalVariableName(name: string): string {
	return name.replace(/\s+|[^0-9\p{L}\p{Extended_Pictographic}_\s-]+/gu, (run) => (/^\s/.test(run) ? "-" : "")).toLowerCase();
}

/**
 * Dataview's `parseFrontmatter`: text that reads as a date, a duration or a link becomes one,
 * so `created: 2025-10-03` compares with `date(today)`.
 */
export function fieldValue(value: unknown, intern: (text: string) => string = (text) => text): Value {
	if (typeof value === "string") return parseText(value, intern);
	if (Array.isArray(value)) return value.map((item) => fieldValue(item, intern));
	if (isPlainObject(value)) return objectValue(Object.entries(value).map(([key, item]) => [key, fieldValue(item, intern)]));
	return scalar(value);
}

function parseText(text: string, intern: (text: string) => string): Value {
	const date = readDate(text, 0);
	if (date && date.end === text.length) return date.value;
	const duration = readDuration(text, 0);
	if (duration && duration.end === text.length) return durationValue(duration.value);
	const link = readLink(text, 0, true);
	if (link && link.end === text.length) return link.value;
	return intern(text);
}

/**
 * Dataview's `parseInlineValue` (its `inlineField` grammar): a date, a duration (normalized), a
 * "quoted string", a #tag, a [[link]], a boolean, a number or null — or a comma list of them;
 * anything else stays text.
 */
export function inlineValue(text: string): Value {
	if (text.trim() === "") return null;
	const first = inlineAtom(text, 0);
	if (first && first.end === text.length) return first.value;
	if (!first) return text;
	const items: Value[] = [first.value];
	let at = first.end;
	while (at < text.length) {
		const comma = /\s*,\s*/y;
		comma.lastIndex = at;
		if (!comma.exec(text)) return text;
		const next = inlineAtom(text, comma.lastIndex);
		if (!next) return text;
		items.push(next.value);
		at = next.end;
	}
	return items.length > 1 ? items : text;
}

function inlineAtom(text: string, pos: number): { value: Value; end: number } | undefined {
	const date = readDate(text, pos);
	if (date) return date;
	const duration = readDuration(text, pos);
	if (duration) return { value: durationValue(normalizeDuration(duration.value)), end: duration.end };
	if (text.charAt(pos) === '"') {
		const quoted = /"((?:[^"\\]|\\.)*)"/y;
		quoted.lastIndex = pos;
		const found = quoted.exec(text);
		if (found) return { value: (found[1] ?? "").replace(/\\(["\\])/g, "$1"), end: quoted.lastIndex };
		return undefined;
	}
	const tag = /#[^\u2000-\u206F\u2E00-\u2E7F'!"#$%&()*+,.:;<=>?@^`{|}~[\]\\\s]+/uy;
	tag.lastIndex = pos;
	const tagFound = tag.exec(text);
	if (tagFound) return { value: tagFound[0], end: tag.lastIndex };
	const link = readLink(text, pos, true);
	if (link) return link;
	for (const [pattern, value] of [[/true|True/y, true], [/false|False/y, false]] as const) {
		pattern.lastIndex = pos;
		if (pattern.exec(text)) return { value, end: pattern.lastIndex };
	}
	const number = /-?[0-9]+(\.[0-9]+)?/y;
	number.lastIndex = pos;
	const numberFound = number.exec(text);
	if (numberFound) return { value: Number.parseFloat(numberFound[0]), end: number.lastIndex };
	if (text.startsWith("null", pos)) return { value: null, end: pos + 4 };
	return undefined;
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
