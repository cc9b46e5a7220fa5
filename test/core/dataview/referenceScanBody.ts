/**
 * The full line-by-line body scan as it was before the fast path (src/core/dataview/bodyData.ts
 * at 686e66d), kept verbatim as the reference the property tests compare the fast scan with.
 * Not used by the product. Its result types are the product's own, so both scans answer in one shape.
 */

import type { BodyData, RawField, RawLink, RawListItem } from "../../../src/core/dataview/bodyData";

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const HR = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_START = /^( *)([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*)|$)/;
const MATH_OR_COMMENT = /^ {0,3}(\$\$|%%)(.*)$/;

interface Marker {
	indent: number;
	symbol: string;
	contentCol: number;
	kind: string;
	rest: string;
}

function expandTabs(line: string): string {
	if (!line.includes("\t")) return line;
	let out = "";
	for (const char of line) out += char === "\t" ? " ".repeat(4 - (out.length % 4)) : char;
	return out;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlank = (line: string): boolean => line.trim() === "";

function listMarker(line: string): Marker | undefined {
	const found = LIST_START.exec(line);
	if (!found) return undefined;
	const indent = (found[1] ?? "").length;
	const symbol = found[2] ?? "";
	const spaces = found[3] ?? "";
	const rest = found[4] ?? "";
	const contentCol = rest === "" || spaces.length >= 5 ? indent + symbol.length + 1 : indent + symbol.length + spaces.length;
	return { indent, symbol, contentCol, kind: /\d/.test(symbol.charAt(0)) ? symbol.slice(-1) : symbol, rest };
}

function startsBlock(line: string): boolean {
	if (FENCE.test(line) || ATX_OPEN.test(line) || HR.test(line) || /^ {0,3}>/.test(line) || MATH_OR_COMMENT.test(line)) return true;
	const marker = listMarker(line);
	return marker !== undefined && marker.indent <= 3 && marker.rest.trim() !== "";
}

interface OpenItem {
	line: number;
	marker: Marker;
	/** Lines of the item's own text (before its first child), first line after the marker. */
	own: string[];
	ownEnd: number;
	hasChild: boolean;
	parent: number;
	listStart: number;
	heading?: string;
}

/** Scans a note's full text. `yamlEnd` is the closing `---` line of the frontmatter block, or -1. */
export function scanBody(text: string, yamlEnd: number): BodyData {
	const lines = text.split("\n");
	const fields: RawField[] = [];
	const tagsFound: string[] = [];
	const links: RawLink[] = [];
	const embeds: RawLink[] = [];
	const items: RawListItem[] = [];
	const inlineLines: { line: number; text: string }[] = [];
	for (let n = 1; n < yamlEnd; n++) fieldsOfLine(lines[n] ?? "", fields);

	let fence: { char: string; length: number; inList: boolean } | undefined;
	let block: string | undefined;
	let stack: OpenItem[] = [];
	let listKind: string | undefined;
	let listStartLine = -1;
	let previousBlank = true;
	let heading: string | undefined;
	const finished: OpenItem[] = [];
	const closeItems = (keep: number): void => {
		while (stack.length > keep) finished.push(stack.pop() as OpenItem);
	};
	const closeList = (): void => {
		closeItems(0);
		listKind = undefined;
	};
	// The next non-blank line, found once per run of blank lines (so a long run stays linear).
	let lookahead: { until: number; line: string | undefined } = { until: -1, line: undefined };
	const nextNonBlankAfter = (n: number): string | undefined => {
		if (n >= lookahead.until) {
			let at = n + 1;
			while (at < lines.length && isBlank(lines[at] ?? "")) at++;
			lookahead = { until: at, line: at < lines.length ? expandTabs(lines[at] ?? "") : undefined };
		}
		return lookahead.line;
	};

	for (let n = yamlEnd + 1; n < lines.length; n++) {
		const line = expandTabs(lines[n] ?? "");
		const top = stack[stack.length - 1];
		if (fence) {
			if (!fence.inList) fieldsOfLine(line, fields);
			else if (top && !top.hasChild) addOwn(top, line, n);
			const close = new RegExp(`^ *${fence.char === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`);
			if (close.test(line)) fence = undefined;
			continue;
		}
		if (block) {
			if (stack.length === 0) fieldsOfLine(line, fields);
			if (line.includes(block)) block = undefined;
			continue;
		}
		if (isBlank(line)) {
			previousBlank = true;
			if (stack.length > 0) {
				const next = nextNonBlankAfter(n);
				const nextMarker = next === undefined ? undefined : listMarker(next);
				const continues = next !== undefined && ((nextMarker !== undefined && (nextMarker.kind === listKind || nextMarker.indent >= (stack[0]?.marker.contentCol ?? 0))) || indentOf(next) >= (stack[0]?.marker.contentCol ?? 0));
				if (!continues) closeList();
			}
			continue;
		}
		const indent = indentOf(line);
		const marker = listMarker(line);
		if (stack.length > 0) {
			const inItem = [...stack].reverse().find((item) => indent >= item.marker.contentCol);
			if (marker && (inItem ? marker.indent - inItem.marker.contentCol <= 3 : marker.indent <= 3) && (inItem !== undefined || marker.kind === listKind)) {
				closeItems(inItem ? stack.indexOf(inItem) + 1 : 0);
				const parent = stack[stack.length - 1];
				if (parent) parent.hasChild = true;
				openItem(marker, n, line, parent, heading);
				previousBlank = false;
				continue;
			}
			if (inItem) {
				closeItems(stack.indexOf(inItem) + 1);
				const owner = stack[stack.length - 1] as OpenItem;
				const content = line.slice(owner.marker.contentCol);
				const fenceOpen = FENCE.exec(content);
				if (fenceOpen && !(fenceOpen[2]?.startsWith("`") && (fenceOpen[3] ?? "").includes("`"))) fence = { char: fenceOpen[2]?.charAt(0) ?? "`", length: fenceOpen[2]?.length ?? 3, inList: true };
				if (!owner.hasChild) addOwn(owner, line, n);
				if (!fence && !/^ {0,3}(`{3,}|~{3,})/.test(content)) inlineLines.push({ line: n, text: line });
				previousBlank = false;
				continue;
			}
			if (!previousBlank && !startsBlock(line)) {
				const owner = stack[stack.length - 1] as OpenItem;
				if (!owner.hasChild) addOwn(owner, line, n);
				inlineLines.push({ line: n, text: line });
				continue;
			}
			closeList();
		}
		previousBlank = false;
		const fenceOpen = FENCE.exec(line);
		if (fenceOpen && indent <= 3 && !(fenceOpen[2]?.startsWith("`") && (fenceOpen[3] ?? "").includes("`"))) {
			fieldsOfLine(line, fields);
			fence = { char: fenceOpen[2]?.charAt(0) ?? "`", length: fenceOpen[2]?.length ?? 3, inList: false };
			continue;
		}
		const mathOrComment = MATH_OR_COMMENT.exec(line);
		if (mathOrComment) {
			fieldsOfLine(line, fields);
			const token = mathOrComment[1] ?? "$$";
			if (!(mathOrComment[2] ?? "").includes(token)) block = token;
			continue;
		}
		if (marker && marker.indent <= 3) {
			listKind = marker.kind;
			listStartLine = n;
			openItem(marker, n, line, undefined, heading);
			continue;
		}
		const atx = headingText(line);
		if (atx !== undefined) heading = atx;
		fieldsOfLine(line, fields);
		if (indent < 4 || !previousBlank) inlineLines.push({ line: n, text: line });
	}
	closeList();

	function openItem(marker: Marker, n: number, line: string, parent: OpenItem | undefined, section: string | undefined): void {
		const root = parent === undefined ? listStartLine : parent.listStart;
		stack.push({ line: n, marker, own: [line.slice(Math.min(marker.contentCol, line.length))], ownEnd: n, hasChild: false, parent: parent ? parent.line : -root, listStart: root, ...(section === undefined ? {} : { heading: section }) });
		inlineLines.push({ line: n, text: line });
	}

	const linksByLine = new Map<number, RawLink[]>();
	for (const { line, text: content } of inlineLines) {
		const found = scanInline(content, line);
		links.push(...found.links);
		embeds.push(...found.embeds);
		tagsFound.push(...found.tags);
		if (found.links.length + found.embeds.length > 0) linksByLine.set(line, [...(linksByLine.get(line) ?? []), ...found.links, ...found.embeds]);
	}
	finished.sort((a, b) => a.line - b.line);
	for (const item of finished) items.push(finishItem(item, lines, linksByLine));
	stack = [];
	return { fields, tags: tagsFound, links: [...links, ...embeds], items };
}

/** An ATX heading's text, closing `#`s dropped; linear, whatever the line holds. */
function headingText(line: string): string | undefined {
	const open = ATX_OPEN.exec(line);
	if (!open) return undefined;
	let text = line.slice(open[0].length).trim();
	let end = text.length;
	while (end > 0 && text.charAt(end - 1) === "#") end--;
	if (end < text.length && (end === 0 || text.charAt(end - 1) === " " || text.charAt(end - 1) === "\t")) text = text.slice(0, end).trimEnd();
	return text;
}

function addOwn(item: OpenItem, line: string, n: number): void {
	item.own.push(line);
	item.ownEnd = n;
}

/** Dataview reads no inline field from a line longer than this. */
const MAX_FIELD_LINE = 32768;

const LIST_ITEM = /^[\s>]*(\d+\.|\d+\)|\*|-|\+)\s*(\[.{0,1}\])?\s*(.*)$/u;

function finishItem(item: OpenItem, lines: readonly string[], linksByLine: ReadonlyMap<number, RawLink[]>): RawListItem {
	let end = item.ownEnd;
	while (end > item.line && isBlank(lines[end] ?? "")) end--;
	const first = lines[item.line] ?? "";
	const parsed = LIST_ITEM.exec(first);
	const parts = [parsed?.[3] ?? "", ...lines.slice(item.line + 1, end + 1)].map((part) => part.trim());
	const taskMatch = /^\[(.)\](?=\s|$)/u.exec(item.own[0] ?? "");
	const lastOwn = lines[end] ?? "";
	const blockId = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/.exec(lastOwn)?.[1];
	const joined = parts.join(" ");
	const itemLinks: RawLink[] = [];
	for (let n = item.line; n <= end; n++) itemLinks.push(...(linksByLine.get(n) ?? []));
	// As for section lines, a giant item is not searched for fields (the search is not linear).
	const fields = joined.length > MAX_FIELD_LINE ? [] : inlineFieldsOf(joined, true);
	if (!taskMatch && fields.length === 0 && joined.length <= MAX_FIELD_LINE) {
		const whole = fullLineField(joined);
		if (whole) fields.push(whole);
	}
	return {
		line: item.line,
		lineCount: end - item.line + 1,
		symbol: parsed?.[1] ?? item.marker.symbol,
		col: item.marker.indent,
		endCol: (lines[end] ?? "").length,
		...(taskMatch ? { task: taskMatch[1] ?? " " } : {}),
		text: parts.join("\n"),
		parent: item.parent,
		listStart: item.listStart,
		...(blockId === undefined ? {} : { blockId }),
		...(item.heading === undefined ? {} : { heading: item.heading }),
		fields,
		tags: itemTags(joined),
		links: itemLinks,
	};
}

/** Dataview's section scan of one line: bracketed fields, else a whole-line `key:: value`. */
function fieldsOfLine(raw: string, into: RawField[]): void {
	if (raw.length > MAX_FIELD_LINE || !raw.includes("::")) return;
	const line = raw.trim();
	const found = inlineFieldsOf(line, false);
	if (found.length > 0) into.push(...found);
	else {
		const whole = fullLineField(line);
		if (whole) into.push(whole);
	}
}

interface Located extends RawField {
	readonly start: number;
	readonly end: number;
}

/** Dataview's `extractInlineFields`: `[key:: value]` and `(key:: value)`, plus task emoji dates. */
function inlineFieldsOf(line: string, taskFields: boolean): RawField[] {
	const found: Located[] = [];
	for (const [open, close] of [["[", "]"], ["(", ")"]] as const) {
		let at = line.indexOf(open);
		while (at >= 0) {
			const field = bracketedField(line, at, open, close);
			if (!field) {
				at = line.indexOf(open, at + 1);
				continue;
			}
			found.push(field);
			at = line.indexOf(open, field.end);
		}
	}
	if (taskFields) found.push(...emojiFields(line));
	found.sort((a, b) => a.start - b.start);
	const kept: Located[] = [];
	for (const field of found) {
		const last = kept[kept.length - 1];
		if (!last || last.end < field.start) kept.push(field);
	}
	return kept.map(({ key, value }) => ({ key, value }));
}

function bracketedField(line: string, start: number, open: string, close: string): Located | undefined {
	const separator = line.indexOf("::", start + 1);
	if (separator < 0) return undefined;
	const key = line.substring(start + 1, separator).trim();
	if (/[[\]()]/.test(key)) return undefined;
	let nesting = 0;
	let escaped = false;
	for (let index = separator + 2; index < line.length; index++) {
		const char = line.charAt(index);
		if (char === "\\") {
			escaped = !escaped;
			continue;
		}
		if (escaped) {
			escaped = false;
			continue;
		}
		if (char === open) nesting++;
		else if (char === close) nesting--;
		if (nesting < 0) return { key, value: line.substring(separator + 2, index).trim(), start, end: index + 1 };
	}
	return undefined;
}

const EMOJI_FIELDS: ReadonlyArray<[RegExp, string]> = [
	[/\u{2795}\s*(\d{4}-\d{2}-\d{2})/u, "created"],
	[/\u{1F6EB}\s*(\d{4}-\d{2}-\d{2})/u, "start"],
	[/[\u{23F3}\u{231B}]\s*(\d{4}-\d{2}-\d{2})/u, "scheduled"],
	[/(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}\u{FE0F}?)\s*(\d{4}-\d{2}-\d{2})/u, "due"],
	[/\u{2705}\s*(\d{4}-\d{2}-\d{2})/u, "completion"],
];

function emojiFields(line: string): Located[] {
	const result: Located[] = [];
	for (const [pattern, key] of EMOJI_FIELDS) {
		const found = pattern.exec(line);
		if (found) result.push({ key, value: found[1] ?? "", start: found.index, end: found.index + found[0].length });
	}
	return result;
}

/** Dataview's `extractFullLineField`: `key:: value` where the key is words (markup around it allowed). */
function fullLineField(line: string): RawField | undefined {
	const separator = line.indexOf("::");
	if (separator < 0) return undefined;
	const rawKey = line.substring(0, separator).trim();
	// parsimmon's greedy, non-backtracking steps, one after the other (so linear).
	const lead = /^[^0-9\w\p{L}]*/u.exec(rawKey)?.[0].length ?? 0;
	const key = /^(?:\p{Extended_Pictographic}|[0-9\p{L}\w\s_/-])*/u.exec(rawKey.slice(lead))?.[0] ?? "";
	if (!/^[_*~`]*$/.test(rawKey.slice(lead + key.length))) return undefined;
	return { key, value: line.substring(separator + 2).trim() };
}

function blankOut(text: string, pattern: RegExp): string {
	return text.replace(pattern, (found) => " ".repeat(found.length));
}

/**
 * Inline code spans become spaces: a run of n backticks up to the next run of exactly n. The runs
 * are listed once and each length keeps a pointer to its next run, so the scan is linear.
 */
function stripCodeSpans(text: string): string {
	if (!text.includes("`")) return text;
	const runs: { start: number; length: number }[] = [];
	for (let index = 0; index < text.length; ) {
		if (text.charAt(index) !== "`") {
			index++;
			continue;
		}
		let length = 0;
		while (text.charAt(index + length) === "`") length++;
		runs.push({ start: index, length });
		index += length;
	}
	const byLength = new Map<number, number[]>();
	runs.forEach((run, at) => {
		const list = byLength.get(run.length);
		if (list) list.push(at);
		else byLength.set(run.length, [at]);
	});
	const cursor = new Map<number, number>();
	let out = "";
	let copied = 0;
	for (let at = 0; at < runs.length; at++) {
		const open = runs[at] as { start: number; length: number };
		if (open.start < copied) continue;
		const same = byLength.get(open.length) ?? [];
		let pointer = cursor.get(open.length) ?? 0;
		while (pointer < same.length && (same[pointer] ?? 0) <= at) pointer++;
		cursor.set(open.length, pointer);
		const closeAt = same[pointer];
		if (closeAt === undefined) continue;
		const close = runs[closeAt] as { start: number; length: number };
		out += text.slice(copied, open.start) + " ".repeat(close.start + close.length - open.start);
		copied = close.start + close.length;
		at = closeAt;
	}
	return out + text.slice(copied);
}

const WIKI = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^[\]\n]*)\]\(\s*(<[^>\n]*>|[^()\s]+(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const TAG = /(^|\s)#([^\s!"#$%&'()*+,.:;<=>?@[\]^`{|}~\u2000-\u206F\u2E00-\u2E7F\\]+)/gu;

function scanInline(text: string, line: number): { links: RawLink[]; embeds: RawLink[]; tags: string[] } {
	let s = stripCodeSpans(text);
	s = blankOut(s, /%%.*?%%/g);
	s = blankOut(s, /<!--.*?-->/g);
	s = blankOut(s, /\$\$.*?\$\$/g);
	s = blankOut(s, /(?<![\\$])\$(?=[^\s$])[^$\n]*?[^\s\\$]\$(?![0-9$])/g);
	s = s.replace(/\\[[\]#]/g, "  ");
	const links: RawLink[] = [];
	const embeds: RawLink[] = [];
	const at = new Map<RawLink, number>();
	for (const found of s.matchAll(WIKI)) {
		const inner = found[2] ?? "";
		const pipe = inner.search(/\\?\|/);
		const target = pipe >= 0 ? inner.slice(0, pipe) : inner;
		const display = pipe >= 0 ? inner.slice(pipe + (inner.charAt(pipe) === "\\" ? 2 : 1)) : inner;
		const link = { target, display, embed: found[1] === "!", line };
		at.set(link, found.index);
		(link.embed ? embeds : links).push(link);
	}
	const noWiki = blankOut(s, WIKI);
	for (const found of noWiki.matchAll(MARKDOWN_LINK)) {
		let target = found[3] ?? "";
		if (target.startsWith("<")) target = target.slice(1, -1);
		if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) continue;
		let decoded = target;
		try {
			decoded = decodeURI(target);
		} catch {
			// a malformed escape stays as written
		}
		const link = { target: decoded, display: found[2] ?? "", embed: found[1] === "!", line };
		at.set(link, found.index);
		(link.embed ? embeds : links).push(link);
	}
	const byColumn = (a: RawLink, b: RawLink): number => (at.get(a) ?? 0) - (at.get(b) ?? 0);
	links.sort(byColumn);
	embeds.sort(byColumn);
	const tags: string[] = [];
	for (const found of blankOut(noWiki, MARKDOWN_LINK).matchAll(TAG)) {
		const tag = found[2] ?? "";
		if (!/^[0-9/]+$/.test(tag)) tags.push(`#${tag}`);
	}
	return { links, embeds, tags };
}

/** Dataview's `extractTags` for a list item's text. */
function itemTags(text: string): string[] {
	const result = new Set<string>();
	for (const found of text.matchAll(/#[^\s,;.:!?'"`()[\]{}]+/giu)) {
		const tag = found[0];
		if (/^#[^\u2000-\u206F\u2E00-\u2E7F'!"#$%&()*+,.:;<=>?@^`{|}~[\]\\\s]+$/u.test(tag)) result.add(tag);
	}
	return [...result];
}
