import type * as O from "../../node_modules/obsidian/obsidian";
import { parseYaml } from "./api/functions";

/**
 * The fake metadata cache's parser: what Obsidian's metadata cache holds for a note's text. Apart
 * from FakeApp (no vitest, no DOM), so that the benchmarks build the same records the tests use.
 */
export interface FrontmatterBlock {
	/** The YAML between the fences. */
	readonly yaml: string;
	/** Where the text after the closing fence's line starts. */
	readonly bodyStart: number;
	/** 0-based index of the closing fence's line. */
	readonly closingLine: number;
	readonly closingOffset: number;
}

interface Line {
	readonly text: string;
	readonly offset: number;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let offset = 0;
	for (const raw of text.split("\n")) {
		lines.push({ text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, offset });
		offset += raw.length + 1;
	}
	return lines;
}

/**
 * Obsidian's fence rule: the first line is exactly `---` and the next line that is exactly `---`
 * closes it. `---\`, `--- ` or `---id: x` on line 1 is not a fence: such a note has no properties.
 */
export function findFrontmatter(text: string): FrontmatterBlock | null {
	const bom = text.startsWith("\uFEFF") ? 1 : 0;
	const lines = splitLines(text.slice(bom));
	if (lines[0]?.text !== "---") return null;
	const closingLine = lines.findIndex((line, index) => index > 0 && line.text === "---");
	if (closingLine < 0) return null;
	const closing = lines[closingLine];
	const afterClosing = lines[closingLine + 1];
	if (!closing) return null;
	return {
		yaml: lines
			.slice(1, closingLine)
			.map((line) => line.text)
			.join("\n"),
		bodyStart: bom + (afterClosing ? afterClosing.offset : text.length - bom),
		closingLine,
		closingOffset: bom + closing.offset,
	};
}

/** The frontmatter object, or undefined when the YAML is broken or not a set of properties. */
function readFrontmatter(yaml: string): Record<string, unknown> | undefined {
	try {
		const parsed = parseYaml(yaml);
		return isRecord(parsed) ? parsed : undefined;
	} catch {
		return undefined;
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function position(line: number, col: number, offset: number, length: number): O.Pos {
	return { start: { line, col, offset }, end: { line, col: col + length, offset: offset + length } };
}

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const WIKILINK = /(!?)\[\[([^[\]]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^\]]*)\]\(([^)\s]+)\)/g;
/** The character before the `#` is captured (no lookbehind: the linter forbids it for old iOS). */
const TAG = /(^|\s)(#[\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
/** CommonMark's fences: up to three spaces, three or more backticks or tildes. */
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[(.)\](?=[ \t]|$))?|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

type SectionType = "yaml" | "heading" | "code" | "list" | "paragraph" | "blockquote" | "callout" | "thematicBreak" | "table";

/**
 * What the metadata cache knows of a note, as Obsidian builds it: the frontmatter (with its
 * position), the sections (one per Markdown block: yaml, heading, code, list, paragraph,
 * blockquote, callout, thematicBreak, table), the list items with their parents, headings,
 * links, embeds and tags. Code blocks and inline code hide links and tags, as in Obsidian.
 */
export function parseMetadata(text: string): O.CachedMetadata {
	const cache: O.CachedMetadata = {};
	const block = findFrontmatter(text);
	const lines = splitLines(text);
	const sections = new SectionBuilder(lines);
	if (block) {
		cache.frontmatterPosition = { start: { line: 0, col: 0, offset: 0 }, end: { line: block.closingLine, col: 3, offset: block.closingOffset + 3 } };
		const frontmatter = readFrontmatter(block.yaml);
		if (frontmatter) cache.frontmatter = frontmatter;
		sections.add("yaml", 0, block.closingLine);
	}
	const lists = new ListBuilder();
	let fence: { marker: string; start: number } | null = null;
	for (let index = block ? block.closingLine + 1 : 0; index < lines.length; index++) {
		const line = lines[index];
		if (!line) continue;
		const marker = FENCE.exec(line.text)?.[1];
		if (fence !== null) {
			if (marker && marker[0] === fence.marker[0] && marker.length >= fence.marker.length && line.text.trim() === marker) {
				sections.add("code", fence.start, index);
				fence = null;
			}
			continue;
		}
		if (marker) {
			sections.close();
			fence = { marker, start: index };
			continue;
		}
		readBlock(line, index, sections, lists);
		readLine(line, index, cache);
	}
	if (fence) sections.add("code", fence.start, lines.length - 1);
	sections.close();
	if (sections.list.length > 0) cache.sections = sections.list;
	if (lists.items.length > 0) cache.listItems = lists.items;
	return cache;
}

/** Which block a line opens or continues, and the list item it is. */
function readBlock(line: Line, index: number, sections: SectionBuilder, lists: ListBuilder): void {
	const text = line.text;
	if (text.trim() === "") {
		sections.blank();
		return;
	}
	if (HEADING.test(text)) {
		sections.add("heading", index, index);
		lists.end();
		return;
	}
	// `- - -` could be a list item too: CommonMark makes it a rule.
	if (THEMATIC_BREAK.test(text)) {
		sections.add("thematicBreak", index, index);
		lists.end();
		return;
	}
	const item = LIST_ITEM.exec(text);
	if (item) {
		if (sections.current?.type !== "list") lists.end();
		sections.extend("list", index);
		lists.add(line, index, (item[1] ?? "").replace(/\t/g, "    ").length, item[2]);
		return;
	}
	if (sections.current?.type === "list" && /^[ \t]/.test(text)) {
		sections.extend("list", index);
		return;
	}
	if (/^ {0,3}>/.test(text)) {
		const type = sections.current?.type === "callout" || (sections.current?.type !== "blockquote" && /^ {0,3}>\s*\[!/.test(text)) ? "callout" : "blockquote";
		sections.extend(type, index);
		return;
	}
	if (text.trimStart().startsWith("|")) {
		sections.extend("table", index);
		return;
	}
	// A paragraph line right after a list item is its lazy continuation; otherwise a paragraph.
	sections.extend(sections.current?.type === "list" && !sections.afterBlank ? "list" : "paragraph", index);
}

/** Groups lines into the cache's sections: consecutive lines of one kind, a blank line ends all but a list. */
class SectionBuilder {
	readonly list: O.SectionCache[] = [];
	current: { type: SectionType; start: number; end: number } | null = null;
	afterBlank = false;

	constructor(private readonly lines: readonly Line[]) {}

	add(type: SectionType, start: number, end: number): void {
		this.close();
		this.push(type, start, end);
	}

	extend(type: SectionType, index: number): void {
		const continues = this.current?.type === type && (!this.afterBlank || type === "list");
		if (!continues) {
			this.close();
			this.current = { type, start: index, end: index };
		} else if (this.current) {
			this.current.end = index;
		}
		this.afterBlank = false;
	}

	blank(): void {
		if (this.current?.type !== "list") this.close();
		this.afterBlank = true;
	}

	close(): void {
		if (this.current) this.push(this.current.type, this.current.start, this.current.end);
		this.current = null;
		this.afterBlank = false;
	}

	private push(type: SectionType, start: number, end: number): void {
		const first = this.lines[start];
		const last = this.lines[end];
		if (!first || !last) return;
		this.list.push({
			type,
			position: { start: { line: start, col: 0, offset: first.offset }, end: { line: end, col: last.text.length, offset: last.offset + last.text.length } },
		});
	}
}

/** List items as Obsidian lists them: `parent` is the parent item's line, or minus the list's first line for a top item. */
class ListBuilder {
	readonly items: O.ListItemCache[] = [];
	private stack: { indent: number; line: number }[] = [];
	private firstLine = -1;

	add(line: Line, index: number, indent: number, task: string | undefined): void {
		if (this.stack.length === 0) this.firstLine = index;
		while (this.stack.length > 0 && (this.stack[this.stack.length - 1]?.indent ?? 0) >= indent) this.stack.pop();
		const parent = this.stack[this.stack.length - 1]?.line ?? -this.firstLine;
		this.stack.push({ indent, line: index });
		const item: O.ListItemCache = { parent, position: position(index, 0, line.offset, line.text.length) };
		if (task !== undefined) item.task = task;
		this.items.push(item);
	}

	end(): void {
		this.stack = [];
	}
}

function readLine(line: Line, index: number, cache: O.CachedMetadata): void {
	const heading = HEADING.exec(line.text);
	if (heading?.[1] && heading[2]) {
		(cache.headings ??= []).push({ heading: heading[2], level: heading[1].length, position: position(index, 0, line.offset, line.text.length) });
	}
	// Inline code is blanked out, same length, so the positions of what follows stay right.
	const text = line.text.replace(/`[^`]*`/g, (code) => " ".repeat(code.length));
	for (const match of text.matchAll(WIKILINK)) addReference(cache, match, index, line.offset, wikiReference(match[2] ?? ""));
	for (const match of text.matchAll(MARKDOWN_LINK)) {
		const target = match[3] ?? "";
		if (!/^[a-z][a-z\d+.-]*:/i.test(target)) addReference(cache, match, index, line.offset, { link: safeDecode(target), displayText: match[2] ?? "" });
	}
	for (const match of text.matchAll(TAG)) {
		const tag = match[2] ?? "";
		const col = (match.index ?? 0) + (match[1]?.length ?? 0);
		(cache.tags ??= []).push({ tag, position: position(index, col, line.offset + col, tag.length) });
	}
}

/** `[[note#heading|alias]]`: the link keeps its subpath; without an alias, Obsidian shows `note > heading`. */
function wikiReference(inner: string): { link: string; displayText: string } {
	const bar = inner.indexOf("|");
	const link = (bar < 0 ? inner : inner.slice(0, bar)).trim();
	return { link, displayText: bar < 0 ? link.replace(/#\^?/g, " > ").replace(/^ > /, "") : inner.slice(bar + 1).trim() };
}

function addReference(cache: O.CachedMetadata, match: RegExpMatchArray, line: number, lineOffset: number, reference: { link: string; displayText: string }): void {
	const col = match.index ?? 0;
	const entry = { ...reference, original: match[0], position: position(line, col, lineOffset + col, match[0].length) };
	if (match[1] === "!") (cache.embeds ??= []).push(entry);
	else (cache.links ??= []).push(entry);
}

function safeDecode(text: string): string {
	try {
		return decodeURI(text);
	} catch {
		return text;
	}
}

