import { TFile, type App, type Component } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { FrontmatterWriter } from "../../obsidian/FrontmatterWriter";
import type { ReviewLogStore } from "../../obsidian/ReviewLogStore";
import type { InterviewVaultSettings } from "../../settings/settings";
import { QuizController } from "./QuizController";

/** What the quiz needs from its host that is not the vault: the interface's side of things. */
export interface QuizHost {
	app: App;
	index: QuestionIndex;
	reviewLog: ReviewLogStore;
	settings: () => InterviewVaultSettings;
	openNote: (path: string, split: boolean) => void;
	notify: (message: string) => void;
}

/** The quiz controller, wired to the vault: its notes, the note writer and the review log. */
export function createQuizController(host: QuizHost): QuizController {
	const { vault } = host.app;
	const writer = new FrontmatterWriter(vault);
	const fileAt = (path: string): TFile => {
		const file = vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) throw new Error(`${path} no longer exists`);
		return file;
	};
	return new QuizController({
		index: host.index,
		settings: host.settings,
		readNote: async (path) => {
			const file = vault.getAbstractFileByPath(path);
			return file instanceof TFile ? vault.cachedRead(file) : undefined;
		},
		writeProperties: async (path, makePatch) => {
			const receipt = await writer.write(fileAt(path), makePatch);
			return () => writer.undo(receipt);
		},
		appendLog: (entry) => host.reviewLog.append(entry),
		removeLog: (id) => host.reviewLog.remove(id),
		deviceName: host.reviewLog.device,
		openNote: host.openNote,
		notify: host.notify,
		now: () => Date.now(),
		random: Math.random,
	});
}

/** A renamed note keeps its place in a running session; a deleted or broken one is skipped. */
export function followVaultInQuiz(owner: Component, app: App, index: QuestionIndex, quiz: QuizController): void {
	owner.registerEvent(app.vault.on("rename", (file, oldPath) => quiz.renamed(oldPath, file.path)));
	owner.register(index.subscribe(() => {
		const path = quiz.card?.question.path;
		if (path !== undefined && !index.question(path)) quiz.vanished(path);
	}));
}
