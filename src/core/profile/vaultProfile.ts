import type { NoteAnalysis } from "../parse/analyzeNote";
import { pathParts } from "../note/NoteSnapshot";
import { isInFolder, type RecognitionOptions } from "../question/recognition";
import { readTags } from "../question/values";

/** What one top folder holds, as the index reads it: the first-run "vault profile". */
export interface FolderProfile {
	folder: string;
	notes: number;
	/** Questions by their `q-` name. */
	byName: number;
	/** Questions only because they carry a `difficulty` property. */
	byDifficulty: number;
	/** Questions only because they sit in a configured question folder. */
	byFolder: number;
	mocs: number;
	templates: number;
	/** Notes the user's "Exclude folders" / "Exclude notes tagged" keep out. */
	excluded: number;
	/** Notes whose frontmatter Obsidian cannot read. */
	unreadable: number;
}

/** A change the profile suggests; nothing changes until the user accepts it. */
export interface ExclusionProposal {
	folder: string;
	/** How many of the folder's notes would stop being questions. */
	questions: number;
	/** The tag most of them share, when one does (for "Exclude notes tagged" instead). */
	sharedTag?: string;
	reason: string;
}

export interface VaultProfile {
	folders: FolderProfile[];
	total: FolderProfile;
	proposals: ExclusionProposal[];
}

/** Share of a folder's difficulty-only questions that must share a tag for it to be named. */
const SHARED_TAG_SHARE = 0.8;

export function buildVaultProfile(analyses: Iterable<NoteAnalysis>, options: RecognitionOptions): VaultProfile {
	const rows = new Map<string, FolderProfile>();
	const total = emptyRow("(all)");
	const difficultyOnly = new Map<string, NoteAnalysis[]>();
	for (const analysis of analyses) {
		const folder = topFolder(analysis.path);
		const row = rows.get(folder) ?? emptyRow(folder);
		rows.set(folder, row);
		const how = howRecognised(analysis, options);
		for (const target of [row, total]) count(target, analysis, how);
		if (how === "difficulty") difficultyOnly.set(folder, [...(difficultyOnly.get(folder) ?? []), analysis]);
	}
	const folders = [...rows.values()].sort((a, b) => (a.folder < b.folder ? -1 : 1));
	return { folders, total, proposals: proposals(folders, difficultyOnly, total) };
}

type Recognised = "name" | "difficulty" | "folder" | undefined;

function howRecognised(analysis: NoteAnalysis, options: RecognitionOptions): Recognised {
	if (analysis.kind !== "question") return undefined;
	if (options.byFileName && /^q-/i.test(pathParts(analysis.path).basename)) return "name";
	if (options.byDifficultyProperty && analysis.page.frontmatter.difficulty !== undefined) return "difficulty";
	return options.questionFolders.some((folder) => isInFolder(analysis.path, folder)) ? "folder" : undefined;
}

function count(row: FolderProfile, analysis: NoteAnalysis, how: Recognised): void {
	row.notes++;
	if (how === "name") row.byName++;
	if (how === "difficulty") row.byDifficulty++;
	if (how === "folder") row.byFolder++;
	if (analysis.kind === "moc") row.mocs++;
	if (analysis.kind === "other" && analysis.exclusion === "template") row.templates++;
	if (analysis.kind === "other" && (analysis.exclusion === "excluded-folder" || analysis.exclusion === "excluded-tag")) row.excluded++;
	if (analysis.propertiesUnreadable !== undefined) row.unreadable++;
}

/**
 * Where a folder's notes are questions only by a `difficulty` property while the vault names its
 * questions `q-…`, they are most likely reference notes (concepts) that carry a difficulty: the
 * profile proposes excluding that folder.
 */
function proposals(folders: readonly FolderProfile[], difficultyOnly: Map<string, NoteAnalysis[]>, total: FolderProfile): ExclusionProposal[] {
	if (total.byName === 0) return [];
	return folders
		.filter((row) => row.byDifficulty > 0 && row.byName === 0 && row.folder !== "")
		.map((row) => {
			const notes = difficultyOnly.get(row.folder) ?? [];
			const sharedTag = commonTag(notes);
			const tagged = sharedTag === undefined ? "" : `, tagged \`${sharedTag}\``;
			return {
				folder: row.folder,
				questions: row.byDifficulty,
				...(sharedTag === undefined ? {} : { sharedTag }),
				reason: `${row.byDifficulty === 1 ? "1 note carries" : `${row.byDifficulty} notes carry`} a \`difficulty\` but ${row.byDifficulty === 1 ? "is" : "are"} not named like the vault's questions (q-…)${tagged}: likely reference notes, not questions.`,
			};
		});
}

function commonTag(notes: readonly NoteAnalysis[]): string | undefined {
	const counts = new Map<string, number>();
	for (const note of notes) for (const tag of new Set(readTags(note.page.frontmatter.tags))) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	const [tag, seen] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
	return tag !== undefined && seen >= notes.length * SHARED_TAG_SHARE ? tag : undefined;
}

function topFolder(path: string): string {
	const slash = path.indexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

function emptyRow(folder: string): FolderProfile {
	return { folder, notes: 0, byName: 0, byDifficulty: 0, byFolder: 0, mocs: 0, templates: 0, excluded: 0, unreadable: 0 };
}
