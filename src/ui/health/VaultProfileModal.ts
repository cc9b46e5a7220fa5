import { Modal, type App } from "obsidian";
import type { ExclusionProposal, FolderProfile, VaultProfile } from "../../core/profile/vaultProfile";

export interface VaultProfileActions {
	/** Adds the folder to "Exclude folders" and reads the vault again. */
	exclude: (folder: string) => void;
}

const COLUMNS: [keyof FolderProfile, string][] = [
	["notes", "Notes"], ["byName", "By q- name"], ["byDifficulty", "By difficulty only"], ["byFolder", "By folder"],
	["mocs", "MOCs"], ["templates", "Templates"], ["excluded", "Excluded"], ["unreadable", "Unreadable"],
];

/** The vault profile: what each top folder holds as Interview Vault reads it, and what it proposes to exclude. */
export class VaultProfileModal extends Modal {
	constructor(
		app: App,
		private readonly profile: VaultProfile,
		private readonly actions: VaultProfileActions,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Vault profile");
		const { contentEl } = this;
		contentEl.addClass("interview-vault-profile");
		contentEl.createEl("p", { text: "How Interview Vault reads this vault, folder by folder. Nothing changes until you accept a proposal." });
		this.renderTable(contentEl.createEl("table", { cls: "interview-vault-profile-table" }));
		if (this.profile.proposals.length === 0) {
			contentEl.createEl("p", { text: "No exclusion to propose: every note read as a question follows the vault's naming." });
		}
		for (const proposal of this.profile.proposals) this.renderProposal(contentEl.createDiv({ cls: "interview-vault-profile-proposal" }), proposal);
		contentEl.createDiv({ cls: "modal-button-container" }).createEl("button", { text: "Close" }).addEventListener("click", () => this.close());
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private renderTable(table: HTMLTableElement): void {
		const head = table.createEl("thead").createEl("tr");
		head.createEl("th", { text: "Folder" });
		for (const [, label] of COLUMNS) head.createEl("th", { text: label });
		const body = table.createEl("tbody");
		for (const row of [...this.profile.folders, this.profile.total]) {
			const tr = body.createEl("tr");
			tr.createEl("td", { text: row === this.profile.total ? "All" : row.folder === "" ? "(vault root)" : row.folder });
			for (const [key] of COLUMNS) tr.createEl("td", { text: String(row[key]) });
		}
	}

	private renderProposal(box: HTMLElement, proposal: ExclusionProposal): void {
		box.createEl("p", { text: proposal.reason });
		const button = box.createEl("button", { cls: "mod-cta", text: `Exclude ${proposal.folder}` });
		button.addEventListener("click", () => {
			this.actions.exclude(proposal.folder);
			button.disabled = true;
			button.setText(`Excluded ${proposal.folder}`);
		});
	}
}
