import type { CachedMetadata, LinkCache, SectionCache } from "obsidian";
import { splitFrontmatter, type FrontmatterBlock } from "../core/note/frontmatterBlock";
import type { NoteStructure } from "../core/note/NoteSnapshot";
import { scanOutline, type CodeBlock, type Link, type Outline } from "../core/note/outline";

/**
 * A note's layout from Obsidian's metadata cache, so that analyzeNote does not scan a 10 KB
 * text for what Obsidian has parsed already: the frontmatter's position, the headings, the
 * wikilinks and embeds, and the code sections (only their few lines are read, for the Dataview
 * blocks). Undefined when the cache and the text disagree (a cache older than the text): the
 * text is then read as the headless reader reads it, never the cache trusted.
 */
export function structureFromCache(text: string, cache: CachedMetadata | null): NoteStructure | undefined {
	if (!cache) return undefined;
	const block = blockFromCache(text, cache);
	if (!block) return undefined;
	return { block, outline: outlineFromCache(text, cache, block.bodyStartLine) };
}

const BOM = "\uFEFF";

function blockFromCache(text: string, cache: CachedMetadata): FrontmatterBlock | undefined {
	const position = cache.frontmatterPosition;
	if (!position) {
		// Only the first line decides, unless it is exactly `---` (an unclosed fence): cheap either way.
		const block = splitFrontmatter(text);
		return block.kind === "yaml" ? undefined : block;
	}
	const bom = text.startsWith(BOM) ? 1 : 0;
	const firstBreak = text.indexOf("\n");
	const closingStart = position.end.offset - 3;
	const opening = text.slice(bom, firstBreak);
	const closingEnd = text.indexOf("\n", closingStart);
	const closing = text.slice(closingStart, closingEnd < 0 ? text.length : closingEnd);
	const fenced = (opening === "---" || opening === "---\r") && (closing === "---" || closing === "---\r");
	if (!fenced || closingStart <= firstBreak || text.charCodeAt(closingStart - 1) !== 10) return undefined;
	const yamlStart = firstBreak + 1;
	return {
		kind: "yaml",
		yaml: closingStart > yamlStart ? text.slice(yamlStart, closingStart - 1) : "",
		body: closingEnd < 0 ? "" : text.slice(closingEnd + 1),
		bodyStartLine: position.end.line + 2,
	};
}

/** The same Outline scanOutline gives for the body (lines 1-based), from the cache's entries. */
function outlineFromCache(text: string, cache: CachedMetadata, bodyStartLine: number): Outline {
	const headings = (cache.headings ?? [])
		.map((heading) => ({ text: heading.heading.trim(), level: heading.level, line: heading.position.start.line + 1 }))
		.filter((heading) => heading.text !== "" && heading.line >= bodyStartLine);
	return { headings, links: wikilinks(cache.links, cache.embeds), codeBlocks: codeBlocks(text, cache.sections ?? []) };
}

/** Links and embeds in the order of the text; Markdown links (`[a](b)`) are not the outline's. */
function wikilinks(links: readonly LinkCache[] = [], embeds: readonly LinkCache[] = []): Link[] {
	const all = embeds.length === 0 ? links : [...links, ...embeds].sort((a, b) => a.position.start.offset - b.position.start.offset);
	const found: Link[] = [];
	for (const link of all) {
		if (!link.original.startsWith("[[") && !link.original.startsWith("![[")) continue;
		const target = targetOf(link.link);
		if (target !== "") found.push({ target, line: link.position.start.line + 1 });
	}
	return found;
}

function targetOf(link: string): string {
	let end = link.length;
	const hash = link.indexOf("#");
	const caret = link.indexOf("^");
	if (hash >= 0) end = hash;
	if (caret >= 0 && caret < end) end = caret;
	return link.slice(0, end).trim();
}

/** Fenced blocks, read from the few lines of the sections that can hold one (a list item may). */
function codeBlocks(text: string, sections: readonly SectionCache[]): CodeBlock[] {
	const blocks: CodeBlock[] = [];
	for (const section of sections) {
		if (section.type !== "code" && section.type !== "list") continue;
		const source = text.slice(section.position.start.offset, section.position.end.offset);
		if (section.type === "list" && !source.includes("```") && !source.includes("~~~")) continue;
		blocks.push(...scanOutline(source, section.position.start.line + 1).codeBlocks);
	}
	return blocks;
}
