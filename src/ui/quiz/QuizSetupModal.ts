import { Modal, Setting, type App } from "obsidian";
import type { QuizOrder } from "../../core/quiz/selectQuestions";

export interface QuizSetup {
	size: number;
	order: QuizOrder;
	difficulty: "any" | "easy" | "medium" | "hard";
}

/** Size, order and a difficulty filter before a session; Enter starts it. */
export class QuizSetupModal extends Modal {
	private readonly setup: QuizSetup;

	constructor(
		app: App,
		private readonly scopeLabel: string,
		defaults: QuizSetup,
		private readonly onStart: (setup: QuizSetup) => void,
		/** What the session would really hold with a setup, in a sentence. */
		private readonly holds: (setup: QuizSetup) => string = () => "",
	) {
		super(app);
		this.setup = { ...defaults };
	}

	override onOpen(): void {
		this.setTitle(`Start quiz: ${this.scopeLabel}`);
		const { contentEl } = this;
		const holds = contentEl.createDiv({ cls: "interview-vault-setup-holds", attr: { "aria-live": "polite" } });
		const update = (): void => holds.setText(this.holds(this.setup));
		new Setting(contentEl).setName("Questions").addText((text) => {
			text.inputEl.type = "number";
			text.inputEl.min = "1";
			text.setValue(String(this.setup.size)).onChange((value) => {
				const size = Number.parseInt(value, 10);
				if (Number.isInteger(size) && size > 0) this.setup.size = size;
				update();
			});
		});
		new Setting(contentEl).setName("Order").addDropdown((dropdown) =>
			dropdown
				.addOptions({ "due-first": "Due first", "moc-order": "MOC order", shuffled: "Shuffled" })
				.setValue(this.setup.order)
				.onChange((value) => (this.setup.order = value as QuizOrder)),
		);
		new Setting(contentEl).setName("Difficulty").addDropdown((dropdown) =>
			dropdown
				.addOptions({ any: "Any", easy: "Easy", medium: "Medium", hard: "Hard" })
				.setValue(this.setup.difficulty)
				.onChange((value) => {
					this.setup.difficulty = value as QuizSetup["difficulty"];
					update();
				}),
		);
		update();
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

	private start(): void {
		this.close();
		this.onStart({ ...this.setup });
	}
}
