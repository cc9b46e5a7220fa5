import { splitFrontmatter } from "../note/frontmatterBlock";

/** A value to write; `null` removes the property. Only scalars: every property we own is one. */
export type PatchValue = string | number | null;
export type FrontmatterPatch = Readonly<Record<string, PatchValue>>;

export class FrontmatterWriteError extends Error {}

/**
 * Applies a patch to a note's text by editing only the lines of the patched top-level keys.
 * Every other byte stays: other keys keep their formatting and comments, the body is untouched,
 * line endings and a byte-order mark are kept. New keys go at the end of the block.
 * (Obsidian's processFrontMatter re-serialises the whole block, which rewrites other keys.)
 */
export function applyFrontmatterPatch(text: string, patch: FrontmatterPatch): string {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const source = text.slice(bom.length);
	const eol = source.includes("\r\n") ? "\r\n" : "\n";
	const block = splitFrontmatter(source);
	if (block.kind === "broken") throw new FrontmatterWriteError(block.problem.message);
	const additions = Object.entries(patch).filter(isAddition);
	if (block.kind === "none") {
		if (additions.length === 0) return text;
		return `${bom}---${eol}${additions.map(([key, value]) => propertyLine(key, value)).join(eol)}${eol}---${eol}${source}`;
	}
	const lines = source.split("\n");
	const closing = block.bodyStartLine - 2;
	const yamlLines = lines.slice(1, closing);
	const patched = patchYamlLines(yamlLines, patch, eol === "\r\n" ? "\r" : "");
	return bom + [lines[0], ...patched, ...lines.slice(closing)].join("\n");
}

function patchYamlLines(lines: readonly string[], patch: FrontmatterPatch, cr: string): string[] {
	const ranges = topLevelKeyRanges(lines);
	const result = [...lines];
	const pending = new Map(Object.entries(patch));
	// Walk from the end so earlier ranges keep their indexes while later ones change.
	for (const range of [...ranges].reverse()) {
		if (!pending.has(range.key)) continue;
		const value = pending.get(range.key) ?? null;
		const sameKey = ranges.filter((r) => r.key === range.key);
		// Indexing, not .at(-1): older mobile WebViews lack Array.prototype.at.
		const isLast = sameKey[sameKey.length - 1] === range;
		const replacement = value !== null && isLast ? [propertyLine(range.key, value) + cr] : [];
		result.splice(range.start, range.end - range.start, ...replacement);
	}
	const present = new Set(ranges.map((range) => range.key));
	const appended = [...pending].filter(isAddition).filter(([key]) => !present.has(key));
	let insertAt = result.length;
	while (insertAt > 0 && (result[insertAt - 1] ?? "").trim() === "") insertAt--;
	result.splice(insertAt, 0, ...appended.map(([key, value]) => propertyLine(key, value) + cr));
	return result;
}

function isAddition(entry: [string, PatchValue]): entry is [string, string | number] {
	return entry[1] !== null;
}

interface KeyRange {
	key: string;
	start: number;
	/** Exclusive: the key line plus its indented or list continuation lines. */
	end: number;
}

function topLevelKeyRanges(lines: readonly string[]): KeyRange[] {
	const ranges: KeyRange[] = [];
	for (let i = 0; i < lines.length; i++) {
		const key = topLevelKey(lines[i] ?? "");
		if (key === undefined) continue;
		let end = i + 1;
		while (end < lines.length && isContinuation(lines[end] ?? "")) end++;
		// Blank or comment lines after the value belong to no key: they are the user's and stay.
		while (end > i + 1 && isBlankOrComment(lines[end - 1] ?? "")) end--;
		ranges.push({ key, start: i, end });
		i = end - 1;
	}
	return ranges;
}

function topLevelKey(line: string): string | undefined {
	// A greedy unquoted key, trimmed after: a lazy one followed by `\s*:` retries every split of a long line.
	const match = /^(?:"([^"]+)"\s*|'([^']+)'\s*|([^\s#\-?:'"][^:]*)):(\s|$)/.exec(line);
	return match ? (match[1] ?? match[2] ?? match[3]?.trimEnd()) : undefined;
}

function isBlankOrComment(line: string): boolean {
	return /^\s*(#.*)?\r?$/.test(line);
}

function isContinuation(line: string): boolean {
	return /^[ \t]/.test(line) || /^-(\s|$)/.test(line);
}

/** `key: value`, quoting the value only when YAML would read it as something else. */
export function propertyLine(key: string, value: string | number): string {
	return `${key}: ${scalar(value)}`;
}

function scalar(value: string | number): string {
	if (typeof value === "number") {
		if (!Number.isFinite(value)) throw new FrontmatterWriteError(`cannot write the number ${value}`);
		return String(value);
	}
	const plain = /^[A-Za-z0-9][\w .:/+-]*$/.test(value) && !/[ :]$/.test(value) && !/: /.test(value);
	const looksLikeNumber = /^[-+.\d][\d._eE+-]*$/.test(value) && !/^\d{4}-\d{2}-\d{2}$/.test(value);
	const ambiguous = /^(true|false|null|yes|no|on|off|~)$/i.test(value) || looksLikeNumber;
	return plain && !ambiguous ? value : JSON.stringify(value);
}
