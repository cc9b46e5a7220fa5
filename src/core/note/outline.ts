import { matchAtxHeading, OBSIDIAN_HEADING } from "./atxHeading";

/**
 * The structure of a note body that the index needs: headings, wikilinks and fenced code
 * blocks, each with its 1-based line in the file. Code fences hide headings and links.
 */
export interface Heading {
	text: string;
	level: number;
	line: number;
}

export interface Link {
	target: string;
	line: number;
}

export interface CodeBlock {
	language: string;
	source: string;
	line: number;
}

export interface Outline {
	headings: Heading[];
	links: Link[];
	codeBlocks: CodeBlock[];
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/;

/** One pass over the body, line by line without splitting it; a line is only looked at closely when its first characters can start a fence, a heading or a link. */
export function scanOutline(body: string, firstLine = 1): Outline {
	const outline: Outline = { headings: [], links: [], codeBlocks: [] };
	let fence: { marker: string; language: string; line: number; from: number } | null = null;
	let lineNumber = firstLine;
	// The next `[[` at or after the current line, found once per link, not once per line.
	let nextLink = body.indexOf("[[");
	for (let start = 0; start <= body.length; lineNumber++) {
		const next = body.indexOf("\n", start);
		const rawEnd = next < 0 ? body.length : next;
		const end = body.charCodeAt(rawEnd - 1) === 13 && rawEnd > start ? rawEnd - 1 : rawEnd;
		const fenceMatch = mayOpenFence(body, start) ? FENCE.exec(body.slice(start, end)) : null;
		if (fence) {
			if (fenceMatch?.[1] && closesFence(fenceMatch[1], fence.marker) && body.slice(start, end).trim() === fenceMatch[1]) {
				outline.codeBlocks.push({ language: fence.language, source: codeSource(body, fence.from, start), line: fence.line });
				fence = null;
			}
		} else if (fenceMatch?.[1]) {
			fence = { marker: fenceMatch[1], language: (fenceMatch[2] ?? "").toLowerCase(), line: lineNumber, from: next < 0 ? body.length : next + 1 };
		} else {
			if (nextLink >= 0 && nextLink < start) nextLink = body.indexOf("[[", start);
			readLine(body, start, end, lineNumber, nextLink >= 0 && nextLink < end, outline);
		}
		if (next < 0) break;
		start = next + 1;
	}
	return outline;
}

function readLine(body: string, start: number, end: number, lineNumber: number, hasLink: boolean, outline: Outline): void {
	const hasHeading = body.charCodeAt(start) === 35; // "#"
	if (!hasHeading && !hasLink) return;
	const line = body.slice(start, end);
	const heading = hasHeading ? matchAtxHeading(line, OBSIDIAN_HEADING) : null;
	if (heading) outline.headings.push({ text: heading.raw.trim(), level: heading.level, line: lineNumber });
	if (!hasLink) return;
	for (const raw of wikilinkTargets(line)) {
		const target = raw.trim();
		if (target) outline.links.push({ target, line: lineNumber });
	}
}

/** Up to three spaces or tabs, then a backtick or a tilde: the only lines FENCE can match. */
function mayOpenFence(body: string, start: number): boolean {
	for (let i = start; i < start + 4; i++) {
		const code = body.charCodeAt(i);
		if (code === 96 || code === 126) return true;
		if (code !== 32 && code !== 9) return false;
	}
	return false;
}

/** The lines between a fence's opening and closing lines, without carriage returns, as they were joined before. */
function codeSource(body: string, from: number, closingStart: number): string {
	if (closingStart <= from) return "";
	const source = body.slice(from, closingStart - 1);
	return source.includes("\r") ? source.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line)).join("\n") : source;
}

function closesFence(candidate: string, opener: string): boolean {
	return candidate[0] === opener[0] && candidate.length >= opener.length;
}

/**
 * The targets of the line's wikilinks (`[[target#heading|alias]]`, `![[embed]]`), as the pattern
 * `!?\[\[([^\]|#^\n]*)(?:[#^][^\]|\n]*)?(?:\|[^\]\n]*)?\]\]` finds them, in one pass. That
 * pattern, searched globally, retries from every `[[` of a run that never closes: a line of
 * `[[` cost seconds. Each part of a link is a run that stops at the character starting the
 * next part, so a link that fails from one `[[` fails from every `[[` before where it stopped,
 * and the search goes on from there.
 */
export function wikilinkTargets(line: string): string[] {
	const targets: string[] = [];
	let from = line.indexOf("[[");
	while (from >= 0) {
		const target = skipWhile(line, from + 2, (char) => !"]|#^\n".includes(char));
		let end = target;
		if (line[end] === "#" || line[end] === "^") end = skipWhile(line, end + 1, (char) => !"]|\n".includes(char));
		if (line[end] === "|") end = skipWhile(line, end + 1, (char) => char !== "]" && char !== "\n");
		if (line[end] === "]" && line[end + 1] === "]") {
			targets.push(line.slice(from + 2, target));
			end += 2;
		}
		from = line.indexOf("[[", end);
	}
	return targets;
}

function skipWhile(line: string, from: number, belongs: (char: string) => boolean): number {
	let index = from;
	while (index < line.length && belongs(line[index] ?? "")) index++;
	return index;
}
