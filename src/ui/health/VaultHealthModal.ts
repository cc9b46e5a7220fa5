import { Modal, type App } from "obsidian";
import type { HealthItem } from "./healthItems";
import { renderHealthList } from "./renderHealthList";

export interface VaultHealthActions {
	/** Opens the file at the item's line. */
	open: (item: HealthItem) => void;
	/** Starts "Repair frontmatter fences"; offered only when some note has a repairable fence. */
	repairFences?: () => void;
}

/** "Check vault": every problem with its file and line; a click opens the note there. */
export class VaultHealthModal extends Modal {
	constructor(
		app: App,
		private readonly items: readonly HealthItem[],
		private readonly actions: VaultHealthActions,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Check vault");
		renderHealthList(this.contentEl, this.items, (item) => {
			this.close();
			this.actions.open(item);
		});
		const repair = this.actions.repairFences;
		if (!repair) return;
		const buttons = this.contentEl.createDiv({ cls: "modal-button-container" });
		buttons.createEl("button", { cls: "mod-cta", text: "Repair frontmatter fences…" }).addEventListener("click", () => {
			this.close();
			repair();
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
