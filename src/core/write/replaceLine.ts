export class LineWriteError extends Error {}

/** Where line `index` (0-based) sits in `text`: its content, without the line ending. */
export function lineSpan(text: string, index: number): { start: number; end: number } | undefined {
	let start = 0;
	for (let line = 0; line < index; line++) {
		const newline = text.indexOf("\n", start);
		if (newline < 0) return undefined;
		start = newline + 1;
	}
	const newline = text.indexOf("\n", start);
	let end = newline < 0 ? text.length : newline;
	if (end > start && text[end - 1] === "\r") end--;
	return { start, end };
}

/**
 * Line `index` replaced by `replacement`, provided it still reads `expected` (the note may have
 * changed since it was read); every other byte, line endings included, stays as it was, and the
 * result is proven so before it is returned.
 */
export function replaceLine(text: string, index: number, expected: string, replacement: string): string {
	if (/[\r\n]/.test(replacement)) throw new LineWriteError("a line cannot hold a line break");
	const span = lineSpan(text, index);
	if (!span) throw new LineWriteError(`the note has no line ${index + 1} any more`);
	const current = text.slice(span.start, span.end);
	if (current !== expected) throw new LineWriteError(`line ${index + 1} changed since it was read`);
	const after = text.slice(0, span.start) + replacement + text.slice(span.end);
	proveLineReplaced(text, after, span.start, current, replacement);
	return after;
}

/** The proof: the text before the line and the text after it are byte for byte the same. */
export function proveLineReplaced(before: string, after: string, start: number, old: string, replacement: string): void {
	const tail = before.length - start - old.length;
	const same =
		after.length === before.length - old.length + replacement.length &&
		after.slice(0, start) === before.slice(0, start) &&
		after.slice(start, start + replacement.length) === replacement &&
		after.slice(after.length - tail) === before.slice(before.length - tail);
	if (!same) throw new LineWriteError("the change would touch more than its line; nothing was written");
}
