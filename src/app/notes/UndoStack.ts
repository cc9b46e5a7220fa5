import { plural } from "../../core/text/plural";
import type { NoteChange, NoteWrites, UndoOutcome } from "../../core/write/NoteWrites";

/** The one note writer and the one undo stack, handed to every feature that writes notes. */
export interface NoteDesk {
	writes: NoteWrites;
	undo: UndoStack;
}

/** What one action wrote, with the words that name it ("the import of guide.txt"). */
export interface Receipt {
	label: string;
	changes: NoteChange[];
	/** Which command's undo takes it back ("fence-repair", "dataview-conversion"); none: the documents' undo. */
	action?: string;
}

export interface UndoReport {
	label: string;
	undone: NoteChange[];
	/** Notes edited or moved since the action: left as they are. */
	kept: { path: string; outcome: Exclude<UndoOutcome, "undone">; reason?: string }[];
}

/** Undoes a receipt, newest change first; a note changed since is kept, never overwritten. */
export async function undoReceipt(writes: NoteWrites, receipt: Receipt): Promise<UndoReport> {
	const report: UndoReport = { label: receipt.label, undone: [], kept: [] };
	for (const change of [...receipt.changes].reverse()) {
		const { outcome, reason } = await writes.undo(change);
		if (outcome === "undone") report.undone.push(change);
		else report.kept.push({ path: change.path, outcome, ...(reason === undefined ? {} : { reason }) });
	}
	return report;
}

/**
 * The plugin's one undo stack: every action that writes notes (an import, a checklist mark, a
 * new question, a mock report, a frontmatter repair, a Dataview conversion) pushes its receipt;
 * an undo command takes back the newest receipt of its action. (A grade is undone in its quiz,
 * which moves back a card and drops the review-log line with it, through the same writer.)
 */
export class UndoStack {
	private readonly receipts: Receipt[] = [];

	push(receipt: Receipt): void {
		if (receipt.changes.length > 0) this.receipts.push(receipt);
	}

	/** The newest receipt of the action (the documents' own when none is named). */
	peek(action?: string): Receipt | undefined {
		return this.receipts.filter((receipt) => receipt.action === action).pop();
	}

	async undoLast(writes: NoteWrites, action?: string): Promise<UndoReport | undefined> {
		const receipt = this.peek(action);
		if (!receipt) return undefined;
		this.receipts.splice(this.receipts.lastIndexOf(receipt), 1);
		return undoReceipt(writes, receipt);
	}
}

/** "Undid the import of guide.txt: removed 13 notes." with what was kept, for a notice or the terminal. */
export function describeUndo(report: UndoReport): string {
	const removed = report.undone.filter((change) => change.kind === "created").length;
	const restored = report.undone.length - removed;
	const parts = [
		...(removed > 0 ? [`removed ${plural(removed, "note")}`] : []),
		...(restored > 0 ? [`put back ${plural(restored, "line")}`] : []),
	];
	const done = `Undid ${report.label}: ${parts.length > 0 ? parts.join(", ") : "nothing was left to undo"}.`;
	if (report.kept.length === 0) return done;
	const kept = report.kept.map((item) => `${item.path} (${item.outcome === "changed" ? "edited since" : "no longer there"})`).join(", ");
	return `${done} Left as they are: ${kept}.`;
}

