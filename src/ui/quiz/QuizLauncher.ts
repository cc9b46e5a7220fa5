import { Notice, type App, type Plugin } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { DIFFICULTIES } from "../../core/question/difficulty";
import type { Moc, StudyPath } from "../../core/question/Question";
import {
	difficultyScope, dueScope, mocScope, newScope, studyPathScope, subtopicScope, weakestSubtopic, type QuizScope,
} from "../../core/quiz/quizScopes";
import { introducedOn, isDue, isNew, reviewsAllowedToday } from "../../core/question/progress";
import type { Question } from "../../core/question/Question";
import { plural } from "../../core/text/plural";
import { selectAll, selectQuestions } from "../../core/quiz/selectQuestions";
import { studyPathRanks } from "../../core/quiz/studyOrder";
import { localDay } from "../../core/schedule/days";
import type { InterviewVaultSettings } from "../../settings/settings";
import { ChoiceModal } from "../ChoiceModal";
import { revealView } from "../workspace";
import type { QuizController } from "../../app/quiz/QuizController";
import { QuizSetupModal, type QuizSetup } from "./QuizSetupModal";
import { QUIZ_VIEW_TYPE } from "./QuizView";
import { NOT_READY_NOTICE } from "../../core/index/readiness";

export interface LauncherHost {
	settings: InterviewVaultSettings;
	saveSettings(options: { reindex: boolean }): Promise<void>;
}

/** The quiz commands: each picks a scope, asks for the session's setup, and opens the pane. */
export class QuizLauncher {
	constructor(
		private readonly app: App,
		private readonly index: QuestionIndex,
		private readonly controller: QuizController,
		private readonly host: LauncherHost,
	) {}

	registerCommands(plugin: Plugin): void {
		const commands: [string, string, () => void][] = [
			["start-quiz-due", "Start quiz: due questions", () => this.setUp(dueScope(this.index))],
			["start-quiz-new", "Start quiz: new questions", () => this.setUp(newScope(this.index))],
			["start-quiz-difficulty", "Start quiz: by difficulty", () => this.pickDifficulty()],
			["start-quiz-subtopic", "Start quiz: by subtopic", () => this.pickSubtopic()],
			["start-quiz-study-path", "Start quiz: study path", () => this.pickStudyPath()],
			["start-quiz-weakest-subtopic", "Start quiz: weakest subtopic", () => this.weakest()],
			["start-quiz-moc", "Start quiz: questions of this MOC", () => this.thisMoc()],
			["start-quiz-note", "Start quiz: this note", () => this.thisNote()],
		];
		for (const [id, name, run] of commands) {
			plugin.addCommand({ id, name, callback: () => (this.index.isReady ? run() : notice(NOT_READY_NOTICE)) });
		}
	}

	/** Starts a session on exactly these questions (Drill these again, Quiz these). */
	async startOn(paths: readonly string[], label: string): Promise<void> {
		const questions = paths.flatMap((path) => this.index.question(path) ?? []);
		await this.openPane();
		await this.controller.start(questions, label);
	}

	/** Asks for the setup of a session on this scope, then starts it. */
	setUp(scope: QuizScope, order = this.host.settings.quizOrder): void {
		if (scope.questions.length === 0) {
			notice(`No questions in "${scope.label}".`);
			return;
		}
		const defaults: QuizSetup = { size: this.host.settings.quizSize, order, difficulty: "any" };
		new QuizSetupModal(this.app, scope.label, defaults, (setup) => void this.begin(scope, setup), (setup) => this.holds(scope, setup)).open();
	}

	/** What a session with this setup would really hold, said in a sentence (the modal shows it as the setup changes). */
	private holds(scope: QuizScope, setup: QuizSetup): string {
		const today = localDay(new Date());
		const chosen = this.choose(scope, { ...setup, order: "due-first" });
		if (chosen.length === 0) return scope.routine ? "Nothing is due and the daily limit of new questions is reached." : "No question of this scope matches.";
		const fresh = chosen.filter(isNew).length;
		const due = chosen.filter((q) => isDue(q, today)).length;
		const parts = [due > 0 ? `${due} due` : "", fresh > 0 ? `${fresh} new` : "", chosen.length - due - fresh > 0 ? `${chosen.length - due - fresh} not yet due` : ""].filter((part) => part !== "");
		return `This session holds ${plural(chosen.length, "question")}: ${parts.join(", ")} (of ${plural(scope.questions.length, "question")} in scope).`;
	}

	private async begin(scope: QuizScope, setup: QuizSetup): Promise<void> {
		this.host.settings.quizSize = setup.size;
		this.host.settings.quizOrder = setup.order;
		await this.host.saveSettings({ reindex: false });
		const chosen = this.choose(scope, setup);
		if (chosen.length === 0) {
			notice(scope.routine ? "Nothing is due and the daily limit of new questions is reached. Well done!" : `No questions match in "${scope.label}".`);
			return;
		}
		await this.openPane();
		await this.controller.start(chosen, scope.label);
	}

	/** The questions a session on this scope and setup starts with, chosen as the session will. */
	private choose(scope: QuizScope, setup: QuizSetup): Question[] {
		const today = localDay(new Date());
		const candidates = setup.difficulty === "any" ? scope.questions : scope.questions.filter((q) => q.difficulty === setup.difficulty);
		const options = {
			today,
			size: setup.size,
			order: setup.order,
			newAllowed: this.host.settings.newPerDay - introducedOn(this.index.questions(), today),
			reviewsAllowed: reviewsAllowedToday(this.index.questions(), today, this.host.settings.scheduling.reviewsPerDay),
			ranks: studyPathRanks(this.index),
			random: Math.random,
		};
		return scope.routine ? selectQuestions(candidates, options) : selectAll(candidates, options);
	}

	private pickDifficulty(): void {
		const counts = this.index.countBy("difficulty");
		const choices = DIFFICULTIES.filter((d) => (counts.get(d) ?? 0) > 0);
		new ChoiceModal(this.app, choices, (d) => `${d} (${counts.get(d) ?? 0})`, (d) => this.setUp(difficultyScope(this.index, d)), "Pick a difficulty").open();
	}

	private pickSubtopic(): void {
		const counts = [...this.index.countBy("subtopic")].sort(([a], [b]) => a.localeCompare(b));
		new ChoiceModal(this.app, counts, ([name, count]) => `${name} (${count})`, ([name]) => this.setUp(subtopicScope(this.index, name)), "Pick a subtopic").open();
	}

	private pickStudyPath(): void {
		const paths = this.index.mocs().flatMap((moc) => moc.studyPaths.map((path): [Moc, StudyPath] => [moc, path]));
		if (paths.length === 0) {
			notice("No MOC with study paths found. A MOC is a note with `kind: moc` or a `moc-` name.");
			return;
		}
		const label = ([moc, path]: [Moc, StudyPath]) => `${moc.title} › ${path.name} (${this.index.studyPathQuestions(path).questions.length})`;
		new ChoiceModal(this.app, paths, label, ([moc, path]) => this.setUp(studyPathScope(this.index, moc, path), "moc-order"), "Pick a study path").open();
	}

	private weakest(): void {
		const weakest = weakestSubtopic(this.index);
		if (!weakest) {
			notice("Grade a few questions first: the weakest subtopic comes from your grades.");
			return;
		}
		this.setUp({ ...subtopicScope(this.index, weakest.subtopic), label: `Weakest subtopic: ${weakest.subtopic} (average ${weakest.average})` });
	}

	private thisMoc(): void {
		const file = this.app.workspace.getActiveFile();
		const moc = file ? this.index.moc(file.path) : undefined;
		if (!moc) {
			notice("Open a MOC note first (a note with `kind: moc` or a `moc-` name).");
			return;
		}
		this.setUp(mocScope(this.index, moc), "moc-order");
	}

	private thisNote(): void {
		const file = this.app.workspace.getActiveFile();
		const question = file ? this.index.question(file.path) : undefined;
		if (!question) {
			notice("Open a question note first.");
			return;
		}
		void this.startOn([question.path], question.title);
	}

	private async openPane(): Promise<void> {
		const leaf = await revealView(this.app.workspace, QUIZ_VIEW_TYPE, "tab");
		if (leaf) this.app.workspace.setActiveLeaf(leaf, { focus: true });
	}
}

function notice(message: string): void {
	new Notice(message);
}
