import { errorText } from "../../core/errorText";
import { Modal, Setting, type App } from "obsidian";
import type { ImportPreview, ImportRequest } from "../../app/import/importDocument";
import { targetPath, type PlannedStatus } from "../../core/import/planImport";
import { DIFFICULTIES, type Difficulty } from "../../core/question/difficulty";
import { plural } from "../../core/text/plural";

export interface ImportPreviewActions {
	/** Plans again with the user's changes; throws with a message for a folder that is not allowed. */
	replan: (request: ImportRequest) => ImportPreview;
	apply: (preview: ImportPreview) => void;
}

/**
 * The preview of "Import questions from a document…": the folder and topic, each part's
 * difficulty (with where it came from, and a warning when the label looks wrong), every note the
 * import would write, already finds or cannot write, and what the reader noticed in the document.
 * Nothing is written until "Import" is pressed.
 */
export class ImportPreviewModal extends Modal {
	private preview: ImportPreview;
	private problem = "";
	private readonly difficulties = new Map<number, Difficulty>();
	private readonly beside = new Set<string>();
	private dynamicEl: HTMLElement | null = null;

	constructor(app: App, first: ImportPreview, private readonly actions: ImportPreviewActions) {
		super(app);
		this.preview = first;
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.setTitle(`Import ${this.preview.request.documentName}`);
		contentEl.addClass("interview-vault-import");
		this.modalEl.addClass("interview-vault-import-modal");
		const { guide } = this.preview;
		contentEl.createEl("p", { text: `“${guide.title}”: ${plural(this.preview.counts.questions, "question")} in ${plural(guide.parts.length, "part")}.` });
		new Setting(contentEl).setName("Folder").setDesc("Where the question notes and the MOC go.").addText((text) =>
			text.setValue(this.preview.folder).onChange((value) => this.update({ folder: value })),
		);
		new Setting(contentEl).setName("Topic").setDesc("The topic property and the middle of each note's name.").addText((text) =>
			text.setValue(this.preview.topic).onChange((value) => this.update({ topic: value })),
		);
		this.dynamicEl = contentEl.createDiv();
		this.render();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private update(change: Partial<ImportRequest>): void {
		try {
			this.preview = this.actions.replan({ ...this.preview.request, ...change, difficulties: new Map(this.difficulties), beside: new Set(this.beside) });
			this.problem = "";
		} catch (error) {
			this.problem = errorText(error);
		}
		this.render();
	}

	private render(): void {
		const container = this.dynamicEl;
		if (!container) return;
		container.empty();
		if (this.problem !== "") container.createEl("p", { cls: "interview-vault-import-problem mod-warning", text: this.problem });
		this.renderParts(container);
		this.renderNotes(container);
		this.renderRemarks(container);
		this.renderButtons(container.createDiv({ cls: "modal-button-container" }));
	}

	private renderParts(container: HTMLElement): void {
		new Setting(container).setName("Difficulty of each part").setHeading();
		for (const part of this.preview.difficulties) {
			const origin = part.origin === "level word" ? `From the level word “${part.levelWord ?? ""}”.` : part.origin === "order" ? "From the part's place in the document." : "Your choice.";
			const setting = new Setting(container).setName(part.name).setDesc(part.doubt ? `${origin} Check it: ${part.doubt}.` : origin);
			if (part.doubt) setting.settingEl.addClass("interview-vault-import-doubt");
			setting.addDropdown((dropdown) => {
				for (const difficulty of DIFFICULTIES) dropdown.addOption(difficulty, difficulty);
				dropdown.setValue(part.difficulty).onChange((value) => {
					this.difficulties.set(part.position, value as Difficulty);
					this.update({});
				});
			});
		}
	}

	private renderNotes(container: HTMLElement): void {
		new Setting(container).setName("Notes").setHeading();
		const list = container.createEl("ul", { cls: "interview-vault-import-notes" });
		const rows = [...this.preview.plan.questions, { ...this.preview.plan.moc, title: `MOC: ${this.preview.guide.title}` }];
		for (const row of rows) {
			const item = list.createEl("li", { cls: `interview-vault-import-note is-${row.status.kind}` });
			item.createSpan({ cls: "interview-vault-import-status", text: statusWord(row.status) });
			const path = targetPath(row.path, row.status) ?? (row.status.kind === "imported" ? row.status.at : row.path);
			// The folder is shown above; inside it the file name is enough, elsewhere the whole path.
			const folder = `${this.preview.folder}/`;
			item.createSpan({ cls: "interview-vault-import-path", text: path.startsWith(folder) ? path.slice(folder.length) : path, attr: { title: path } });
			if (row.status.kind === "taken") this.renderChoice(item, row.path, row.status);
		}
	}

	private renderChoice(item: HTMLElement, path: string, status: Extract<PlannedStatus, { kind: "taken" }>): void {
		item.createSpan({ cls: "interview-vault-import-why", text: "Another file has this name; it is never overwritten." });
		const select = item.createEl("select", { cls: "dropdown" });
		select.createEl("option", { value: "skip", text: "Skip it" });
		select.createEl("option", { value: "beside", text: `Write beside it, as ${status.beside.slice(status.beside.lastIndexOf("/") + 1)}` });
		select.value = status.choice;
		select.addEventListener("change", () => {
			if (select.value === "beside") this.beside.add(path);
			else this.beside.delete(path);
			this.update({});
		});
	}

	private renderRemarks(container: HTMLElement): void {
		const { remarks } = this.preview.guide;
		if (remarks.length === 0) return;
		new Setting(container).setName("Noticed in the document").setHeading();
		const list = container.createEl("ul", { cls: "interview-vault-import-remarks" });
		for (const remark of remarks) list.createEl("li", { text: `Line ${remark.line}: ${remark.message}` });
	}

	private renderButtons(buttons: HTMLElement): void {
		const count = this.problem === "" ? this.preview.counts.toWrite : 0;
		if (count === 0 && this.problem === "") {
			buttons.createSpan({ cls: "interview-vault-import-nothing", text: this.preview.counts.questions === 0 ? "No questions found: each question needs a line like “Q1. …”." : "Nothing new to write: this document is already imported." });
		}
		const importButton = buttons.createEl("button", { cls: "mod-cta", text: count === 0 ? "Import" : `Import ${plural(count, "note")}` });
		importButton.disabled = count === 0;
		importButton.addEventListener("click", () => {
			this.close();
			this.actions.apply(this.preview);
		});
		buttons.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.close());
	}
}

function statusWord(status: PlannedStatus): string {
	if (status.kind === "new") return "New";
	if (status.kind === "imported") return "Already imported";
	return status.choice === "beside" ? "Beside" : "Skipped";
}
