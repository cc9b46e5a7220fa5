import { Component, ItemView, MarkdownRenderer, type WorkspaceLeaf } from "obsidian";
import type { MockController } from "../../app/mock/MockController";
import { secondsOnCurrent } from "../../core/mock/mockInterview";
import { isSelfGrade } from "../../core/schedule/grades";
import { openBeside } from "../workspace";
import { renderMockCard, renderMockResult, updateTimer, type MockActions } from "./renderMock";

export const MOCK_VIEW_TYPE = "interview-vault-mock";

/** The mock interview pane: the controller's state, a timer that ticks each second, keys 1–5 to score. */
export class MockView extends ItemView {
	private renderScope: Component | null = null;
	private stopListening: (() => void) | null = null;

	constructor(leaf: WorkspaceLeaf, private readonly controller: MockController, private readonly now: () => number) {
		super(leaf);
	}

	getViewType(): string {
		return MOCK_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Mock interview";
	}

	override getIcon(): string {
		return "mic";
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("interview-vault-mock");
		this.contentEl.setAttr("tabindex", "0");
		this.registerDomEvent(this.contentEl, "keydown", (event) => this.onKey(event));
		this.stopListening = this.controller.onChange(() => this.render());
		this.registerInterval(window.setInterval(() => this.tick(), 1000));
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
		if (controller.result) {
			renderMockResult(container, controller.result, controller.reportPath, controller.message, this.actions());
		} else if (controller.card && controller.mock) {
			renderMockCard(container, {
				card: controller.card,
				progress: controller.progress,
				scope: controller.mock.setup.scope,
				secondsUsed: secondsOnCurrent(controller.mock, this.now()),
				secondsAllowed: controller.mock.setup.secondsPerQuestion,
				showGuide: controller.mock.setup.showGuide,
				message: controller.message,
			}, this.actions());
		} else {
			container.empty();
			container.createEl("p", { text: "No mock interview running. Start one from the command palette." });
		}
	}

	private tick(): void {
		const timer = this.contentEl.querySelector<HTMLElement>(".interview-vault-mock-timer");
		const mock = this.controller.mock;
		if (timer && mock && mock.finishedAt === undefined) updateTimer(timer, secondsOnCurrent(mock, this.now()), mock.setup.secondsPerQuestion);
	}

	private actions(): MockActions {
		const { controller } = this;
		return {
			score: (grade, note) => void controller.answer(grade, note),
			end: () => void controller.end(),
			openReport: (path) => openBeside(this.app.workspace, path, false),
			renderMarkdown: (markdown, el) => {
				void MarkdownRenderer.render(this.app, markdown, el, controller.card?.question.path ?? "", this.renderScope ?? this);
			},
		};
	}

	/** 1–5 score the answer with the note typed so far; keys typed into the note stay text. */
	private onKey(event: KeyboardEvent): void {
		const target = event.target;
		if (target instanceof HTMLElement && (target.tagName === "TEXTAREA" || target.tagName === "INPUT")) return;
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		const grade = Number(event.key);
		if (!isSelfGrade(grade) || !this.controller.card) return;
		event.preventDefault();
		const note = this.contentEl.querySelector<HTMLTextAreaElement>(".interview-vault-mock-note")?.value ?? "";
		void this.controller.answer(grade, note);
	}
}
