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

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const WIKILINK = /!?\[\[([^\]|#^\n]*)(?:[#^][^\]|\n]*)?(?:\|[^\]\n]*)?\]\]/g;

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
		const heading = HEADING.exec(line);
		if (heading?.[1] && heading[2]) {
			outline.headings.push({ text: heading[2].trim(), level: heading[1].length, line: lineNumber });
		}
		for (const match of line.matchAll(WIKILINK)) {
			const target = (match[1] ?? "").trim();
			if (target) outline.links.push({ target, line: lineNumber });
		}
	}
	return outline;
}

function closesFence(candidate: string, opener: string): boolean {
	return candidate[0] === opener[0] && candidate.length >= opener.length;
}
