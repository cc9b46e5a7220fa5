import { Modal, Setting, type App } from "obsidian";
import type { DifficultyMix } from "../../core/mock/mockInterview";
import type { Question } from "../../core/question/Question";
import { plural } from "../../core/text/plural";

export interface MockScopeChoice {
	label: string;
	questions: Question[];
}

export interface MockSetupChoice {
	scope: MockScopeChoice;
	mix: DifficultyMix;
	count: number;
	secondsPerQuestion: number;
	showGuide: boolean;
	countInSchedule: boolean;
}

/** Scope, difficulty mix, number of questions, time per question, what the interviewer sees; Enter starts. */
export class MockSetupModal extends Modal {
	private readonly choice: MockSetupChoice;

	constructor(
		app: App,
		private readonly scopes: readonly MockScopeChoice[],
		defaults: Omit<MockSetupChoice, "scope">,
		private readonly onStart: (choice: MockSetupChoice) => void,
	) {
		super(app);
		const first = scopes[0] ?? { label: "All questions", questions: [] };
		this.choice = { ...defaults, scope: first };
	}

	override onOpen(): void {
		this.setTitle("Start mock interview");
		const { contentEl } = this;
		new Setting(contentEl).setName("Scope").setDesc("A MOC, one part of an imported guide (its study path), or everything.").addDropdown((dropdown) => {
			for (const [index, scope] of this.scopes.entries()) dropdown.addOption(String(index), `${scope.label} (${plural(scope.questions.length, "question")})`);
			dropdown.setValue("0").onChange((value) => (this.choice.scope = this.scopes[Number(value)] ?? this.choice.scope));
		});
		new Setting(contentEl).setName("Difficulty mix").addDropdown((dropdown) =>
			dropdown
				.addOptions({ any: "Any", balanced: "Balanced: easy, medium and hard in turn", easy: "Easy only", medium: "Medium only", hard: "Hard only" })
				.setValue(this.choice.mix)
				.onChange((value) => (this.choice.mix = value as DifficultyMix)),
		);
		this.addNumber("Questions", this.choice.count, (value) => (this.choice.count = value));
		this.addNumber("Minutes per question", Math.max(1, Math.round(this.choice.secondsPerQuestion / 60)), (value) => (this.choice.secondsPerQuestion = value * 60));
		new Setting(contentEl)
			.setName("Show the answers to the interviewer")
			.setDesc("The strong answer, the weak answer and the evaluator's cue beside each question. Off: the learner reveals them after answering.")
			.addToggle((toggle) => toggle.setValue(this.choice.showGuide).onChange((value) => (this.choice.showGuide = value)));
		new Setting(contentEl)
			.setName("Count the scores in my schedule")
			.setDesc("Off: mock scores stay in the report and never change when a question is due.")
			.addToggle((toggle) => toggle.setValue(this.choice.countInSchedule).onChange((value) => (this.choice.countInSchedule = value)));
		new Setting(contentEl).addButton((button) => {
			button.setButtonText("Start").setCta().onClick(() => this.start());
			window.setTimeout(() => button.buttonEl.focus(), 0);
		});
		contentEl.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && !(event.target instanceof HTMLSelectElement)) {
				event.preventDefault();
				this.start();
			}
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private addNumber(name: string, current: number, apply: (value: number) => void): void {
		new Setting(this.contentEl).setName(name).addText((text) => {
			text.inputEl.type = "number";
			text.inputEl.min = "1";
			text.setValue(String(current)).onChange((value) => {
				const number = Number.parseInt(value, 10);
				if (Number.isInteger(number) && number > 0) apply(number);
			});
		});
	}

	private start(): void {
		this.close();
		this.onStart({ ...this.choice });
	}
}
