/** Which notes are interview questions, and how to read them: the user's settings, as core sees them. */
export interface RecognitionOptions {
	/** A note with a `difficulty` property is a question. */
	byDifficultyProperty: boolean;
	/** A note named `q-*.md` is a question. */
	byFileName: boolean;
	/** Every note in these folders (and below) is a question. */
	questionFolders: string[];
	/** Which language's sections a bilingual note shows first. */
	language: "en" | "ru";
	/** Prefix of the plugin's own frontmatter properties. */
	propertyPrefix: string;
	/** Property holding the learning status; defaults to `<prefix>status`. */
	statusKey?: string;
}

export const DEFAULT_RECOGNITION: Readonly<RecognitionOptions> = {
	byDifficultyProperty: true,
	byFileName: true,
	questionFolders: [],
	language: "en",
	propertyPrefix: "quiz_",
};

export function isInFolder(path: string, folder: string): boolean {
	const normalized = folder.replace(/^\/+|\/+$/g, "");
	return normalized === "" || path.startsWith(`${normalized}/`);
}

export function looksLikeQuestion(
	path: string,
	basename: string,
	frontmatter: Readonly<Record<string, unknown>>,
	options: RecognitionOptions,
): boolean {
	if (options.byDifficultyProperty && frontmatter.difficulty !== undefined) return true;
	if (options.byFileName && /^q-/i.test(basename)) return true;
	return options.questionFolders.some((folder) => folder.trim() !== "" && isInFolder(path, folder));
}

export function looksLikeMoc(basename: string, frontmatter: Readonly<Record<string, unknown>>): boolean {
	const kind = frontmatter.kind;
	return (typeof kind === "string" && kind.trim().toLowerCase() === "moc") || /^moc-/i.test(basename);
}
