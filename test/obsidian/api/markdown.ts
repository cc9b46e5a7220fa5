import type * as O from "../../../node_modules/obsidian/obsidian";
import { getLinkpath, parseLinktext, parseYaml } from "./functions";
import { pluginHostOf } from "./plugin";
import { MarkdownRenderChild } from "./workspace";

// ---------------------------------------------------------------------------------------------
// Markdown rendering: enough for the plugin's views and tests, built with createEl only

interface RenderContext {
	readonly app: O.App | null;
	readonly sourcePath: string;
	readonly component: O.Component;
	readonly frontmatter: Record<string, unknown> | null;
	readonly pending: Promise<unknown>[];
}

let renderCount = 0;

export abstract class MarkdownRenderer extends MarkdownRenderChild {
	/** Paragraphs, headings, lists, quotes, code blocks (with registered processors), links, tags. */
	static render(app: O.App, markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
		return renderInto(app, markdown, el, sourcePath, component);
	}

	/** The deprecated form: without the app, no code block processors run. */
	static renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
		return renderInto(null, markdown, el, sourcePath, component);
	}
}

async function renderInto(app: O.App | null, markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
	const { frontmatter, bodyLines } = splitForRendering(markdown);
	const ctx: RenderContext = { app, sourcePath, component, frontmatter, pending: [] };
	renderLines(bodyLines, el, ctx);
	await Promise.all(ctx.pending);
	// Then the post-processors, over what the code block processors left (raw code blocks included).
	if (!app) return;
	const processors = [...pluginHostOf(app).postProcessors].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
	for (const processor of processors) await processor(el, postProcessorContext(ctx));
}

function splitForRendering(markdown: string): { frontmatter: Record<string, unknown> | null; bodyLines: string[] } {
	const lines = markdown.replace(/^\uFEFF/, "").split(/\r?\n/);
	if (lines[0]?.trimEnd() !== "---") return { frontmatter: null, bodyLines: lines };
	const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
	if (close < 0) return { frontmatter: null, bodyLines: lines };
	let frontmatter: Record<string, unknown> | null = null;
	try {
		const parsed = parseYaml(lines.slice(1, close).join("\n"));
		if (isRecord(parsed)) frontmatter = parsed;
	} catch {
		// Broken YAML: Obsidian renders the body and shows no properties.
	}
	return { frontmatter, bodyLines: lines.slice(close + 1) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

const FENCE = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^\s*>\s?(.*)$/;
const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const TASK = /^\[([ xX])\]\s+(.*)$/;

function renderLines(lines: string[], el: HTMLElement, ctx: RenderContext): void {
	let index = 0;
	while (index < lines.length) index = renderBlock(lines, index, el, ctx);
}

/** Renders the block that starts at `index`; returns where the next block starts. */
function renderBlock(lines: string[], index: number, el: HTMLElement, ctx: RenderContext): number {
	const line = lines[index] ?? "";
	if (line.trim() === "") return index + 1;
	const fence = FENCE.exec(line);
	if (fence) return renderFence(lines, index, fence[1] ?? "```", fence[2] ?? "", el, ctx);
	const heading = HEADING.exec(line);
	if (heading) {
		const level = (heading[1] ?? "#").length as 1 | 2 | 3 | 4 | 5 | 6;
		renderInline(heading[2] ?? "", el.createEl(`h${level}`), ctx);
		return index + 1;
	}
	if (RULE.test(line)) {
		el.createEl("hr");
		return index + 1;
	}
	if (QUOTE.test(line)) return renderQuote(lines, index, el, ctx);
	if (LIST_ITEM.test(line)) return renderList(lines, index, el, ctx);
	return renderParagraph(lines, index, el, ctx);
}

function startsBlock(line: string): boolean {
	return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || LIST_ITEM.test(line);
}

function renderFence(lines: string[], index: number, marker: string, language: string, el: HTMLElement, ctx: RenderContext): number {
	const body: string[] = [];
	let next = index + 1;
	while (next < lines.length && !(lines[next] ?? "").trim().startsWith(marker)) body.push(lines[next++] ?? "");
	const source = body.join("\n");
	const handler = ctx.app && language !== "" ? pluginHostOf(ctx.app).codeBlockProcessors.get(language) : undefined;
	if (handler) {
		const container = el.createDiv({ cls: `block-language-${language}` });
		const result = handler(source, container, postProcessorContext(ctx));
		if (result) ctx.pending.push(result);
	} else {
		const pre = el.createEl("pre");
		pre.createEl("code", { cls: language === "" ? [] : [`language-${language}`], text: source });
	}
	return next + 1;
}

function postProcessorContext(ctx: RenderContext): O.MarkdownPostProcessorContext {
	return {
		docId: `fake-doc-${++renderCount}`,
		sourcePath: ctx.sourcePath,
		frontmatter: ctx.frontmatter,
		addChild: (child) => ctx.component.addChild(child),
		getSectionInfo: () => null,
	};
}

function renderQuote(lines: string[], index: number, el: HTMLElement, ctx: RenderContext): number {
	const inner: string[] = [];
	let next = index;
	for (let match = QUOTE.exec(lines[next] ?? ""); match; match = QUOTE.exec(lines[++next] ?? "")) inner.push(match[1] ?? "");
	renderLines(inner, el.createEl("blockquote"), ctx);
	return next;
}

function renderList(lines: string[], index: number, el: HTMLElement, ctx: RenderContext): number {
	const first = LIST_ITEM.exec(lines[index] ?? "");
	const indent = first?.[1]?.length ?? 0;
	const list = el.createEl(/\d/.test(first?.[2] ?? "") ? "ol" : "ul");
	let item: HTMLLIElement | null = null;
	let next = index;
	while (next < lines.length) {
		const match = LIST_ITEM.exec(lines[next] ?? "");
		if (!match) break;
		const depth = match[1]?.length ?? 0;
		if (depth < indent) break;
		if (depth > indent && item) {
			next = renderList(lines, next, item, ctx);
			continue;
		}
		item = renderListItem(match[3] ?? "", list, ctx);
		next++;
	}
	return next;
}

function renderListItem(text: string, list: HTMLElement, ctx: RenderContext): HTMLLIElement {
	const item = list.createEl("li");
	const task = TASK.exec(text);
	if (!task) {
		renderInline(text, item, ctx);
		return item;
	}
	const done = task[1] !== " ";
	item.addClass("task-list-item");
	item.setAttr("data-task", task[1] ?? " ");
	item.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox" }).checked = done;
	renderInline(task[2] ?? "", item, ctx);
	return item;
}

/** Obsidian's default keeps single line breaks, so the lines of a paragraph are joined by <br>. */
function renderParagraph(lines: string[], index: number, el: HTMLElement, ctx: RenderContext): number {
	const p = el.createEl("p");
	let next = index;
	while (next < lines.length && (lines[next] ?? "").trim() !== "" && (next === index || !startsBlock(lines[next] ?? ""))) {
		if (next > index) p.createEl("br");
		renderInline((lines[next] ?? "").trim(), p, ctx);
		next++;
	}
	return next;
}

/**
 * One alternative per inline form. Italics and tags must not start inside a word: instead of a
 * lookbehind (which older iOS lacks, and the linter forbids) they capture the character before.
 */
const INLINE =
	/`([^`]+)`|(!?)\[\[([^\]]+)\]\]|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|==(.+?)==|(^|[^\w*])\*(?!\s)(.+?)\*(?![\w*])|(^|\W)_(?!\s)(.+?)_(?!\w)|(^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;

function renderInline(text: string, el: HTMLElement, ctx: RenderContext): void {
	let last = 0;
	for (const match of text.matchAll(INLINE)) {
		const at = match.index ?? 0;
		if (at > last) el.appendText(text.slice(last, at));
		renderToken(match, el, ctx);
		last = at + match[0].length;
	}
	if (last < text.length) el.appendText(text.slice(last));
}

function renderToken(match: RegExpMatchArray, el: HTMLElement, ctx: RenderContext): void {
	const [, code, bang, wikilink, linkText, linkTarget, bold, highlight, starPrefix, italic, underscorePrefix, underscored, tagPrefix, tag] = match;
	const prefix = starPrefix ?? underscorePrefix ?? tagPrefix;
	if (prefix) el.appendText(prefix);
	if (code !== undefined) el.createEl("code", { text: code });
	else if (wikilink !== undefined) renderWikilink(wikilink, bang === "!", el, ctx);
	else if (linkText !== undefined && linkTarget !== undefined) renderMarkdownLink(linkText, linkTarget, el, ctx);
	else if (bold !== undefined) renderInline(bold, el.createEl("strong"), ctx);
	else if (highlight !== undefined) renderInline(highlight, el.createEl("mark"), ctx);
	else if (italic !== undefined || underscored !== undefined) renderInline(italic ?? underscored ?? "", el.createEl("em"), ctx);
	else if (tag !== undefined) el.createEl("a", { cls: "tag", href: `#${tag}`, text: `#${tag}` });
}

function renderWikilink(inner: string, embed: boolean, el: HTMLElement, ctx: RenderContext): void {
	const bar = inner.indexOf("|");
	const target = (bar < 0 ? inner : inner.slice(0, bar)).trim();
	const alias = bar < 0 ? undefined : inner.slice(bar + 1).trim();
	if (embed) {
		el.createSpan({ cls: "internal-embed", attr: { src: target, alt: alias ?? null } });
		return;
	}
	const { path, subpath } = parseLinktext(target);
	const text = alias ?? (subpath === "" ? path : `${path} > ${subpath.slice(1)}`);
	const link = el.createEl("a", { cls: "internal-link", href: target, text, attr: { "data-href": target } });
	markUnresolved(link, path, ctx);
}

function renderMarkdownLink(text: string, target: string, el: HTMLElement, ctx: RenderContext): void {
	if (/^[a-z][a-z\d+.-]*:/i.test(target)) {
		const link = el.createEl("a", { cls: "external-link", href: target, attr: { target: "_blank", rel: "noopener nofollow" } });
		renderInline(text, link, ctx);
		return;
	}
	const decoded = safeDecode(target);
	const link = el.createEl("a", { cls: "internal-link", href: decoded, attr: { "data-href": decoded } });
	renderInline(text, link, ctx);
	markUnresolved(link, getLinkpath(decoded), ctx);
}

/** Links are drawn, not wired: as with the real render(), the caller decides what a click does. */
function markUnresolved(link: HTMLElement, path: string, ctx: RenderContext): void {
	if (ctx.app && path !== "" && !ctx.app.metadataCache.getFirstLinkpathDest(path, ctx.sourcePath)) link.addClass("is-unresolved");
}

function safeDecode(text: string): string {
	try {
		return decodeURI(text);
	} catch {
		return text;
	}
}
