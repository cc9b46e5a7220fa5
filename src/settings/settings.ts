import type { RecognitionOptions } from "../core/question/recognition";

export interface InterviewVaultSettings {
	settingsVersion: number;
	/** Every note below these folders is a question (in addition to the rules below). */
	questionFolders: string[];
	recognizeByDifficultyProperty: boolean;
	recognizeByFileName: boolean;
	language: "en" | "ru";
	/** Prefix of the properties the plugin writes (`quiz_status`, `quiz_due`, …). */
	propertyPrefix: string;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<InterviewVaultSettings> = Object.freeze({
	settingsVersion: SETTINGS_VERSION,
	questionFolders: [],
	recognizeByDifficultyProperty: true,
	recognizeByFileName: true,
	language: "en",
	propertyPrefix: "quiz_",
});

export function defaultSettings(): InterviewVaultSettings {
	return { ...DEFAULT_SETTINGS, questionFolders: [...DEFAULT_SETTINGS.questionFolders] };
}

export function toRecognitionOptions(settings: InterviewVaultSettings): RecognitionOptions {
	return {
		byDifficultyProperty: settings.recognizeByDifficultyProperty,
		byFileName: settings.recognizeByFileName,
		questionFolders: settings.questionFolders,
		language: settings.language,
		propertyPrefix: settings.propertyPrefix,
	};
}
