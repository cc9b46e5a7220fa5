import { plural } from "../../core/text/plural";
import type { NoteChange, NoteWrites, UndoOutcome } from "../../core/write/NoteWrites";

/** What one action wrote, with the words that name it ("the import of guide.txt"). */
export interface Receipt {
	label: string;
	changes: NoteChange[];
	/** What kind of action wrote it, so "Undo the last import" can find the newest import. */
	action?: "import" | "checklist" | "question" | "mock-report";
}

export interface UndoReport {
	label: string;
	undone: NoteChange[];
	/** Notes edited or moved since the action: left as they are. */
	kept: { path: string; outcome: Exclude<UndoOutcome, "undone"> }[];
}

/** Undoes a receipt, newest change first; a note changed since is kept, never overwritten. */
export async function undoReceipt(writes: NoteWrites, receipt: Receipt): Promise<UndoReport> {
	const report: UndoReport = { label: receipt.label, undone: [], kept: [] };
	for (const change of [...receipt.changes].reverse()) {
		const outcome = change.kind === "created" ? await writes.removeCreated(change) : await writes.restoreLine(change);
		if (outcome === "undone") report.undone.push(change);
		else report.kept.push({ path: change.path, outcome });
	}
	return report;
}

/** The one undo stack of the document features: the newest receipt is undone first. */
export class UndoStack {
	private readonly receipts: Receipt[] = [];

	/** `changed` runs after every push and undo, with its receipt (to save those that must survive a restart). */
	constructor(private readonly changed: (receipt: Receipt) => void = () => undefined) {}

	push(receipt: Receipt): void {
		if (receipt.changes.length === 0) return;
		this.receipts.push(receipt);
		this.changed(receipt);
	}

	/** Receipts saved before a restart go under those of this session. */
	restore(receipts: readonly Receipt[]): void {
		this.receipts.unshift(...receipts.filter((receipt) => receipt.changes.length > 0 && !this.receipts.includes(receipt)));
	}

	/** The receipts of one kind of action, oldest first. */
	all(action: NonNullable<Receipt["action"]>): Receipt[] {
		return this.receipts.filter((receipt) => receipt.action === action);
	}

	peek(): Receipt | undefined {
		return this.receipts[this.receipts.length - 1];
	}

	async undoLast(writes: NoteWrites): Promise<UndoReport | undefined> {
		const receipt = this.peek();
		return receipt ? this.undo(receipt, writes) : undefined;
	}

	/** The newest receipt of one kind of action, wherever it is on the stack. */
	latest(action: NonNullable<Receipt["action"]>): Receipt | undefined {
		return [...this.receipts].reverse().find((receipt) => receipt.action === action);
	}

	/** Undoes one receipt still on the stack (a notice's Undo button, "Undo the last import"); once only. */
	async undo(receipt: Receipt, writes: NoteWrites): Promise<UndoReport | undefined> {
		const at = this.receipts.lastIndexOf(receipt);
		if (at < 0) return undefined;
		this.receipts.splice(at, 1);
		const report = await undoReceipt(writes, receipt);
		this.changed(receipt);
		return report;
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

