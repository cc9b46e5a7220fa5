import { isSelfGrade, type SelfGrade } from "../schedule/grades";

/** One grade, as the per-device review log keeps it. */
export interface ReviewEntry {
	/** Unique per entry, so undo can remove exactly this one. */
	id: string;
	/** ISO instant of the grade. */
	at: string;
	/** The learner's calendar day of the grade, for streaks and heatmaps. */
	day: string;
	path: string;
	grade: SelfGrade;
	secondsToReveal?: number;
	device: string;
	/** A same-session attempt after a 1–2: the note was not written again (the optimizer and retention skip it). */
	relearning?: true;
	/**
	 * The note did not take this grade: its frontmatter could not be read when it was given. The
	 * next write to the note, once repaired, builds on it (see replayUnsaved).
	 */
	unsaved?: true;
}

export interface LogProblem {
	file: string;
	line: number;
	message: string;
}

/**
 * The log is a markdown file per device (markdown, so Obsidian Sync carries it with its default
 * settings): a comment line, then one JSON object per line. Each device only ever appends to its
 * own file, so two devices never overwrite each other's entries.
 */
export function logHeader(device: string): string {
	return `%% Interview Vault review log of device ${device}. One line per grade, appended by the plugin; please do not edit. %%\n`;
}

export function formatEntry(entry: ReviewEntry): string {
	return `${JSON.stringify(entry)}\n`;
}

/**
 * The log's text with one more entry. An interrupted write or a sync conflict can leave the last
 * line without its newline: the entry then starts on a line of its own, and the partial line
 * stays as it was (reported by parseLog) instead of swallowing the grade.
 */
export function appendEntry(text: string, entry: ReviewEntry): string {
	const separator = text === "" || text.endsWith("\n") ? "" : "\n";
	return `${text}${separator}${formatEntry(entry)}`;
}

export function parseLog(text: string, file: string): { entries: ReviewEntry[]; problems: LogProblem[] } {
	const entries: ReviewEntry[] = [];
	const problems: LogProblem[] = [];
	text.split("\n").forEach((raw, index) => {
		const line = raw.trim();
		if (line === "" || line.startsWith("%%")) return;
		const entry = parseEntry(line);
		if (entry) entries.push(entry);
		else problems.push({ file, line: index + 1, message: "not a review log entry; skipped" });
	});
	return { entries, problems };
}

/** Removes one entry (undo) and nothing else. */
export function removeEntry(text: string, id: string): string {
	return text
		.split("\n")
		.filter((line) => parseEntry(line.trim())?.id !== id)
		.join("\n");
}

function parseEntry(line: string): ReviewEntry | undefined {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return undefined;
	}
	if (typeof value !== "object" || value === null) return undefined;
	const entry = value as Partial<ReviewEntry>;
	const valid =
		typeof entry.id === "string" &&
		typeof entry.at === "string" &&
		typeof entry.day === "string" &&
		/^\d{4}-\d{2}-\d{2}$/.test(entry.day) &&
		typeof entry.path === "string" &&
		isSelfGrade(entry.grade) &&
		typeof entry.device === "string";
	return valid ? (entry as ReviewEntry) : undefined;
}
