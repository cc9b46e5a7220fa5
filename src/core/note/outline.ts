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

export function scanOutline(body: string, firstLine = 1): Outline {
	const outline: Outline = { headings: [], links: [], codeBlocks: [] };
	const lines = body.split("\n");
	let fence: { marker: string; language: string; line: number; content: string[] } | null = null;
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? "").replace(/\r$/, "");
		const lineNumber = firstLine + i;
		const fenceMatch = FENCE.exec(line);
		if (fence) {
			if (fenceMatch?.[1] && closesFence(fenceMatch[1], fence.marker) && line.trim() === fenceMatch[1]) {
				outline.codeBlocks.push({ language: fence.language, source: fence.content.join("\n"), line: fence.line });
				fence = null;
			} else {
				fence.content.push(line);
			}
			continue;
		}
		if (fenceMatch?.[1]) {
			fence = { marker: fenceMatch[1], language: (fenceMatch[2] ?? "").toLowerCase(), line: lineNumber, content: [] };
			continue;
		}
		const heading = matchAtxHeading(line, OBSIDIAN_HEADING);
		if (heading) outline.headings.push({ text: heading.raw.trim(), level: heading.level, line: lineNumber });
		for (const raw of wikilinkTargets(line)) {
			const target = raw.trim();
			if (target) outline.links.push({ target, line: lineNumber });
		}
	}
	return outline;
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
