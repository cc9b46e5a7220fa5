import { defaultSettings, SETTINGS_VERSION, type InterviewVaultSettings } from "./settings";

export interface LoadedSettings {
	settings: InterviewVaultSettings;
	/** What the user should be told: values that were dropped or a file that could not be used. */
	warnings: string[];
}

/**
 * Turns whatever `loadData()` returned into current settings, merged over a fresh copy of the
 * defaults. Version 0 is the unversioned layout, where folders were one comma-separated text
 * and the language could be any case; each step brings the data one version forward.
 */
export function migrateSettings(stored: unknown): LoadedSettings {
	const settings = defaultSettings();
	if (stored === null || stored === undefined) return { settings, warnings: [] };
	if (typeof stored !== "object" || Array.isArray(stored)) {
		return { settings, warnings: ["The saved settings were not readable; the defaults are in use."] };
	}
	const data = { ...(stored as Record<string, unknown>) };
	const warnings: string[] = [];
	const version = typeof data.settingsVersion === "number" ? data.settingsVersion : 0;
	if (version > SETTINGS_VERSION) {
		warnings.push(`The saved settings come from a newer version of Interview Vault (${version}); unknown values were ignored.`);
	}
	if (version < 1) migrateFrom0(data);
	applyKnownValues(settings, data, warnings);
	return { settings, warnings };
}

function migrateFrom0(data: Record<string, unknown>): void {
	if (typeof data.questionFolders === "string") data.questionFolders = splitList(data.questionFolders);
	if (typeof data.questionFolder === "string" && data.questionFolders === undefined) {
		data.questionFolders = splitList(data.questionFolder);
	}
	if (typeof data.language === "string") data.language = data.language.trim().toLowerCase();
}

function applyKnownValues(settings: InterviewVaultSettings, data: Record<string, unknown>, warnings: string[]): void {
	const folders = data.questionFolders;
	if (Array.isArray(folders) && folders.every((folder) => typeof folder === "string")) {
		settings.questionFolders = folders.map((folder: string) => folder.trim()).filter((folder) => folder !== "");
	} else if (folders !== undefined) warnings.push("Question folders were not a list and were reset.");
	for (const key of ["recognizeByDifficultyProperty", "recognizeByFileName"] as const) {
		if (typeof data[key] === "boolean") settings[key] = data[key];
		else if (data[key] !== undefined) warnings.push(`The setting ${key} was not on/off and was reset.`);
	}
	if (data.language === "en" || data.language === "ru") settings.language = data.language;
	else if (data.language !== undefined) warnings.push("The language was neither EN nor RU and was reset to EN.");
	if (typeof data.propertyPrefix === "string" && isValidPrefix(data.propertyPrefix)) settings.propertyPrefix = data.propertyPrefix;
	else if (data.propertyPrefix !== undefined) warnings.push("The property prefix was not usable and was reset to quiz_.");
}

/** A prefix must make property names YAML can hold without quoting. */
export function isValidPrefix(prefix: string): boolean {
	return /^[A-Za-z_][\w-]*$/.test(prefix);
}

function splitList(text: string): string[] {
	return text
		.split(",")
		.map((item) => item.trim())
		.filter((item) => item !== "");
}
