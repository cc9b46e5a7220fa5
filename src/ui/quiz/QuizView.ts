import { Component, ItemView, MarkdownRenderer, type WorkspaceLeaf } from "obsidian";
import { isSelfGrade } from "../../core/schedule/grades";
import type { QuizCard, QuizController } from "../../app/quiz/QuizController";
import { openBeside } from "../workspace";
import { renderCard, renderSummary, type QuizActions } from "./renderQuiz";

export const QUIZ_VIEW_TYPE = "interview-vault-quiz";

/**
 * The quiz pane: draws the controller's state and turns keys and clicks into its actions.
 * Space shows the answer, 1–5 grade, S skips, O opens the note, U undoes the last grade,
 * B buries the card until tomorrow, X suspends it, A adds the suggested questions next, L shows
 * the note's other language. Each but A and L is also a command (quizActionCommands).
 */
export class QuizView extends ItemView {
	private renderScope: Component | null = null;
	private stopListening: (() => void) | null = null;
	/** The typed answer and the language shown belong to one card: a new card starts them afresh. */
	private cardState: { card: QuizCard | null; typed: string; otherLanguage: boolean } = { card: null, typed: "", otherLanguage: false };

	constructor(
		leaf: WorkspaceLeaf,
		private readonly controller: QuizController,
		private readonly drill: (paths: string[]) => void,
	) {
		super(leaf);
	}

	getViewType(): string {
		return QUIZ_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Interview quiz";
	}

	override getIcon(): string {
		return "graduation-cap";
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("interview-vault-quiz");
		this.contentEl.setAttr("tabindex", "0");
		this.registerDomEvent(this.contentEl, "keydown", (event) => this.onKey(event));
		this.stopListening = this.controller.onChange(() => this.render());
		this.render();
		await Promise.resolve();
	}

	override async onClose(): Promise<void> {
		this.stopListening?.();
		this.renderScope?.unload();
		await Promise.resolve();
	}

	private render(): void {
		this.renderScope?.unload();
		this.renderScope = this.addChild(new Component());
		const { controller } = this;
		const container = this.contentEl;
		if (controller.summary) {
			renderSummary(container, controller.summary, controller.scope, controller.message, this.actions());
		} else if (controller.card && controller.session) {
			if (this.cardState.card !== controller.card) this.cardState = { card: controller.card, typed: "", otherLanguage: false };
			renderCard(container, {
				typed: this.cardState.typed,
				otherLanguage: this.cardState.otherLanguage,
				card: controller.card,
				revealed: controller.session.phase === "answer",
				progress: controller.progress,
				message: controller.message,
				suggestion: controller.suggestion,
				scope: controller.scope,
			}, this.actions());
		} else {
			container.empty();
			container.createEl("p", {
				cls: "interview-vault-quiz-empty",
				text: "No quiz running. Start one from the command palette: \"Start quiz: due questions\", by subtopic, by study path…",
			});
		}
		if (this.app.workspace.getActiveViewOfType(QuizView) === this && !container.contains(activeDocument.activeElement)) container.focus();
	}

	private actions(): QuizActions {
		const { controller } = this;
		return {
			reveal: () => void controller.reveal(),
			grade: (grade) => void controller.grade(grade),
			skip: () => void controller.skip(),
			undo: () => void controller.undo(),
			hold: (kind) => void controller.hold(kind),
			open: (split) => controller.openCurrent(split),
			acceptSuggestion: () => void controller.acceptSuggestion(),
			repair: () => void controller.repairCurrent(),
			openQuestion: (path, split) => openBeside(this.app.workspace, path, split),
			drill: (paths) => this.drill(paths),
			typed: (text) => (this.cardState.typed = text),
			switchLanguage: () => this.switchLanguage(),
			renderMarkdown: (markdown, el) => {
				const sourcePath = controller.card?.question.path ?? "";
				void MarkdownRenderer.render(this.app, markdown, el, sourcePath, this.renderScope ?? this);
			},
		};
	}

	private switchLanguage(): void {
		if (!this.controller.card?.otherLanguage) return;
		this.cardState.otherLanguage = !this.cardState.otherLanguage;
		this.render();
	}

	private onKey(event: KeyboardEvent): void {
		const target = event.target;
		if (target instanceof HTMLElement && (target.tagName === "TEXTAREA" || target.tagName === "INPUT")) return;
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		const action = this.actionFor(event.key, event.shiftKey);
		if (!action) return;
		event.preventDefault();
		action();
	}

	/**
	 * Keys become actions in the order pressed; whether an action applies (a grade only once the
	 * answer shows) is decided by the controller when its turn comes, so a fast "Space, 4" works.
	 */
	private actionFor(key: string, shift: boolean): (() => void) | undefined {
		const { controller } = this;
		if (!controller.session) return undefined;
		const grade = Number(key);
		if (key === " " || key === "Enter") return () => void controller.reveal();
		if (isSelfGrade(grade)) return () => void controller.grade(grade);
		switch (key.toLowerCase()) {
			case "s":
				return () => void controller.skip();
			case "o":
				return () => controller.openCurrent(shift);
			case "u":
				return () => void controller.undo();
			case "b":
				return () => void controller.hold("buried");
			case "x":
				return () => void controller.hold("suspended");
			case "r":
				return () => void controller.repairCurrent();
			case "a":
				return controller.suggestion ? () => void controller.acceptSuggestion() : undefined;
			case "l":
				return () => this.switchLanguage();
			default:
				return undefined;
		}
	}
}
