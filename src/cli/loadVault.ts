import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { QuestionIndex } from "../core/index/QuestionIndex";
import { analyzeNote } from "../core/parse/analyzeNote";
import { parseLog, type LogProblem, type ReviewEntry } from "../core/reviewLog/reviewLog";
import { migrateSettings } from "../settings/migrateSettings";
import { defaultSettings, toRecognitionOptions, type InterviewVaultSettings } from "../settings/settings";
import { UsageError } from "./args";
import { isRealFolder, listMarkdownFiles, readNote } from "./readVault";

export interface LoadedVault {
	root: string;
	index: QuestionIndex;
	/** The plugin's settings saved in this vault (its data.json), or the defaults. */
	settings: InterviewVaultSettings;
}

/** Reads a vault folder as the plugin would: with its saved settings, leaving the review log out of the notes. */
export function loadVault(vaultArgument: string | undefined): LoadedVault {
	if (vaultArgument === undefined) throw new UsageError("name the vault folder");
	const root = resolve(vaultArgument);
	if (!isRealFolder(root)) throw new UsageError(`no vault folder at ${vaultArgument}`);
	const settings = savedSettings(root);
	const options = toRecognitionOptions(settings);
	const logFolder = `${settings.reviewLogFolder}/`;
	const index = new QuestionIndex();
	const paths = listMarkdownFiles(root).filter((path) => !path.startsWith(logFolder));
	index.upsertMany(paths.map((path) => analyzeNote(readNote(root, path), options)));
	return { root, index, settings };
}

/** Every device's review log entries in the vault, and the lines that could not be read. */
export function readReviewLog(vault: LoadedVault): { entries: ReviewEntry[]; problems: LogProblem[] } {
	const folder = vault.settings.reviewLogFolder;
	const files = listMarkdownFiles(vault.root).filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes("/"));
	const entries: ReviewEntry[] = [];
	const problems: LogProblem[] = [];
	for (const path of files) {
		const parsed = parseLog(readFileSync(join(vault.root, path), "utf8"), path);
		entries.push(...parsed.entries);
		problems.push(...parsed.problems);
	}
	return { entries: entries.sort((a, b) => a.at.localeCompare(b.at)), problems };
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
