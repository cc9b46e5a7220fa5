import { Notice, type Plugin } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { buildVaultProfile } from "../../core/profile/vaultProfile";
import type { RecognitionOptions } from "../../core/question/recognition";
import { VaultProfileModal } from "./VaultProfileModal";
import { NOT_READY_NOTICE } from "../../core/index/readiness";

export interface ProfileDeps {
	index: QuestionIndex;
	options: () => RecognitionOptions;
	/** Adds a folder to "Exclude folders", saves and reads the vault again. */
	exclude: (folder: string) => Promise<void>;
}

/** "Show vault profile"; `firstRun` shows it once, after the first full read, when it has something to propose. */
export function registerProfile(plugin: Plugin, deps: ProfileDeps): { firstRun: (alreadyShown: boolean) => boolean } {
	const show = (): void => {
		if (!deps.index.isReady) {
			new Notice(NOT_READY_NOTICE);
			return;
		}
		open();
	};
	const open = (): void => {
		const profile = buildVaultProfile(deps.index.analyses(), deps.options());
		new VaultProfileModal(plugin.app, profile, { exclude: (folder) => void deps.exclude(folder) }).open();
	};
	plugin.addCommand({ id: "show-vault-profile", name: "Show vault profile", callback: show });
	return {
		firstRun: (alreadyShown) => {
			if (alreadyShown) return false;
			if (buildVaultProfile(deps.index.analyses(), deps.options()).proposals.length > 0) open();
			return true;
		},
	};
}
