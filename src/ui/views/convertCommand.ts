import { Notice, type Plugin, type TFile } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { localDay } from "../../core/schedule/days";
import { applyConversion, planConversion } from "../../core/views/convertPlan";
import { ConvertBlocksModal } from "./ConvertBlocksModal";
import { errorText } from "../../core/errorText";
import { undoLatest, type NoteDesk, type ReceiptAction } from "../../app/notes/UndoStack";

/** The undo stack's name for a conversion, which "Undo the last Dataview block conversion" takes back. */
const CONVERSION_ACTION: ReceiptAction = "dataview-conversion";

/**
 * "Convert this note's Dataview blocks", after a preview, through the note writer (written only
 * while the note is the previewed text; applyConversion proves each block still holds its
 * query), and its undo from the one undo stack while the note is unchanged since.
 */
export function registerConvertCommands(plugin: Plugin, index: QuestionIndex, notes: NoteDesk): void {
	const { app } = plugin;
	const { writes, undo: undoStack } = notes;
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
			if (!undoStack.latest(CONVERSION_ACTION)) return false;
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
		new ConvertBlocksModal(app, items, (chosen) => void apply(file, text, chosen)).open();
	}

	async function apply(file: TFile, before: string, chosen: Parameters<typeof applyConversion>[1]): Promise<void> {
		if (chosen.length === 0) return;
		try {
			const change = await writes.rewrite(file.path, before, (text) => applyConversion(text, chosen));
			if (!change) {
				new Notice("Nothing was converted: the note changed since the preview.");
				return;
			}
			undoStack.push({ label: "the Dataview block conversion", changes: [change], action: CONVERSION_ACTION });
			new Notice(`Converted ${chosen.length} block(s). "Undo the last Dataview block conversion" restores them.`);
		} catch (error) {
			new Notice(`Nothing was converted: ${errorText(error)}`);
		}
	}

	async function undo(): Promise<void> {
		const report = await undoLatest(undoStack, writes, CONVERSION_ACTION);
		if (!report) return;
		new Notice(report.undone.length > 0 ? "The Dataview blocks are back." : "The note changed since the conversion, so it was left as it is.");
	}
}

