/** The settings of the document features: imports, the topic checklist, mock interviews. */
export interface DocumentSettings {
	/** Imported notes go to `<importFolder>/<document name>` unless the preview says otherwise. */
	importFolder: string;
	/** The topic checklist the Coverage view reads; empty until the user picks one. */
	checklistPath: string;
	/** Where "Create a question" from the Coverage view puts the new note. */
	newQuestionFolder: string;
	/** A note whose text new questions start from (`{{title}}`, `{{topic}}`, `{{subtopic}}`, `{{date}}`); empty: the built-in one. */
	newQuestionTemplate: string;
	mockQuestionCount: number;
	mockSecondsPerQuestion: number;
	/** Show the strong and weak answers and the cue to the interviewer. */
	mockShowGuide: boolean;
	/** Count mock scores as quiz grades in the schedule; off keeps them apart. */
	mockCountInSchedule: boolean;
	mockReportFolder: string;
}

export const DOCUMENT_DEFAULTS: Readonly<DocumentSettings> = Object.freeze({
	importFolder: "Interview Vault/Imported",
	checklistPath: "",
	newQuestionFolder: "Interview Vault/New questions",
	newQuestionTemplate: "",
	mockQuestionCount: 5,
	mockSecondsPerQuestion: 300,
	mockShowGuide: true,
	mockCountInSchedule: false,
	mockReportFolder: "Interview Vault/Mock interviews",
});
