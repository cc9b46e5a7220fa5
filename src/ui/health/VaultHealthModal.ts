import { Modal, type App } from "obsidian";
import type { HealthGroup } from "./healthGroups";
import type { HealthItem } from "./healthItems";
import { renderHealthList } from "./renderHealthList";

export interface VaultHealthActions {
	/** Opens the file at the item's line. */
	open: (item: HealthItem) => void;
	/** The repair preview for these notes. */
	repair: (paths: readonly string[]) => void;
}

/** "Check vault": every problem, grouped by kind with its cost and repair; a click opens the note there. */
export class VaultHealthModal extends Modal {
	constructor(
		app: App,
		private readonly groups: readonly HealthGroup[],
		private readonly actions: VaultHealthActions,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Check vault");
		renderHealthList(this.contentEl, this.groups, {
			open: (item) => {
				this.close();
				this.actions.open(item);
			},
			repairAll: (group) => {
				this.close();
				this.actions.repair([...new Set(group.items.map((item) => item.path))]);
			},
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
