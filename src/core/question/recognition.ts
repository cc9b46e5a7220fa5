import { hasTag, readTags } from "./values";

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
	/** Notes below these folders are neither questions nor MOCs (the user's "Exclude folders"). */
	excludeFolders?: readonly string[];
	/** Notes with these tags (or tags nested below them) are neither questions nor MOCs. */
	excludeTags?: readonly string[];
	/** The folders of Obsidian's Templates plugin and of Templater, read from the vault's configuration. */
	templateFolders?: readonly string[];
}

export const DEFAULT_RECOGNITION: Readonly<RecognitionOptions> = {
	byDifficultyProperty: true,
	byFileName: true,
	questionFolders: [],
	language: "en",
	propertyPrefix: "quiz_",
};

/** Why a note that could be a question is not one: a template, or the user's exclusions. */
export type Exclusion = "template" | "excluded-folder" | "excluded-tag";

export function exclusionOf(
	path: string,
	frontmatter: Readonly<Record<string, unknown>>,
	options: RecognitionOptions,
): Exclusion | undefined {
	const inAny = (folders: readonly string[] | undefined) => (folders ?? []).some((folder) => folder.trim() !== "" && isInFolder(path, folder));
	if (inAny(options.templateFolders) || hasTemplatePlaceholder(frontmatter)) return "template";
	if (inAny(options.excludeFolders)) return "excluded-folder";
	const excluded = (options.excludeTags ?? []).map((tag) => tag.trim().replace(/^#/, "")).filter((tag) => tag !== "");
	if (excluded.length > 0) {
		const tags = readTags(frontmatter.tags ?? frontmatter.tag);
		if (excluded.some((tag) => hasTag(tags, tag))) return "excluded-tag";
	}
	return undefined;
}

/** Templater's `<% … %>` and the core Templates plugin's `{{title}}`, anywhere in the properties. */
const PLACEHOLDER = /<%[\s\S]*?%>|\{\{[^{}]*\}\}/;

function hasTemplatePlaceholder(value: unknown, depth = 0): boolean {
	if (typeof value === "string") return PLACEHOLDER.test(value);
	if (depth > 4 || value === null || typeof value !== "object") return false;
	const values: unknown[] = Array.isArray(value) ? value : [...Object.keys(value), ...Object.values(value as Record<string, unknown>)];
	return values.some((item) => hasTemplatePlaceholder(item, depth + 1));
}

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
