import { TFile, type App } from "obsidian";
import type { SchedulingSettings } from "../settings/schedulingSettings";

/**
 * The study guide's "Week N: …" lines: the plan's own setting, else the text of the note it
 * names (a path or a link text, resolved as Obsidian resolves links). Empty when neither is set
 * or the note does not exist.
 */
export async function readStudyGuide(app: App, scheduling: SchedulingSettings): Promise<string> {
	if (scheduling.studyGuideWeeks.trim() !== "" || scheduling.studyGuideNote === "") return scheduling.studyGuideWeeks;
	const name = scheduling.studyGuideNote;
	const file = app.vault.getAbstractFileByPath(name) ?? app.metadataCache.getFirstLinkpathDest(name.replace(/\.md$/i, ""), "");
	return file instanceof TFile ? app.vault.cachedRead(file) : "";
}
