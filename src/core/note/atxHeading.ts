/**
 * ATX headings (`## Title ##`) read in one pass. The obvious regular expressions for them
 * (`^(#{1,6})\s+(.+?)\s*#*$`) backtrack: on a long line that is not a heading, or one with a
 * long run of spaces or `#` inside, the lazy text and the trailing run retry every split of
 * the line, so one 40,000-character line cost seconds. These functions give exactly what such
 * a pattern captures, at a cost proportional to the line.
 */
export interface AtxHeadingMatch {
	level: number;
	/** What the pattern's lazy `(.+?)` captures: untrimmed, never empty. */
	raw: string;
}

/** The two spellings in use: which characters separate the hashes from the text, and where the closing run starts. */
export interface AtxRule {
	isGap(char: string): boolean;
	/** The first index of the line from which the rest may be dropped as the closing sequence. */
	closingStart(line: string): number;
}

/** `^(#{1,6})[ \t]+(.+?)[ \t#]*$`: spaces or tabs, and a closing run of spaces, tabs and `#` in any order. */
export const OBSIDIAN_HEADING: AtxRule = {
	isGap: (char) => char === " " || char === "\t",
	closingStart: (line) => trailingRun(line, line.length, (char) => char === " " || char === "\t" || char === "#"),
};

/** `^(#{1,6})\s+(.+?)\s*#*$`: any white space, and a closing run of white space followed by `#`s. */
export const LOOSE_HEADING: AtxRule = {
	isGap: isWhiteSpace,
	closingStart: (line) => trailingRun(line, trailingRun(line, line.length, (char) => char === "#"), isWhiteSpace),
};

export function matchAtxHeading(line: string, rule: AtxRule): AtxHeadingMatch | null {
	let level = 0;
	while (level < line.length && line[level] === "#") level++;
	if (level < 1 || level > 6 || !rule.isGap(line[level] ?? "")) return null;
	let gap = level;
	while (gap < line.length && rule.isGap(line[gap] ?? "")) gap++;
	const closing = rule.closingStart(line);
	// The gap is greedy and gives characters back only when nothing is left for the text.
	for (let start = gap; start > level; start--) {
		const end = Math.max(closing, start + 1);
		if (end > line.length) continue;
		if (!hasLineTerminator(line, start, end)) return { level, raw: line.slice(start, end) };
		// A longer text would hold the same line terminator, which `.` never matches.
		if (end === closing) return null;
	}
	return null;
}

function trailingRun(line: string, end: number, belongs: (char: string) => boolean): number {
	let start = end;
	while (start > 0 && belongs(line[start - 1] ?? "")) start--;
	return start;
}

function isWhiteSpace(char: string): boolean {
	return char !== "" && /\s/.test(char);
}

/** The characters `.` does not match. */
function hasLineTerminator(line: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const char = line[i];
		if (char === "\n" || char === "\r" || char === "\u2028" || char === "\u2029") return true;
	}
	return false;
}
