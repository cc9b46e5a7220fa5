import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { isDay } from "../core/schedule/days";
import { isValidPrefix } from "../settings/migrateSettings";
import type { SchedulingSettings } from "../settings/schedulingSettings";
import type { InterviewVaultSettings } from "../settings/settings";

/** What the tab needs from the plugin: the settings and a way to save them. */
export interface SettingsHost {
	settings: InterviewVaultSettings;
	saveSettings(options: { reindex: boolean }): Promise<void>;
}

type NumberKey = { [K in keyof SchedulingSettings]: SchedulingSettings[K] extends number ? K : never }[keyof SchedulingSettings];

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
		this.addNumber("New questions per day", "At most this many questions you have never graded come up each day.", settings.newPerDay, 0, (value) => (settings.newPerDay = value));
		this.addNumber("Hire threshold", "The average grade (1–5) that counts as ready; 3.5 in the rubric.", settings.hireThreshold, 1, (value) => (settings.hireThreshold = Math.min(5, value)), false);
		new Setting(this.containerEl)
			.setName("Role-critical subtopics")
			.setDesc("Held to 4.0 instead of the hire threshold. Separate with commas.")
			.addText((text) =>
				text.setValue(settings.criticalSubtopics.join(", ")).onChange(async (value) => {
					settings.criticalSubtopics = value.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
					await this.host.saveSettings({ reindex: false });
				}),
			);
		new Setting(this.containerEl)
			.setName("Status property")
			.setDesc("Where the learning status goes. Empty: the prefix plus status. A value already there that is not new, learning, review or mastered is never overwritten.")
			.addText((text) =>
				text.setPlaceholder(`${settings.propertyPrefix}status`).setValue(settings.statusKey).onChange(async (value) => {
					if (value !== "" && !isValidPrefix(value)) return;
					settings.statusKey = value;
					await this.host.saveSettings({ reindex: true });
				}),
			);
		new Setting(this.containerEl)
			.setName("Interview date")
			.setDesc("The day of your interview, written like 2027-01-15: the dashboard shows your expected recall on that day. A MOC's interview_date property wins for its questions.")
			.addText((text) =>
				text.setPlaceholder("2027-01-15").setValue(settings.interviewDate).onChange(async (value) => {
					const day = value.trim();
					if (day !== "" && !isDay(day)) return;
					settings.interviewDate = day;
					await this.host.saveSettings({ reindex: false });
				}),
			);
		new Setting(this.containerEl)
			.setName("Review log folder")
			.setDesc("Each device appends its grades to its own file here, so sync never loses one.")
			.addText((text) =>
				text.setValue(settings.reviewLogFolder).onChange(async (value) => {
					const folder = value.trim().replace(/^\/+|\/+$/g, "");
					if (folder === "" || folder.split("/").some((part) => part.startsWith("."))) return;
					settings.reviewLogFolder = folder;
					await this.host.saveSettings({ reindex: true });
				}),
			);
	}

	private addNumber(name: string, description: string, current: number, min: number, apply: (value: number) => void, integer = true): void {
		new Setting(this.containerEl).setName(name).setDesc(description).addText((text) => {
			text.inputEl.type = "number";
			text.setValue(String(current)).onChange(async (value) => {
				const number = Number(value);
				if (!Number.isFinite(number) || number < min || (integer && !Number.isInteger(number))) return;
				apply(number);
				await this.host.saveSettings({ reindex: false });
			});
		});
	}

	private addRecognitionSettings(): void {
		new Setting(this.containerEl).setName("Questions").setHeading();
		this.addList("Question folders", "Every note in these folders is a question. Separate folders with commas; leave empty to use only the rules below.", "questionFolders", "Folder, another/folder");
		this.addList("Exclude folders", "Notes in these folders are never questions or MOCs, whatever their properties (concept notes, archives). Templates folders are excluded already.", "excludeFolders", "10-Concepts, Archive");
		this.addList("Exclude notes tagged", "Notes with one of these tags (or a tag nested under it) are never questions or MOCs.", "excludeTags", "concept, draft");
		this.addToggle("Notes with a difficulty property", "A note with a `difficulty` property is a question.", "recognizeByDifficultyProperty");
		this.addToggle("Notes named q-*", "A note whose file name starts with `q-` is a question.", "recognizeByFileName");
	}

	/** A comma-separated list of folders or tags; every change re-reads the vault. */
	private addList(name: string, description: string, key: "questionFolders" | "excludeFolders" | "excludeTags", placeholder: string): void {
		const { settings } = this.host;
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(description)
			.addText((text) =>
				text
					.setPlaceholder(placeholder)
					.setValue(settings[key].join(", "))
					.onChange(async (value) => {
						settings[key] = value.split(",").map((item) => item.trim().replace(/^#/, "")).filter((item) => item !== "");
						await this.host.saveSettings({ reindex: true });
					}),
			);
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
		const setting = new Setting(this.containerEl)
			.setName("Property prefix")
			.setDesc("The plugin writes its learning state only into properties with this prefix, such as quiz_status and quiz_due.");
		setting.addText((text) =>
			text.setValue(this.host.settings.propertyPrefix).onChange(async (value) => {
				const valid = isValidPrefix(value);
				setting.descEl.toggleClass("mod-warning", !valid);
				if (!valid) return;
				this.host.settings.propertyPrefix = value;
				await this.host.saveSettings({ reindex: true });
			}),
		);
	}
}
