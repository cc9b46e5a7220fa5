import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { readSetting } from "../settings/migrateSettings";
import type { SchedulingSettings } from "../settings/schedulingSettings";
import type { InterviewVaultSettings } from "../settings/settings";
import { addDocumentSettings } from "./documents/documentSettingsTab";

/** What the tab needs from the plugin: the settings and a way to save them. */
export interface SettingsHost {
	settings: InterviewVaultSettings;
	saveSettings(options: { reindex: boolean }): Promise<void>;
}

type NumberKey = { [K in keyof SchedulingSettings]: SchedulingSettings[K] extends number ? K : never }[keyof SchedulingSettings];

type TextKey = "questionFolders" | "excludeFolders" | "excludeTags" | "propertyPrefix" | "statusKey" | "newPerDay" | "hireThreshold" | "criticalSubtopics" | "interviewDate" | "reviewLogFolder";

/** How a text field shows a setting and turns what is typed back into a value to check. */
interface TextField<K extends TextKey> {
	key: K;
	name: string;
	description: string;
	show: (value: InterviewVaultSettings[K]) => string;
	read: (typed: string) => unknown;
	/** Whether a change alters how notes are read, so the vault is read again. */
	reindex: boolean;
	placeholder?: string;
	numeric?: boolean;
}

const commaList = (typed: string): string[] => typed.split(",").map((item) => item.trim()).filter((item) => item !== "");
const joined = (values: readonly string[]): string => values.join(", ");

export class InterviewVaultSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	override display(): void {
		this.containerEl.empty();
		this.addRecognitionSettings();
		this.addLanguageSetting();
		this.addPrefixSetting();
		this.addQuizSettings();
		addDocumentSettings(this.containerEl, this.host.settings, () => this.host.saveSettings({ reindex: false }));
		this.addSchedulingSettings();
	}

	/** The scheduling group: FSRS, the daily load, same-day relearning and the plan to the interview. */
	private addSchedulingSettings(): void {
		const scheduling = this.host.settings.scheduling;
		new Setting(this.containerEl).setName("Scheduling and plan").setHeading();
		this.addSchedulingNumber("Desired retention", "The chance of recalling a question that FSRS schedules each review for, from 0.7 to 0.99. Higher means more reviews.", "desiredRetention", 0.7, 0.99, false);
		this.addSchedulingNumber("Maximum interval", "No review is scheduled more than this many days away.", "maximumInterval", 1, 36_500, true);
		this.addSchedulingNumber("Reviews per day", "At most this many reviews of learned questions a day; the rest wait for the next days, oldest due first. 0 means no limit.", "reviewsPerDay", 0, 100_000, true);
		new Setting(this.containerEl)
			.setName("Spread reviews over days")
			.setDesc("Move each due date, within the small range FSRS allows, to the day with the fewest reviews.")
			.addToggle((toggle) => toggle.setValue(scheduling.loadBalance).onChange(async (value) => {
				scheduling.loadBalance = value;
				await this.host.saveSettings({ reindex: false });
			}));
		this.addSchedulingNumber("Relearn after", "A question graded 1 or 2 comes back in the same session after this many other cards.", "relearnAfter", 0, 100, true);
		this.addSchedulingNumber("Review-only days", "The last days before the interview bring nothing new: review only.", "reviewOnlyDays", 0, 60, true);
		this.addSchedulingNumber("Target recall", "The expected recall on the interview day the plan aims at, from 0.5 to 0.99.", "targetRecall", 0.5, 0.99, false);
		new Setting(this.containerEl)
			.setName("Study guide weeks")
			.setDesc("Optional: one line a week naming topics, subtopics or study paths, such as week 1: caching + rate limiting. The plan introduces each week's questions in that week.")
			.addTextArea((text) => text.setPlaceholder("Week 1: …\nWeek 2: …").setValue(scheduling.studyGuideWeeks).onChange(async (value) => {
				scheduling.studyGuideWeeks = value;
				await this.host.saveSettings({ reindex: false });
			}));
		new Setting(this.containerEl)
			.setName("Study guide note")
			.setDesc("Or a note laid out like a study guide, one line a week, used when the weeks above are empty.")
			.addText((text) => text.setPlaceholder("Guides/backend study guide").setValue(scheduling.studyGuideNote).onChange(async (value) => {
				scheduling.studyGuideNote = value.trim();
				await this.host.saveSettings({ reindex: false });
			}));
		const personal = scheduling.fsrsParameters.length > 0;
		new Setting(this.containerEl)
			.setName("FSRS parameters")
			.setDesc(personal
				? `Personal parameters are in use (${scheduling.fsrsParameters.length} numbers, from interview-vault optimize).`
				: "FSRS's defaults are in use. Run interview-vault optimize <vault> --write on a computer to fit them to your review log.")
			.addButton((button) => button.setButtonText("Use the defaults").setDisabled(!personal).onClick(async () => {
				scheduling.fsrsParameters = [];
				await this.host.saveSettings({ reindex: false });
				this.display();
			}));
	}

	private addSchedulingNumber(name: string, description: string, key: NumberKey, min: number, max: number, integer: boolean): void {
		const scheduling = this.host.settings.scheduling;
		new Setting(this.containerEl).setName(name).setDesc(description).addText((text) => {
			text.inputEl.type = "number";
			text.setValue(String(scheduling[key])).onChange(async (value) => {
				const number = Number(value);
				if (!Number.isFinite(number) || number < min || number > max || (integer && !Number.isInteger(number))) return;
				scheduling[key] = number;
				await this.host.saveSettings({ reindex: false });
			});
		});
	}

	private addQuizSettings(): void {
		const { settings } = this.host;
		new Setting(this.containerEl).setName("Quiz").setHeading();
		const number = (typed: string) => (typed.trim() === "" ? Number.NaN : Number(typed));
		this.addText({ key: "newPerDay", name: "New questions per day", description: "At most this many questions you have never graded come up each day.", show: String, read: number, reindex: false, numeric: true });
		this.addText({ key: "hireThreshold", name: "Hire threshold", description: "The average grade (1–5) that counts as ready; 3.5 in the rubric.", show: String, read: number, reindex: false, numeric: true });
		this.addText({ key: "criticalSubtopics", name: "Role-critical subtopics", description: "Held to 4.0 instead of the hire threshold. Separate with commas.", show: joined, read: (typed) => commaList(typed.toLowerCase()), reindex: false });
		this.addText({
			key: "statusKey",
			name: "Status property",
			description: "Where the learning status goes. Empty: the prefix plus status. A value already there that is not new, learning, review or mastered is never overwritten.",
			show: String,
			read: (typed) => typed,
			reindex: true,
			placeholder: `${settings.propertyPrefix}status`,
		});
		this.addText({
			key: "interviewDate",
			name: "Interview date",
			description: "The day of your interview, written like 2027-01-15: the dashboard shows your expected recall on that day. A MOC's interview_date property wins for its questions.",
			show: String,
			read: (typed) => typed.trim(),
			reindex: false,
			placeholder: "2027-01-15",
		});
		this.addText({ key: "reviewLogFolder", name: "Review log folder", description: "Each device appends its grades to its own file here, so sync never loses one.", show: String, read: (typed) => typed, reindex: true });
	}

	/**
	 * A text field whose typed value is checked by the same reader as the stored settings; an
	 * unusable value is marked and not saved, so the last good one stays in force.
	 */
	private addText<K extends TextKey>(field: TextField<K>): void {
		const setting = new Setting(this.containerEl).setName(field.name).setDesc(field.description);
		setting.addText((text) => {
			if (field.numeric) text.inputEl.type = "number";
			if (field.placeholder !== undefined) text.setPlaceholder(field.placeholder);
			text.setValue(field.show(this.host.settings[field.key])).onChange(async (typed) => {
				const value = readSetting(field.key, field.read(typed));
				setting.descEl.toggleClass("mod-warning", value === undefined);
				if (value === undefined) return;
				this.host.settings[field.key] = value;
				await this.host.saveSettings({ reindex: field.reindex });
			});
		});
	}

	private addRecognitionSettings(): void {
		new Setting(this.containerEl).setName("Questions").setHeading();
		this.addText({ key: "questionFolders", name: "Question folders", description: "Every note in these folders is a question. Separate folders with commas; leave empty to use only the rules below.", show: joined, read: commaList, reindex: true, placeholder: "Folder, another/folder" });
		this.addText({ key: "excludeFolders", name: "Exclude folders", description: "Notes in these folders are never questions or MOCs, whatever their properties (concept notes, archives). Templates folders are excluded already.", show: joined, read: commaList, reindex: true, placeholder: "10-Concepts, Archive" });
		this.addText({ key: "excludeTags", name: "Exclude notes tagged", description: "Notes with one of these tags (or a tag nested under it) are never questions or MOCs.", show: joined, read: (typed) => commaList(typed).map((tag) => tag.replace(/^#/, "")), reindex: true, placeholder: "concept, draft" });
		this.addToggle("Notes with a difficulty property", "A note with a `difficulty` property is a question.", "recognizeByDifficultyProperty");
		this.addToggle("Notes named q-*", "A note whose file name starts with `q-` is a question.", "recognizeByFileName");
	}

	private addToggle(name: string, description: string, key: "recognizeByDifficultyProperty" | "recognizeByFileName"): void {
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(description)
			.addToggle((toggle) =>
				toggle.setValue(this.host.settings[key]).onChange(async (value) => {
					this.host.settings[key] = value;
					await this.host.saveSettings({ reindex: true });
				}),
			);
	}

	private addLanguageSetting(): void {
		new Setting(this.containerEl)
			.setName("Language")
			.setDesc("Which sections of a bilingual note to show first; the other language is the fallback.")
			.addDropdown((dropdown) =>
				dropdown
					.addOption("en", "English (EN)")
					.addOption("ru", "Russian (RU)")
					.setValue(this.host.settings.language)
					.onChange(async (value) => {
						this.host.settings.language = value === "ru" ? "ru" : "en";
						await this.host.saveSettings({ reindex: true });
					}),
			);
	}

	private addPrefixSetting(): void {
		this.addText({
			key: "propertyPrefix",
			name: "Property prefix",
			description: "The plugin writes its learning state only into properties with this prefix, such as quiz_status and quiz_due.",
			show: String,
			read: (typed) => typed,
			reindex: true,
		});
	}
}
