import type { Problem } from "./Problem";

/**
 * Splits a note into its YAML block and body with Obsidian's fence rule: the file's first
 * line is exactly `---` (no trailing space) and the next line that is exactly `---` closes
 * it. Anything else means Obsidian shows no properties; the whole text is then the body, as
 * Obsidian renders it, and a fence that looks meant (`---\`, `---id: x`) is reported.
 */
export type FrontmatterBlock =
	| { kind: "none"; body: string; bodyStartLine: number }
	| { kind: "yaml"; yaml: string; body: string; bodyStartLine: number }
	| { kind: "broken"; problem: Omit<Problem, "path">; body: string; bodyStartLine: number };

const BOM = "\uFEFF";

export function splitFrontmatter(text: string): FrontmatterBlock {
	const source = text.startsWith(BOM) ? text.slice(1) : text;
	const firstBreak = source.indexOf("\n");
	const firstLine = stripCarriageReturn(firstBreak < 0 ? source : source.slice(0, firstBreak));
	if (!firstLine.startsWith("---")) return { kind: "none", body: source, bodyStartLine: 1 };
	if (firstLine !== "---") return brokenOpening(firstLine, source);

	// One indexOf per line, no split: the block is usually a few hundred bytes of a 10 KB note.
	const yamlStart = firstBreak + 1;
	let lineStart = yamlStart;
	let closingIndex = 1;
	while (firstBreak >= 0 && lineStart <= source.length) {
		const lineEnd = source.indexOf("\n", lineStart);
		const end = lineEnd < 0 ? source.length : lineEnd;
		if (isFenceLine(source, lineStart, end)) {
			return {
				kind: "yaml",
				yaml: lineStart > yamlStart ? source.slice(yamlStart, lineStart - 1) : "",
				body: lineEnd < 0 ? "" : source.slice(lineEnd + 1),
				bodyStartLine: closingIndex + 2,
			};
		}
		if (lineEnd < 0) break;
		lineStart = lineEnd + 1;
		closingIndex++;
	}
	return {
		kind: "broken",
		problem: {
			severity: "error",
			code: "fence-unclosed",
			message: "the frontmatter opened with `---` on line 1 is never closed by a `---` line",
			line: 1,
		},
		body: source,
		bodyStartLine: 1,
	};
}

function brokenOpening(firstLine: string, source: string): FrontmatterBlock {
	const rest = firstLine.slice(3);
	const glued = /^\s*[\w"'-][^:]*:/.test(rest);
	if (!glued && !rest.startsWith("\\")) {
		// `----` or `--- text` is an ordinary horizontal rule or text in Obsidian, not a fence.
		return { kind: "none", body: source, bodyStartLine: 1 };
	}
	return {
		kind: "broken",
		problem: glued
			? {
					severity: "error",
					code: "fence-glued",
					message: `the frontmatter fence is glued to the first key (\`${firstLine}\`); Obsidian shows no properties for this note`,
					line: 1,
				}
			: {
					severity: "error",
					code: "fence-backslash",
					message: `the opening fence is \`${firstLine}\` instead of \`---\`; Obsidian shows no properties for this note`,
					line: 1,
				},
		body: source,
		bodyStartLine: 1,
	};
}

/** Is `source[start, end)` exactly `---`, with or without a carriage return? */
function isFenceLine(source: string, start: number, end: number): boolean {
	const length = source.charCodeAt(end - 1) === 13 ? end - 1 - start : end - start;
	return length === 3 && source.startsWith("---", start);
}

function stripCarriageReturn(line: string): string {
	return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** Top-level keys written more than once, with the 1-based file line of each repeat. */
export function findDuplicateKeys(yaml: string): { key: string; line: number }[] {
	const seen = new Set<string>();
	const duplicates: { key: string; line: number }[] = [];
	const lines = yaml.split("\n");
	for (let i = 0; i < lines.length; i++) {
		// Greedy, then trimmed: a lazy key followed by `\s*:` costs the square of a long line.
		const match = /^([^\s#\-?:][^:]*):(\s|$)/.exec(lines[i] ?? "");
		if (!match?.[1]) continue;
		const key = unquote(match[1].trimEnd());
		if (seen.has(key)) duplicates.push({ key, line: i + 2 });
		seen.add(key);
	}
	return duplicates;
}

function unquote(key: string): string {
	const first = key[0];
	if ((first === '"' || first === "'") && key.endsWith(first) && key.length >= 2) return key.slice(1, -1);
	return key;
}
