import { Setting } from "obsidian";
import type { InterviewVaultSettings } from "../../settings/settings";

type TextKey = "importFolder" | "checklistPath" | "newQuestionFolder" | "newQuestionTemplate" | "mockReportFolder";

/** The settings tab's "Documents" group: imports, the topic checklist, mock interviews. */
export function addDocumentSettings(containerEl: HTMLElement, settings: InterviewVaultSettings, save: () => Promise<void>): void {
	new Setting(containerEl).setName("Documents and mock interviews").setHeading();
	const text = (key: TextKey, name: string, description: string, optional: boolean) =>
		new Setting(containerEl).setName(name).setDesc(description).addText((input) =>
			input.setValue(settings[key]).onChange(async (value) => {
				const path = value.trim().replace(/^\/+|\/+$/g, "");
				if ((!optional && path === "") || path.split("/").some((part) => part === ".." || part.startsWith("."))) return;
				settings[key] = path;
				await save();
			}),
		);
	text("importFolder", "Import folder", "An imported guide's notes go into a folder of its name here (the preview can change it).", false);
	text("checklistPath", "Topic checklist", "The note the coverage view reads. \"Use this note as the topic checklist\" sets it.", true);
	text("newQuestionFolder", "Folder for new questions", "Where \"Create question\" in the coverage view puts a new note.", false);
	text("newQuestionTemplate", "Question template", "A note whose text new questions start from; {{title}}, {{topic}}, {{subtopic}} and {{date}} are filled in. Empty: a built-in one.", true);
	text("mockReportFolder", "Mock interview reports", "Where each mock interview's report note goes.", false);
}
