import { Notice, type Plugin, type TFile } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { localDay } from "../../core/schedule/days";
import { applyConversion, planConversion } from "../../core/views/convertPlan";
import { ConvertBlocksModal } from "./ConvertBlocksModal";
import { errorText } from "../../core/errorText";

/** "Convert this note's Dataview blocks", after a preview, and its undo while the note is unchanged. */
export function registerConvertCommands(plugin: Plugin, index: QuestionIndex): void {
	let last: { file: TFile; before: string; after: string } | null = null;
	const { app } = plugin;
	plugin.addCommand({
		id: "convert-dataview-blocks",
		name: "Convert this note's Dataview blocks",
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (!checking) void preview(file);
			return true;
		},
	});
	plugin.addCommand({
		id: "undo-dataview-conversion",
		name: "Undo the last Dataview block conversion",
		checkCallback: (checking) => {
			if (!last) return false;
			if (!checking) void undo();
			return true;
		},
	});

	async function preview(file: TFile): Promise<void> {
		const text = await app.vault.read(file);
		const items = planConversion(text, { pages: index.pages(), questions: index.questions(), today: localDay(new Date()), origin: file.path });
		if (items.length === 0) {
			new Notice("This note has no Dataview blocks.");
			return;
		}
		new ConvertBlocksModal(app, items, (chosen) => void apply(file, chosen)).open();
	}

	async function apply(file: TFile, chosen: Parameters<typeof applyConversion>[1]): Promise<void> {
		if (chosen.length === 0) return;
		try {
			let before = "";
			const after = await app.vault.process(file, (text) => {
				before = text;
				return applyConversion(text, chosen);
			});
			last = { file, before, after };
			new Notice(`Converted ${chosen.length} block(s). "Undo the last Dataview block conversion" restores them.`);
		} catch (error) {
			new Notice(`Nothing was converted: ${errorText(error)}`);
		}
	}

	async function undo(): Promise<void> {
		const receipt = last;
		if (!receipt) return;
		let restored = false;
		await app.vault.process(receipt.file, (text) => {
			restored = text === receipt.after;
			return restored ? receipt.before : text;
		});
		last = null;
		new Notice(restored ? "The Dataview blocks are back." : "The note changed since the conversion, so it was left as it is.");
	}
}

