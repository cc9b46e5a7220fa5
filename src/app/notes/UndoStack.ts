import { plural } from "../../core/text/plural";
import type { NoteChange, NoteWrites, UndoOutcome } from "../../core/write/NoteWrites";

/** The one note writer and the one undo stack, handed to every feature that writes notes. */
export interface NoteDesk {
	writes: NoteWrites;
	undo: UndoStack;
}

export type ReceiptAction = "import" | "checklist" | "question" | "mock-report" | "fence-repair" | "dataview-conversion";

/** Actions with an undo command of their own ("Undo the last frontmatter repair", "… Dataview block conversion"). */
const OWN_UNDO_COMMAND: ReadonlySet<ReceiptAction> = new Set(["fence-repair", "dataview-conversion"]);

/** What one action wrote, with the words that name it ("the import of guide.txt"). */
export interface Receipt {
	label: string;
	changes: NoteChange[];
	/** What kind of action wrote it: "Undo the last import" finds the newest import; a repair or a conversion has its own undo command. */
	action?: ReceiptAction;
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
	all(action: ReceiptAction): Receipt[] {
		return this.receipts.filter((receipt) => receipt.action === action);
	}

	/** The newest receipt of the document features' actions (a repair or a conversion is left to its own command). */
	peek(): Receipt | undefined {
		return [...this.receipts].reverse().find((receipt) => receipt.action === undefined || !OWN_UNDO_COMMAND.has(receipt.action));
	}

	/** The newest receipt that "Undo the last import, checklist change or mock report" takes back. */
	async undoLast(writes: NoteWrites): Promise<UndoReport | undefined> {
		const receipt = this.peek();
		return receipt ? this.undo(receipt, writes) : undefined;
	}

	/** The newest receipt of one kind of action, wherever it is on the stack. */
	latest(action: ReceiptAction): Receipt | undefined {
		return [...this.receipts].reverse().find((receipt) => receipt.action === action);
	}

	/** Undoes one receipt still on the stack (a notice's Undo button, an undo command); once only. */
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


/** Undoes the newest receipt of one action (an undo command of its own), if there is one. */
export async function undoLatest(stack: UndoStack, writes: NoteWrites, action: ReceiptAction): Promise<UndoReport | undefined> {
	const receipt = stack.latest(action);
	return receipt ? stack.undo(receipt, writes) : undefined;
}
