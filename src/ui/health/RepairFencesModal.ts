import { Modal, type App } from "obsidian";
import type { RepairOptions } from "../../core/note/repairFrontmatter";
import type { PlannedRepair, RefusedRepair } from "./fenceRepairs";

export interface RepairFencesActions {
	apply: (chosen: PlannedRepair[]) => void;
	/** Opens a note the repair refused, so it can be fixed by hand. */
	open: (path: string) => void;
	/** Plans again with the other value of each duplicated key kept. */
	replan: (keep: RepairOptions["duplicates"]) => void;
	/** The preview was closed, applied or not. */
	closed: () => void;
}

/**
 * The preview of "Repair frontmatter fences": each repair with the note's first lines before and
 * after, ticked; the notes that cannot be repaired safely, with the reason. Only what is ticked
 * when "Repair selected" is pressed is written.
 */
export class RepairFencesModal extends Modal {
	private readonly chosen: Set<PlannedRepair>;

	constructor(
		app: App,
		private readonly repairs: readonly PlannedRepair[],
		private readonly refusals: readonly RefusedRepair[],
		private readonly actions: RepairFencesActions,
		private readonly options: RepairOptions = { duplicates: "last" },
	) {
		super(app);
		this.chosen = new Set(repairs);
	}

	override onOpen(): void {
		const count = this.repairs.length;
		this.setTitle(count === 1 ? "Repair frontmatter: 1 note" : `Repair frontmatter: ${count} notes`);
		const { contentEl } = this;
		contentEl.addClass("interview-vault-repair");
		if (count > 0) {
			contentEl.createEl("p", {
				text: "Each repair changes only the frontmatter lines it names, and is offered only when every value reads back afterwards. A note that changes before you apply is skipped; the repair can be undone.",
			});
			if (this.repairs.some((repair) => repair.kinds.includes("duplicate-key"))) this.renderKeepChoice(contentEl);
			for (const repair of this.repairs) this.renderRepair(contentEl.createDiv({ cls: "interview-vault-repair-item" }), repair);
		}
		if (this.refusals.length > 0) this.renderRefusals(contentEl);
		this.renderButtons(contentEl.createDiv({ cls: "modal-button-container" }));
	}

	override onClose(): void {
		this.contentEl.empty();
		this.actions.closed();
	}

	/** A key written twice: keep its last value (what most people meant) or its first. */
	private renderKeepChoice(container: HTMLElement): void {
		const row = container.createDiv({ cls: "interview-vault-repair-keep" });
		row.createSpan({ text: "For a key written twice, keep: " });
		const select = row.createEl("select", { cls: "dropdown", attr: { "aria-label": "Value kept for a key written twice" } });
		select.createEl("option", { value: "last", text: "The last value" });
		select.createEl("option", { value: "first", text: "The first value" });
		select.value = this.options.duplicates;
		select.addEventListener("change", () => {
			const keep = select.value === "first" ? "first" : "last";
			this.actions.replan(keep);
			this.close();
		});
	}

	private renderRepair(box: HTMLElement, repair: PlannedRepair): void {
		const head = box.createEl("label", { cls: "interview-vault-repair-head" });
		const checkbox = head.createEl("input", { type: "checkbox" });
		checkbox.checked = true;
		checkbox.addEventListener("change", () => (checkbox.checked ? this.chosen.add(repair) : this.chosen.delete(repair)));
		head.createSpan({ cls: "interview-vault-repair-file", text: repair.file.path });
		head.createSpan({ cls: "interview-vault-repair-fix", text: repair.fix });
		const columns = box.createDiv({ cls: "interview-vault-repair-columns" });
		this.renderLines(columns, "Before", repair.preview.before);
		this.renderLines(columns, "After", repair.preview.after);
	}

	private renderLines(columns: HTMLElement, label: string, lines: readonly string[]): void {
		const column = columns.createDiv({ cls: `interview-vault-repair-${label.toLowerCase()}` });
		column.createDiv({ cls: "interview-vault-repair-label", text: label });
		column.createEl("pre", { text: lines.join("\n") });
	}

	private renderRefusals(container: HTMLElement): void {
		container.createEl("h3", { text: "Not repaired: the result would not be safe" });
		const list = container.createEl("ul", { cls: "interview-vault-repair-refused" });
		for (const refusal of this.refusals) {
			const item = list.createEl("li");
			const link = item.createEl("a", { text: refusal.file.path, href: "#" });
			link.addEventListener("click", (event) => {
				event.preventDefault();
				this.close();
				this.actions.open(refusal.file.path);
			});
			item.createSpan({ text: `: ${refusal.reason}` });
		}
	}

	private renderButtons(buttons: HTMLElement): void {
		if (this.repairs.length > 0) {
			buttons.createEl("button", { cls: "mod-cta", text: "Repair selected" }).addEventListener("click", () => {
				this.actions.apply(this.repairs.filter((repair) => this.chosen.has(repair)));
				this.close();
			});
		}
		buttons.createEl("button", { text: this.repairs.length > 0 ? "Cancel" : "Close" }).addEventListener("click", () => this.close());
	}
}
