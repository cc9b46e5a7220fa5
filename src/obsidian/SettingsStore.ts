import { normalizePath, type Plugin } from "obsidian";
import { migrateSettings } from "../settings/migrateSettings";
import type { InterviewVaultSettings } from "../settings/settings";
import { errorText } from "../core/errorText";

export interface LoadedPluginSettings {
	settings: InterviewVaultSettings;
	/** What to tell the user, when the stored settings could not be used as they were. */
	message?: string;
}

/**
 * data.json, read through Obsidian and migrated. When the file cannot be read, comes from another
 * version, or holds values that had to be reset, a dated copy is kept beside it before anything
 * replaces it, so nothing the user set is lost without a trace.
 */
export class SettingsStore {
	constructor(private readonly plugin: Plugin) {}

	async load(now: Date): Promise<LoadedPluginSettings> {
		let stored: unknown;
		let unreadable: string | undefined;
		try {
			stored = await this.plugin.loadData();
		} catch (error) {
			unreadable = errorText(error);
		}
		const { settings, warnings, migratedFrom } = migrateSettings(unreadable === undefined ? stored : null);
		const reasons = [
			...(unreadable === undefined ? [] : [`The saved settings could not be read (${unreadable}); the defaults are in use.`]),
			...(migratedFrom === undefined ? [] : [`Settings from an older version (${migratedFrom}) were brought up to date.`]),
			...warnings,
		];
		if (reasons.length === 0) return { settings };
		const copy = await this.keepCopy(now);
		await this.save(settings);
		return { settings, message: `Interview Vault: ${reasons.join(" ")}${copy ? ` A copy of the old file is in ${copy}.` : ""}` };
	}

	async save(settings: InterviewVaultSettings): Promise<void> {
		await this.plugin.saveData(settings);
	}

	private async keepCopy(now: Date): Promise<string | undefined> {
		const dir = this.plugin.manifest.dir;
		if (!dir) return undefined;
		const adapter = this.plugin.app.vault.adapter;
		const source = normalizePath(`${dir}/data.json`);
		if (!(await adapter.exists(source))) return undefined;
		const stamp = now.toISOString().replace(/[:.]/g, "-");
		const copy = normalizePath(`${dir}/data.backup-${stamp}.json`);
		await adapter.write(copy, await adapter.read(source));
		return copy;
	}
}
