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

/** Fenced blocks: a code section's opening and closing lines are read, not the lines between; a list item's fences are scanned. */
function codeBlocks(text: string, sections: readonly SectionCache[]): CodeBlock[] {
	const blocks: CodeBlock[] = [];
	for (const section of sections) {
		if (section.type !== "code" && section.type !== "list") continue;
		const source = text.slice(section.position.start.offset, section.position.end.offset);
		if (section.type === "code") {
			const block = fencedBlock(source, section.position.start.line + 1);
			if (block !== null) {
				if (block) blocks.push(block);
				continue;
			}
		} else if (!source.includes("```") && !source.includes("~~~")) {
			continue;
		}
		blocks.push(...scanOutline(source, section.position.start.line + 1).codeBlocks);
	}
	return blocks;
}

/**
 * A code section that opens with a fence and closes with one on its last line, as scanOutline
 * reads it (language, the lines between); undefined when it is not a closed fence (an indented
 * block, an unclosed fence), null when its shape is unusual enough to be scanned line by line.
 */
function fencedBlock(source: string, line: number): CodeBlock | undefined | null {
	const firstBreak = source.indexOf("\n");
	const lastBreak = source.lastIndexOf("\n");
	if (firstBreak < 0 || lastBreak === firstBreak) return null;
	const open = OPENING_FENCE.exec(withoutReturn(source.slice(0, firstBreak)));
	if (!open?.[1]) return undefined;
	const closing = withoutReturn(source.slice(lastBreak + 1));
	if (!CLOSING_FENCE.test(closing)) return null;
	const marker = closing.trim();
	if (marker[0] !== open[1][0] || marker.length < open[1].length) return null;
	const inner = source.slice(firstBreak + 1, lastBreak);
	// An earlier line that closes the fence would end the block there: scan such a section.
	if (inner.includes(open[1])) return null;
	const code = inner.includes("\r") ? inner.split("\n").map(withoutReturn).join("\n") : inner;
	return { language: (open[2] ?? "").toLowerCase(), source: code, line };
}

const OPENING_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const CLOSING_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/;

function withoutReturn(line: string): string {
	return line.endsWith("\r") ? line.slice(0, -1) : line;
}
