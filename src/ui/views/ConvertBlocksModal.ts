import { Modal, type App } from "obsidian";
import type { ConversionItem } from "../../core/views/convertPlan";

type Convertible = Extract<ConversionItem, { kind: "convertible" }>;

/**
 * The preview of "Convert this note's Dataview blocks": each block before and after, ticked when
 * the native block shows the same rows, unticked with the difference when it would not; blocks
 * that cannot convert are listed and left as they are.
 */
export class ConvertBlocksModal extends Modal {
	private readonly chosen = new Set<Convertible>();

	constructor(
		app: App,
		private readonly items: readonly ConversionItem[],
		private readonly onApply: (chosen: Convertible[]) => void,
	) {
		super(app);
		for (const item of items) if (item.kind === "convertible" && !item.difference) this.chosen.add(item);
	}

	override onOpen(): void {
		this.setTitle("Convert Dataview blocks");
		const { contentEl } = this;
		contentEl.addClass("interview-vault-convert");
		for (const item of this.items) this.renderItem(contentEl.createDiv({ cls: "interview-vault-convert-item" }), item);
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const apply = buttons.createEl("button", { cls: "mod-cta", text: "Convert selected" });
		apply.addEventListener("click", () => {
			this.close();
			this.onApply(this.items.filter((item): item is Convertible => item.kind === "convertible" && this.chosen.has(item)));
		});
		buttons.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.close());
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private renderItem(box: HTMLElement, item: ConversionItem): void {
		const head = box.createDiv({ cls: "interview-vault-convert-head" });
		if (item.kind === "convertible") {
			const checkbox = head.createEl("input", { type: "checkbox", attr: { "aria-label": `Convert the block at line ${item.line}` } });
			checkbox.checked = this.chosen.has(item);
			checkbox.addEventListener("change", () => (checkbox.checked ? this.chosen.add(item) : this.chosen.delete(item)));
		}
		head.createSpan({ text: `Line ${item.line}: ` });
		head.createSpan({
			cls: item.kind === "unsupported" ? "interview-vault-convert-kept" : item.difference ? "interview-vault-convert-differs" : "interview-vault-convert-same",
			text: item.kind === "unsupported" ? `stays as it is (${item.reason})` : item.difference ? `differs: ${item.difference}` : "same rows",
		});
		const columns = box.createDiv({ cls: "interview-vault-convert-columns" });
		columns.createEl("pre", { text: item.query });
		if (item.kind === "convertible") columns.createEl("pre", { text: item.native });
	}
}
