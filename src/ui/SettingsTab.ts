import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { isValidPrefix } from "../settings/migrateSettings";
import type { InterviewVaultSettings } from "../settings/settings";

/** What the tab needs from the plugin: the settings and a way to save them. */
export interface SettingsHost {
	settings: InterviewVaultSettings;
	saveSettings(options: { reindex: boolean }): Promise<void>;
}

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
	}

	private addRecognitionSettings(): void {
		const { settings } = this.host;
		new Setting(this.containerEl).setName("Questions").setHeading();
		new Setting(this.containerEl)
			.setName("Question folders")
			.setDesc("Every note in these folders is a question. Separate folders with commas; leave empty to use only the rules below.")
			.addText((text) =>
				text
					.setPlaceholder("Folder, another/folder")
					.setValue(settings.questionFolders.join(", "))
					.onChange(async (value) => {
						settings.questionFolders = value.split(",").map((folder) => folder.trim()).filter((folder) => folder !== "");
						await this.host.saveSettings({ reindex: true });
					}),
			);
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
