/**
 * Whether a note's text is the whole of its file. Both sources hand over decoded text: bytes
 * that are not valid UTF-8 arrive as U+FFFD, so writing the text back would replace them for
 * good; a NUL means a binary file that only carries a `.md` name. Such a note is read for what
 * can be read, reported, and never written by any path.
 */
export function undecodableReason(text: string): string | undefined {
	if (text.includes("\u0000")) return "the file is binary (it holds NUL bytes), not a text note";
	if (text.includes("\uFFFD")) return "the note holds bytes that are not valid UTF-8 (shown as �); writing it would replace them, so it is never written";
	return undefined;
}
