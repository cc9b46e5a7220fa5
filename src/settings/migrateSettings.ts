import { isDay } from "../core/schedule/days";
import { readSchedulingSettings } from "./schedulingSettings";
import { defaultSettings, SETTINGS_VERSION, type InterviewVaultSettings } from "./settings";

export interface LoadedSettings {
	settings: InterviewVaultSettings;
	/** What the user should be told: values that were dropped or a file that could not be used. */
	warnings: string[];
	/** The stored layout's version, when it was older than the current one and was brought forward. */
	migratedFrom?: number;
}

type Reader<T> = (value: unknown) => T | undefined;
/** The flat settings; the scheduling group is read by readSchedulingSettings. */
type FlatKey = Exclude<keyof InterviewVaultSettings, "scheduling">;
type Readers = { [K in FlatKey]?: Reader<InterviewVaultSettings[K]> };

const boolean: Reader<boolean> = (value) => (typeof value === "boolean" ? value : undefined);
const stringList: Reader<string[]> = (value) =>
	Array.isArray(value) && value.every((item) => typeof item === "string")
		? value.map((item: string) => item.trim()).filter((item) => item !== "")
		: undefined;
const numberIn = (min: number, max: number, integer: boolean): Reader<number> => (value) =>
	typeof value === "number" && value >= min && value <= max && (!integer || Number.isInteger(value)) ? value : undefined;
const oneOf = <T extends string>(...options: T[]): Reader<T> => (value) => options.find((option) => option === value);
const propertyName: Reader<string> = (value) => (typeof value === "string" && isValidPrefix(value) ? value : undefined);
const optionalPropertyName: Reader<string> = (value) => (value === "" ? "" : propertyName(value));
const folder: Reader<string> = (value) => {
	// Cleaned first, so "/" alone is no folder rather than the vault's root.
	const cleaned = typeof value === "string" ? value.trim().replace(/^\/+|\/+$/g, "") : "";
	return cleaned !== "" && !cleaned.split("/").some((part) => part === ".." || part.startsWith(".")) ? cleaned : undefined;
};

const optionalNotePath: Reader<string> = (value) => (value === "" ? "" : folder(value));

/** How each stored value is checked; a value that fails is reset to its default, with a warning. */
const READERS: Readers = {
	questionFolders: stringList,
	recognizeByDifficultyProperty: boolean,
	recognizeByFileName: boolean,
	language: oneOf("en", "ru"),
	propertyPrefix: propertyName,
	statusKey: optionalPropertyName,
	quizSize: numberIn(1, 500, true),
	quizOrder: oneOf("due-first", "moc-order", "shuffled"),
	newPerDay: numberIn(0, 10_000, true),
	hireThreshold: numberIn(1, 5, false),
	criticalSubtopics: stringList,
	reviewLogFolder: folder,
	interviewDate: (value) => (value === "" || (typeof value === "string" && isDay(value)) ? value : undefined),
	excludeFolders: stringList,
	excludeTags: stringList,
	profileShown: boolean,
	// The document features (imports, checklist, mock interviews).
	importFolder: folder,
	checklistPath: optionalNotePath,
	newQuestionFolder: folder,
	newQuestionTemplate: optionalNotePath,
	mockQuestionCount: numberIn(1, 100, true),
	mockSecondsPerQuestion: numberIn(10, 7200, true),
	mockShowGuide: boolean,
	mockCountInSchedule: boolean,
	mockReportFolder: folder,
};

/**
 * One value checked as a stored one would be: the value to keep, or undefined when it is unusable.
 * The settings tab checks what is typed with this, so a field and data.json accept the same values.
 */
export function readSetting<K extends FlatKey>(key: K, value: unknown): InterviewVaultSettings[K] | undefined {
	const reader = READERS[key];
	return reader ? reader(value) : undefined;
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
	const migratedFrom = version < SETTINGS_VERSION ? version : undefined;
	for (const key of Object.keys(READERS) as (keyof Readers)[]) {
		if (data[key] === undefined) continue;
		const value = READERS[key]?.(data[key]);
		if (value === undefined) warnings.push(`The setting "${key}" held an unusable value and was reset to its default.`);
		else (settings as unknown as Record<string, unknown>)[key] = value;
	}
	// Version 1 had no scheduling group: reading `undefined` gives its defaults, so 1 → 2 needs no step.
	settings.scheduling = readSchedulingSettings(data.scheduling, warnings);
	return { settings, warnings, ...(migratedFrom === undefined ? {} : { migratedFrom }) };
}

function migrateFrom0(data: Record<string, unknown>): void {
	if (typeof data.questionFolders === "string") data.questionFolders = splitList(data.questionFolders);
	if (typeof data.questionFolder === "string" && data.questionFolders === undefined) {
		data.questionFolders = splitList(data.questionFolder);
	}
	if (typeof data.language === "string") data.language = data.language.trim().toLowerCase();
}

/** A prefix or property name must make keys YAML can hold without quoting. */
export function isValidPrefix(prefix: string): boolean {
	return /^[A-Za-z_][\w-]*$/.test(prefix);
}

function splitList(text: string): string[] {
	return text
		.split(",")
		.map((item) => item.trim())
		.filter((item) => item !== "");
}
