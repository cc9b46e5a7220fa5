import { Notice, Plugin } from "obsidian";
import { QuestionIndex } from "./core/index/QuestionIndex";
import { VaultIndexer } from "./obsidian/VaultIndexer";
import { migrateSettings } from "./settings/migrateSettings";
import { toRecognitionOptions, type InterviewVaultSettings } from "./settings/settings";
import { ProblemsModal } from "./ui/ProblemsModal";
import { InterviewVaultSettingTab } from "./ui/SettingsTab";

export default class InterviewVaultPlugin extends Plugin {
	settings!: InterviewVaultSettings;
	index!: QuestionIndex;
	private indexer!: VaultIndexer;

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.index = new QuestionIndex();
		this.indexer = this.addChild(new VaultIndexer(this.app, this.index, () => toRecognitionOptions(this.settings)));
		this.addSettingTab(new InterviewVaultSettingTab(this.app, this, this));
		this.addCommand({
			id: "show-index-problems",
			name: "Show index problems",
			callback: () => this.showProblems(),
		});
	}

	async saveSettings({ reindex }: { reindex: boolean }): Promise<void> {
		await this.saveData(this.settings);
		if (reindex && this.indexer.isReady) await this.indexer.rebuild();
	}

	private async loadSettings(): Promise<void> {
		const { settings, warnings } = migrateSettings(await this.loadData());
		this.settings = settings;
		for (const warning of warnings) new Notice(`Interview Vault: ${warning}`);
	}

	private showProblems(): void {
		if (!this.indexer.isReady) {
			new Notice("Interview Vault is still reading your notes; try again in a moment.");
			return;
		}
		new ProblemsModal(this.app, this.index.problems()).open();
	}
}
