import { TFile, type App, type Component } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { entriesByPath, learningFromLog } from "../../core/reviewLog/replay";
import type { NoteChange, NoteWrites } from "../../core/write/NoteWrites";
import type { ReviewLogStore } from "../../obsidian/ReviewLogStore";
import type { InterviewVaultSettings } from "../../settings/settings";
import { QuizController } from "./QuizController";

/** What the quiz needs from its host that is not the vault: the interface's side of things. */
export interface QuizHost {
	app: App;
	index: QuestionIndex;
	/** The one note writer: a grade is its frontmatter write, undone through it too. */
	writes: NoteWrites;
	reviewLog: ReviewLogStore;
	/** The repair preview of one note's frontmatter; resolves when it is closed. */
	repairNote: (path: string) => Promise<void>;
	settings: () => InterviewVaultSettings;
	openNote: (path: string, split: boolean) => void;
	notify: (message: string) => void;
}

/** The quiz controller, wired to the vault: its notes, the note writer and the review log. */
export function createQuizController(host: QuizHost): QuizController {
	const { vault } = host.app;
	const { writes } = host;
	return new QuizController({
		index: host.index,
		settings: host.settings,
		readNote: async (path) => {
			const file = vault.getAbstractFileByPath(path);
			return file instanceof TFile ? vault.cachedRead(file) : undefined;
		},
		writeProperties: async (path, makePatch) => {
			const change = await writes.patchFrontmatter(path, makePatch);
			return () => undoGrade(writes, change);
		},
		appendLog: (entry) => host.reviewLog.append(entry),
		removeLog: (id) => host.reviewLog.remove(id),
		loggedGrades: async (path) => (await host.reviewLog.readAll()).entries.filter((entry) => entry.path === path),
		repairNote: host.repairNote,
		deviceName: host.reviewLog.device,
		openNote: host.openNote,
		notify: host.notify,
		now: () => Date.now(),
		random: Math.random,
	});
}

/** A grade's write taken back; a note that moved on since (another device's grade) stays, and the error says why. */
async function undoGrade(writes: NoteWrites, change: NoteChange): Promise<void> {
	const { outcome, reason } = await writes.undo(change);
	if (outcome === "missing") throw new Error(`${change.path} no longer exists`);
	if (outcome === "changed") throw new Error(reason ?? "the note changed since the grade; it was left as it is");
}

/**
 * A renamed note keeps its place in a running session; a deleted one is skipped; a card whose
 * note broke or was repaired is drawn again, so its marker and its repair key say what holds now.
 */
export function followVaultInQuiz(owner: Component, app: App, index: QuestionIndex, quiz: QuizController): void {
	owner.registerEvent(app.vault.on("rename", (file, oldPath) => quiz.renamed(oldPath, file.path)));
	owner.register(index.subscribe(() => {
		const shown = quiz.card?.question;
		if (shown === undefined) return;
		const current = index.question(shown.path);
		if (!current || current.propertiesUnreadable !== shown.propertiesUnreadable) quiz.vanished(shown.path);
	}));
}

/**
 * At start-up and after each full read: a question whose frontmatter cannot be read is
 * scheduled by its grades in the review log, since its note holds none.
 */
export async function restoreLoggedLearning(index: QuestionIndex, reviewLog: ReviewLogStore): Promise<void> {
	const unreadable = new Set(index.questions().filter((q) => q.propertiesUnreadable !== undefined).map((q) => q.path));
	if (unreadable.size === 0) return;
	const { entries } = await reviewLog.readAll();
	const states = new Map([...entriesByPath(entries, unreadable)].map(([path, logged]) => [path, learningFromLog(logged)]));
	index.setLoggedLearning(states);
}
