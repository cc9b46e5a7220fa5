import { errorText } from "../../core/errorText";
import { Notice, type Plugin } from "obsidian";
import type { QuizController } from "../../app/quiz/QuizController";
import type { HoldAction } from "../../app/hold/holdQuestion";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { RUBRIC, SELF_GRADES } from "../../core/schedule/grades";

type Command = [id: string, name: string, available: () => boolean, run: () => Promise<void>];

/**
 * Every action of the quiz pane as a command, so each can take any hotkey in Obsidian's settings
 * (the pane's own keys stay). A command is offered only while it applies.
 */
export function registerQuizActionCommands(plugin: Plugin, controller: QuizController): void {
	const phase = () => (controller.card ? controller.session?.phase : undefined);
	const commands: Command[] = [
		["quiz-show-answer", "Quiz: show the answer", () => phase() === "question", () => controller.reveal()],
		...SELF_GRADES.map((grade): Command => [`quiz-grade-${grade}`, `Quiz: grade ${grade} (${RUBRIC[grade].label})`, () => phase() === "answer", () => controller.grade(grade)]),
		["quiz-skip", "Quiz: skip this card", () => phase() !== undefined && phase() !== "finished", () => controller.skip()],
		["quiz-undo", "Quiz: undo the last grade", () => controller.session !== null, () => controller.undo()],
		["quiz-suspend", "Quiz: suspend this card", () => phase() !== undefined && phase() !== "finished", () => controller.hold("suspended")],
		["quiz-bury", "Quiz: bury this card until tomorrow", () => phase() !== undefined && phase() !== "finished", () => controller.hold("buried")],
	];
	for (const [id, name, available, run] of commands) {
		plugin.addCommand({
			id,
			name,
			checkCallback: (checking) => {
				if (!available()) return false;
				if (!checking) void run();
				return true;
			},
		});
	}
}

export interface HoldHost {
	index: QuestionIndex;
	activePath(): string | undefined;
	/** Writes the hold; the plugin wires this to holdQuestion. */
	hold(path: string, action: HoldAction): Promise<void>;
}

const HOLD_COMMANDS: [HoldAction, string, string][] = [
	["suspend", "suspend-question", "Suspend this question"],
	["bury", "bury-question", "Bury this question until tomorrow"],
	["resume", "resume-question", "Resume this question (end its suspension or burial)"],
];

/** Suspend, bury and resume for the active question note. */
export function registerHoldCommands(plugin: Plugin, host: HoldHost): void {
	for (const [action, id, name] of HOLD_COMMANDS) {
		plugin.addCommand({
			id,
			name,
			checkCallback: (checking) => {
				const path = host.activePath();
				const question = path === undefined ? undefined : host.index.question(path);
				if (!question || (action === "resume" && !question.learning.hold)) return false;
				if (!checking) void runHold(host, question.path, question.title, action);
				return true;
			},
		});
	}
}

export async function runHold(host: Pick<HoldHost, "hold">, path: string, title: string, action: HoldAction): Promise<void> {
	try {
		await host.hold(path, action);
		new Notice(action === "suspend" ? `Suspended "${title}".` : action === "bury" ? `Buried "${title}" until tomorrow.` : `Resumed "${title}".`);
	} catch (error) {
		new Notice(`Interview Vault: "${title}" was left unchanged: ${errorText(error)}`);
	}
}
