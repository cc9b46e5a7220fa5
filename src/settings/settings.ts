import type { RecognitionOptions } from "../core/question/recognition";
import type { QuizOrder } from "../core/quiz/selectQuestions";
import { DEFAULT_HIRE_THRESHOLD } from "../core/stats/readiness";
import { DOCUMENT_DEFAULTS, type DocumentSettings } from "./documentSettings";
import { defaultScheduling, DEFAULT_SCHEDULING, type SchedulingSettings } from "./schedulingSettings";

/** The document features' settings (imports, checklist, mock interviews) are their own group: see documentSettings.ts. */
export interface InterviewVaultSettings extends DocumentSettings {
	settingsVersion: number;
	/** Every note below these folders is a question (in addition to the rules below). */
	questionFolders: string[];
	recognizeByDifficultyProperty: boolean;
	recognizeByFileName: boolean;
	language: "en" | "ru";
	/** Prefix of the properties the plugin writes (`quiz_status`, `quiz_due`, …). */
	propertyPrefix: string;
	/** Property for the learning status; empty means `<prefix>status`. */
	statusKey: string;
	quizSize: number;
	quizOrder: QuizOrder;
	/** New questions introduced per day at most. */
	newPerDay: number;
	hireThreshold: number;
	/** Subtopics held to 4.0 instead of the hire threshold. */
	criticalSubtopics: string[];
	/** Where the per-device review logs live. */
	reviewLogFolder: string;
	/** The interview day (`YYYY-MM-DD`), or empty; a MOC's `interview_date` wins for its questions. */
	interviewDate: string;
	/** FSRS, daily load and the plan to the interview day: a group of its own. */
	scheduling: SchedulingSettings;
	/** Notes below these folders are neither questions nor MOCs (concept notes, archives). */
	excludeFolders: string[];
	/** Notes with these tags (nested tags count) are neither questions nor MOCs. */
	excludeTags: string[];
	/** The vault profile has been shown once (or dismissed): it is not offered again at start-up. */
	profileShown: boolean;
}

/** 2: the `scheduling` group (desired retention, limits, plan) was added. */
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Readonly<InterviewVaultSettings> = Object.freeze({
	settingsVersion: SETTINGS_VERSION,
	questionFolders: [],
	recognizeByDifficultyProperty: true,
	recognizeByFileName: true,
	language: "en",
	propertyPrefix: "quiz_",
	statusKey: "",
	quizSize: 10,
	quizOrder: "due-first",
	newPerDay: 10,
	hireThreshold: DEFAULT_HIRE_THRESHOLD,
	criticalSubtopics: [],
	reviewLogFolder: "Interview Vault/Review log",
	interviewDate: "",
	excludeFolders: [],
	excludeTags: [],
	profileShown: false,
	...DOCUMENT_DEFAULTS,
	scheduling: DEFAULT_SCHEDULING,
});

export function defaultSettings(): InterviewVaultSettings {
	return { ...DEFAULT_SETTINGS, questionFolders: [], criticalSubtopics: [], excludeFolders: [], excludeTags: [], scheduling: defaultScheduling() };
}

/** The recognition rules of these settings; the template folders come from the vault's own configuration. */
export function toRecognitionOptions(settings: InterviewVaultSettings, templateFolders: readonly string[] = []): RecognitionOptions {
	return {
		excludeFolders: settings.excludeFolders,
		excludeTags: settings.excludeTags,
		templateFolders,
		byDifficultyProperty: settings.recognizeByDifficultyProperty,
		byFileName: settings.recognizeByFileName,
		questionFolders: settings.questionFolders,
		language: settings.language,
		propertyPrefix: settings.propertyPrefix,
		statusKey: settings.statusKey === "" ? undefined : settings.statusKey,
	};
}
