import { parseYaml, type TFile, type Vault } from "obsidian";
import type { Receipt, ReceiptAction } from "../../app/notes/UndoStack";
import type { NoteWrites } from "../../core/write/NoteWrites";
import { firstLines, planRepair, replanRepair, type RepairKind, type RepairOptions } from "../../core/note/repairFrontmatter";

/** A repair shown in the preview: the text it was planned on, so a later edit is noticed. */
export interface PlannedRepair {
	file: TFile;
	kinds: RepairKind[];
	fix: string;
	before: string;
	fixed: string;
	options: RepairOptions;
	/** The note's first lines before and after, down to the end of the repaired frontmatter. */
	preview: { before: string[]; after: string[] };
}

export interface RefusedRepair {
	file: TFile;
	reason: string;
}

export interface ApplyResult {
	/** What the repairs wrote, for the one undo stack (its action: `fence-repair`). */
	receipt: Receipt;
	/** Notes that changed since the preview (or vanished), left as they are. */
	skipped: string[];
}

/** The undo stack's name for the repairs, which "Undo the last frontmatter repair" takes back. */
export const REPAIR_ACTION: ReceiptAction = "fence-repair";

type VaultAccess = Pick<Vault, "read" | "getFileByPath">;

/** Obsidian's own YAML reader decides: a repair is offered only if Obsidian will read the result. */
const parse = (yaml: string): unknown => parseYaml(yaml) as unknown;

/** Lines of a preview at most: a long frontmatter block is cut, never the note's body shown. */
const PREVIEW_LINES = 24;

/** Plans the repair of each named note, reading its current text. */
export async function planRepairs(
	vault: VaultAccess,
	paths: readonly string[],
	options: RepairOptions,
): Promise<{ repairs: PlannedRepair[]; refusals: RefusedRepair[] }> {
	const repairs: PlannedRepair[] = [];
	const refusals: RefusedRepair[] = [];
	for (const path of paths) {
		const file = vault.getFileByPath(path);
		if (!file) continue;
		const before = await vault.read(file);
		const plan = planRepair(before, parse, options);
		if (!plan) continue;
		if ("refused" in plan) {
			refusals.push({ file, reason: plan.refused });
			continue;
		}
		const kinds = plan.steps.map((step) => step.kind);
		const fix = plan.steps.map((step) => step.fix).join("; then ");
		repairs.push({ file, kinds, fix, before, fixed: plan.fixed, options, preview: preview(before, plan.fixed, plan.changedLines) });
	}
	return { repairs, refusals };
}

function preview(before: string, fixed: string, changedLines: readonly number[]): PlannedRepair["preview"] {
	const afterLines = firstLines(fixed, PREVIEW_LINES);
	const closing = afterLines.findIndex((line, index) => index > 0 && line === "---");
	const shown = Math.min(PREVIEW_LINES, Math.max(closing + 1, ...changedLines));
	return { before: firstLines(before, Math.max(shown, ...changedLines.map((line) => Math.min(line, PREVIEW_LINES)))), after: afterLines.slice(0, shown) };
}

/**
 * Applies the chosen repairs through the note writer: each is written only while the note is
 * still the previewed text, and planned again on it (planRepair proves the repair), so an edit
 * made since the preview is never overwritten.
 */
export async function applyRepairs(writes: NoteWrites, chosen: readonly PlannedRepair[]): Promise<ApplyResult> {
	const receipt: Receipt = { label: "the frontmatter repair", changes: [], action: REPAIR_ACTION };
	const skipped: string[] = [];
	for (const repair of chosen) {
		const change = await writes.rewrite(repair.file.path, repair.before, (text) => replanRepair(text, parse, repair.options, repair.fixed))
			// Deleted, or no longer the planned repair: it counts as skipped, and nothing was written.
			.catch(() => undefined);
		if (change) receipt.changes.push(change);
		else skipped.push(repair.file.path);
	}
	return { receipt, skipped };
}

