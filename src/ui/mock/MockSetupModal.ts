import { Modal, Setting, type App } from "obsidian";
import type { DifficultyCounts, DifficultyMix } from "../../core/mock/mockInterview";
import type { MockScopeOption } from "../../core/mock/mockScope";
import { DIFFICULTIES, type Difficulty } from "../../core/question/difficulty";
import { plural } from "../../core/text/plural";

export interface MockSetupChoice {
	scope: MockScopeOption;
	/** Positions of the parts ticked; none means the whole scope. */
	parts: number[];
	mix: DifficultyMix;
	count: number;
	secondsPerQuestion: number;
	showGuide: boolean;
	countInSchedule: boolean;
}

type MixChoice = "any" | "balanced" | Difficulty | "custom";

const MIX_OPTIONS: Record<MixChoice, string> = {
	any: "Any",
	balanced: "Balanced: easy, medium and hard in turn",
	easy: "Easy only",
	medium: "Medium only",
	hard: "Hard only",
	custom: "Custom: how many of each",
};

/**
 * Scope (everything or a MOC, and of a MOC any of its parts: an imported guide's parts are its
 * study paths), number of questions, difficulty mix, time per question, what the interviewer
 * sees; Enter starts.
 */
export class MockSetupModal extends Modal {
	private readonly choice: MockSetupChoice;
	private mixChoice: MixChoice = "any";
	private counts: Record<Difficulty, number> = { easy: 1, medium: 1, hard: 1 };
	private partsEl: HTMLElement | null = null;
	private countsEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly scopes: readonly MockScopeOption[],
		defaults: Omit<MockSetupChoice, "scope" | "parts">,
		private readonly onStart: (choice: MockSetupChoice) => void,
	) {
		super(app);
		const first = scopes[0] ?? { label: "All questions", questions: [], parts: [] };
		this.choice = { ...defaults, scope: first, parts: [] };
		if (typeof defaults.mix === "object") {
			this.mixChoice = "custom";
			this.counts = { ...defaults.mix };
		} else this.mixChoice = defaults.mix;
	}

	override onOpen(): void {
		this.setTitle("Start mock interview");
		const { contentEl } = this;
		new Setting(contentEl).setName("Scope").setDesc("Everything, or a MOC; of a MOC, tick the parts to ask from (an imported guide's parts), or none for all of it.").addDropdown((dropdown) => {
			for (const [index, scope] of this.scopes.entries()) dropdown.addOption(String(index), `${scope.label} (${plural(scope.questions.length, "question")})`);
			dropdown.setValue("0").onChange((value) => {
				this.choice.scope = this.scopes[Number(value)] ?? this.choice.scope;
				this.choice.parts = [];
				this.renderParts();
			});
		});
		this.partsEl = contentEl.createDiv({ cls: "interview-vault-mock-parts" });
		this.renderParts();
		this.addNumber(contentEl, "Questions", this.choice.count, (value) => (this.choice.count = value));
		new Setting(contentEl).setName("Difficulty mix").addDropdown((dropdown) =>
			dropdown
				.addOptions(MIX_OPTIONS)
				.setValue(this.mixChoice)
				.onChange((value) => {
					this.mixChoice = value as MixChoice;
					this.countsEl?.toggle(this.mixChoice === "custom");
				}),
		);
		this.countsEl = contentEl.createDiv({ cls: "interview-vault-mock-mix-counts" });
		this.countsEl.createDiv({ cls: "setting-item-description", text: "A custom mix asks this many of each difficulty, in place of the number of questions above." });
		for (const level of DIFFICULTIES) this.addNumber(this.countsEl, `${level[0]?.toUpperCase() ?? ""}${level.slice(1)} questions`, this.counts[level], (value) => (this.counts[level] = value), 0);
		this.countsEl.toggle(this.mixChoice === "custom");
		this.addNumber(contentEl, "Minutes per question", Math.max(1, Math.round(this.choice.secondsPerQuestion / 60)), (value) => (this.choice.secondsPerQuestion = value * 60));
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

	/** One checkbox per part of the chosen MOC; a scope of one part or none shows nothing. */
	private renderParts(): void {
		const box = this.partsEl;
		if (!box) return;
		box.empty();
		const { parts } = this.choice.scope;
		box.toggle(parts.length > 1);
		if (parts.length <= 1) return;
		box.createDiv({ cls: "setting-item-description", text: "Parts (none ticked: all of it)" });
		for (const [index, part] of parts.entries()) {
			const label = box.createEl("label", { cls: "interview-vault-mock-part" });
			const checkbox = label.createEl("input", { type: "checkbox" });
			label.createSpan({ text: ` ${part.label} (${plural(part.questions.length, "question")})` });
			checkbox.addEventListener("change", () => {
				this.choice.parts = checkbox.checked ? [...this.choice.parts, index] : this.choice.parts.filter((chosen) => chosen !== index);
			});
		}
	}

	private addNumber(container: HTMLElement, name: string, current: number, apply: (value: number) => void, min = 1): void {
		new Setting(container).setName(name).addText((text) => {
			text.inputEl.type = "number";
			text.inputEl.min = String(min);
			text.setValue(String(current)).onChange((value) => {
				const number = Number.parseInt(value, 10);
				if (Number.isInteger(number) && number >= min) apply(number);
			});
		});
	}

	private mix(): DifficultyMix {
		const counts: DifficultyCounts = { ...this.counts };
		return this.mixChoice === "custom" ? counts : this.mixChoice;
	}

	private start(): void {
		this.close();
		this.onStart({ ...this.choice, parts: [...this.choice.parts], mix: this.mix() });
	}
}
