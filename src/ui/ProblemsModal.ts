import { Modal, type App } from "obsidian";
import type { Problem } from "../core/note/Problem";
import { renderProblemList } from "./renderProblemList";

/** "Show index problems": every note the index could not fully read, click to open it. */
export class ProblemsModal extends Modal {
	constructor(
		app: App,
		private readonly problems: readonly Problem[],
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Interview Vault: index problems");
		renderProblemList(this.contentEl, this.problems, (problem) => {
			this.close();
			void this.app.workspace.openLinkText(problem.path, "", false);
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
