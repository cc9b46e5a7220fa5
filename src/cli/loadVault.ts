import { errorText } from "../core/errorText";
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { QuestionIndex } from "../core/index/QuestionIndex";
import { detachedAnalysis, retainedAnalysis } from "../core/index/retainedAnalysis";
import { analyzeNote, type NoteAnalysis } from "../core/parse/analyzeNote";
import type { DataviewPage } from "../core/dataview/pageData";
import { parseLog, type LogProblem, type ReviewEntry } from "../core/reviewLog/reviewLog";
import { TEMPLATE_CONFIG_FILES, templateFoldersFrom } from "../core/question/templateFolders";
import { migrateSettings } from "../settings/migrateSettings";
import { defaultSettings, toRecognitionOptions, type InterviewVaultSettings } from "../settings/settings";
import type { Problem } from "../core/note/Problem";
import type { RecognitionOptions } from "../core/question/recognition";
import { UsageError } from "./args";
import { progressLine } from "./progress";
import type { Output } from "./output";
import { isRealFolder, listMarkdownFiles, readNote } from "./readVault";

export interface LoadedVault {
	root: string;
	index: QuestionIndex;
	/** Notes and folders that could not be read (permissions): problems that `check` lists. */
	unreadable: Problem[];
	/** The rules the notes were read with: settings, command-line exclusions, template folders. */
	options: RecognitionOptions;
	/** The plugin's settings saved in this vault (its data.json), or the defaults. */
	settings: InterviewVaultSettings;
}

/** Folders and tags the command line excludes, on top of the vault's saved settings. */
export interface Exclusions {
	folders: readonly string[];
	tags: readonly string[];
}

/**
 * What the index keeps of each note's body. By default nothing (the commands read the text again
 * where they need it: a quiz card, the search); `dataview` keeps what Dataview queries read
 * (inline fields, tags, links, lists and tasks), read once while the text is in hand.
 */
export interface LoadOptions {
	dataview?: boolean;
}

/** What every command gets besides its own words: the options that apply to all of them. */
export interface CommandContext {
	exclusions: Exclusions;
}

const SHARED_OPTIONS = { "--exclude-folder": "folders", "--exclude-tag": "tags" } as const;

/** Takes the repeatable options every command accepts (`--exclude-folder F`, `--exclude-tag T`) out of the words. */
export function splitSharedOptions(argv: readonly string[]): { rest: string[]; context: CommandContext } {
	const rest: string[] = [];
	const exclusions = { folders: [] as string[], tags: [] as string[] };
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i] ?? "";
		const [name, inline] = word.includes("=") ? [word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1)] : [word, undefined];
		const field = Object.prototype.hasOwnProperty.call(SHARED_OPTIONS, name) ? SHARED_OPTIONS[name as keyof typeof SHARED_OPTIONS] : undefined;
		if (field === undefined) {
			rest.push(word);
			continue;
		}
		const value = inline ?? argv[++i];
		if (value === undefined || value.startsWith("--") || value.trim() === "") throw new UsageError(`${name} needs a value`);
		exclusions[field].push(value.trim().replace(/^#/, ""));
	}
	return { rest, context: { exclusions } };
}

/**
 * Reads a vault folder as the plugin would: with its saved settings, leaving the review log out
 * of the notes. A note or folder that cannot be read is a problem of its own, never the end of
 * the command; given `out`, the command says on stderr how many it could not read.
 */
export function loadVault(vaultArgument: string | undefined, exclusions: Exclusions = { folders: [], tags: [] }, out?: Output, load: LoadOptions = {}): LoadedVault {
	if (vaultArgument === undefined) throw new UsageError("name the vault folder");
	const root = resolve(vaultArgument);
	if (!isRealFolder(root)) throw new UsageError(`no vault folder at ${vaultArgument}`);
	const settings = savedSettings(root);
	const options = toRecognitionOptions(withExclusions(settings, exclusions), vaultTemplateFolders(root));
	const logFolder = `${settings.reviewLogFolder}/`;
	const index = new QuestionIndex();
	const unreadable: Problem[] = [];
	const paths = listMarkdownFiles(root, (folder, error) => unreadable.push(unreadableProblem(folder, "folder", error)))
		.filter((path) => !path.startsWith(logFolder));
	const progress = progressLine("reading notes");
	index.upsertMany(paths.flatMap((path, i) => {
		progress.step(i + 1, paths.length);
		try {
			const note = readNote(root, path);
			return [withPage(analyzeNote(note, options), note, load)];
		} catch (error) {
			unreadable.push(unreadableProblem(path, "note", error));
			return [];
		}
	}));
	progress.finish();
	if (out && unreadable.length > 0) out.error(unreadableSummary(unreadable));
	return { root, index, settings, options, unreadable };
}

/** The page with its file's size, and its text only when Dataview's body data is wanted (the index reads it and lets it go). */
function withPage(analysis: NoteAnalysis, note: { size: number }, load: LoadOptions): NoteAnalysis {
	const { text, ...page } = analysis.page;
	const kept: DataviewPage = { ...page, ...(load.dataview === true && text !== undefined ? { text } : {}), size: note.size };
	analysis.page = kept;
	// Made fit for the index now, not at the upsert of all notes: the pieces cut from each text would keep every text alive until then.
	return detachedAnalysis(retainedAnalysis(analysis, "now"));
}

function unreadableProblem(path: string, what: "note" | "folder", error: unknown): Problem {
	const reason = (error as { code?: unknown }).code === "EACCES" ? "permission denied" : errorText(error);
	const left = what === "folder" ? "; the notes in it are left out" : "";
	return { path, severity: "error", code: "file-unreadable", message: `the ${what} could not be read (${reason})${left}` };
}

function unreadableSummary(problems: readonly Problem[]): string {
	const notes = problems.filter((problem) => problem.message.startsWith("the note")).length;
	const folders = problems.length - notes;
	const parts = [notes > 0 ? `${notes} note${notes === 1 ? "" : "s"}` : "", folders > 0 ? `${folders} folder${folders === 1 ? "" : "s"}` : ""].filter(Boolean);
	return `interview-vault: could not read ${parts.join(" and ")} (\`interview-vault check\` lists ${problems.length === 1 ? "it" : "them"}); the rest was read.`;
}

/** Every device's review log entries in the vault, and the lines that could not be read. */
export function readReviewLog(vault: LoadedVault): { entries: ReviewEntry[]; problems: LogProblem[] } {
	const folder = vault.settings.reviewLogFolder;
	// Unreadable folders were reported when the notes were read; here they only hold no log.
	const files = listMarkdownFiles(vault.root, () => undefined).filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes("/"));
	const entries: ReviewEntry[] = [];
	const problems: LogProblem[] = [];
	for (const path of files) {
		let text: string;
		try {
			text = readFileSync(join(vault.root, path), "utf8");
		} catch (error) {
			problems.push({ file: path, line: 1, message: `this review log could not be read (${errorText(error)}); its grades are left out` });
			continue;
		}
		const parsed = parseLog(text, path);
		entries.push(...parsed.entries);
		problems.push(...parsed.problems);
	}
	return { entries: entries.sort((a, b) => a.at.localeCompare(b.at)), problems };
}

function withExclusions(settings: InterviewVaultSettings, exclusions: Exclusions): InterviewVaultSettings {
	return {
		...settings,
		excludeFolders: [...settings.excludeFolders, ...exclusions.folders],
		excludeTags: [...settings.excludeTags, ...exclusions.tags],
	};
}

/** The template folders of the vault's core Templates plugin and of Templater. */
function vaultTemplateFolders(root: string): string[] {
	const read = (file: string): string | undefined => {
		const path = join(root, ".obsidian", file);
		try {
			return existsSync(path) ? readFileSync(path, "utf8") : undefined;
		} catch {
			return undefined;
		}
	};
	return templateFoldersFrom(read(TEMPLATE_CONFIG_FILES.templates), read(TEMPLATE_CONFIG_FILES.templater));
}

function savedSettings(root: string): InterviewVaultSettings {
	const file = join(root, ".obsidian", "plugins", "interview-vault", "data.json");
	if (!existsSync(file)) return defaultSettings();
	try {
		return migrateSettings(JSON.parse(readFileSync(file, "utf8"))).settings;
	} catch {
		return defaultSettings();
	}
}

/**
 * The study guide's week lines: the plan's own setting, else the text of the note it names
 * (a path or a note name), found among the vault's own Markdown files only.
 */
export function studyGuideText(vault: LoadedVault): string {
	const { studyGuideWeeks, studyGuideNote } = vault.settings.scheduling;
	if (studyGuideWeeks.trim() !== "" || studyGuideNote === "") return studyGuideWeeks;
	const wanted = studyGuideNote.replace(/\.md$/i, "");
	const path = listMarkdownFiles(vault.root).find((candidate) => {
		const bare = candidate.replace(/\.md$/i, "");
		return bare === wanted || bare.split("/").pop() === wanted;
	});
	if (path === undefined) throw new UsageError(`the study guide note ${studyGuideNote} named in the settings is not in the vault`);
	return readNote(vault.root, path).text;
}
