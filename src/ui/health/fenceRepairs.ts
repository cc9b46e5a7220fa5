import { parseYaml, type TFile, type Vault } from "obsidian";
import { firstLines, planRepair, type RepairKind, type RepairOptions } from "../../core/note/repairFrontmatter";

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

/** What one apply changed, so that it can be undone while the notes stay as it left them. */
export interface RepairReceipt {
	changes: { file: TFile; before: string; after: string }[];
}

export interface ApplyResult {
	receipt: RepairReceipt;
	/** Notes that changed since the preview (or vanished), left as they are. */
	skipped: string[];
}

type VaultAccess = Pick<Vault, "read" | "process" | "getFileByPath">;

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
 * Applies the chosen repairs, each in one `vault.process` call: inside it the repair is planned
 * again on the note's text at that moment, and a note that is no longer the previewed text is
 * left untouched, so an edit made since the preview is never overwritten.
 */
export async function applyRepairs(vault: VaultAccess, chosen: readonly PlannedRepair[]): Promise<ApplyResult> {
	const receipt: RepairReceipt = { changes: [] };
	const skipped: string[] = [];
	for (const repair of chosen) {
		const outcome = { applied: false };
		try {
			await vault.process(repair.file, (text) => {
				const again = text === repair.before ? planRepair(text, parse, repair.options) : undefined;
				outcome.applied = again !== undefined && "fixed" in again && again.fixed === repair.fixed;
				return outcome.applied ? repair.fixed : text;
			});
		} catch {
			// The note was deleted or could not be written: it counts as skipped.
			outcome.applied = false;
		}
		if (outcome.applied) receipt.changes.push({ file: repair.file, before: repair.before, after: repair.fixed });
		else skipped.push(repair.file.path);
	}
	return { receipt, skipped };
}

/** Puts back each repaired note that is still exactly as the repair left it; the rest stay. */
export async function undoRepairs(vault: VaultAccess, receipt: RepairReceipt): Promise<{ restored: number; kept: string[] }> {
	let restored = 0;
	const kept: string[] = [];
	for (const change of receipt.changes) {
		const outcome = { putBack: false };
		try {
			await vault.process(change.file, (text) => {
				outcome.putBack = text === change.after;
				return outcome.putBack ? change.before : text;
			});
		} catch {
			// Deleted since the repair: nothing to put back.
			outcome.putBack = false;
		}
		if (outcome.putBack) restored++;
		else kept.push(change.file.path);
	}
	return { restored, kept };
}
