import { Notice, type App, type Plugin } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import type { LogProblem } from "../../core/reviewLog/reviewLog";
import { applyRepairs, planRepairs, undoRepairs, type PlannedRepair, type RepairReceipt } from "./fenceRepairs";
import { fencePaths, healthItems } from "./healthItems";
import { RepairFencesModal } from "./RepairFencesModal";
import { VaultHealthModal } from "./VaultHealthModal";

export interface HealthDeps {
	index: QuestionIndex;
	/** False until the start-up read is done: an empty list then would be a lie. */
	isReady: () => boolean;
	/** The review log's unreadable lines, when the plugin can read the log. */
	logProblems?: () => Promise<LogProblem[]>;
}

const NOT_READY = "Interview Vault is still reading your notes; try again in a moment.";

/** "Check vault" (also as "Show index problems"), "Repair frontmatter fences" and "Undo the last fence repair". */
export function registerHealthCommands(plugin: Plugin, deps: HealthDeps): void {
	const { app } = plugin;
	let last: RepairReceipt | null = null;

	const repair = async (): Promise<void> => {
		if (!deps.isReady()) {
			new Notice(NOT_READY);
			return;
		}
		const { repairs, refusals } = await planRepairs(app.vault, fencePaths(deps.index.problems()));
		if (repairs.length === 0 && refusals.length === 0) {
			new Notice("No frontmatter fence needs a repair.");
			return;
		}
		new RepairFencesModal(app, repairs, refusals, {
			apply: (chosen) => void apply(chosen),
			open: (path) => void openAt(app, path, 1),
		}).open();
	};

	const apply = async (chosen: PlannedRepair[]): Promise<void> => {
		if (chosen.length === 0) {
			new Notice("No repair was selected; nothing was changed.");
			return;
		}
		const { receipt, skipped } = await applyRepairs(app.vault, chosen);
		if (receipt.changes.length > 0) last = receipt;
		new Notice(applyMessage(receipt.changes.length, skipped));
	};

	const undo = async (): Promise<void> => {
		const receipt = last;
		if (!receipt) return;
		last = null;
		const { restored, kept } = await undoRepairs(app.vault, receipt);
		const left = kept.length > 0 ? ` ${kept.length} changed since the repair and were left as they are: ${kept.join(", ")}.` : "";
		new Notice(`Put back ${restored} note(s) as they were before the fence repair.${left}`);
	};

	const check = async (): Promise<void> => {
		if (!deps.isReady()) {
			new Notice(NOT_READY);
			return;
		}
		const problems = deps.index.problems();
		const logProblems = deps.logProblems ? await deps.logProblems().catch(() => []) : [];
		new VaultHealthModal(app, healthItems(problems, logProblems), {
			open: (item) => void openAt(app, item.path, item.line),
			...(fencePaths(problems).length > 0 ? { repairFences: () => void repair() } : {}),
		}).open();
	};

	plugin.addCommand({ id: "check-vault", name: "Check vault", callback: () => void check() });
	// The older name of the same list, kept so hotkeys and links to its id go on working.
	plugin.addCommand({ id: "show-index-problems", name: "Show index problems", callback: () => void check() });
	plugin.addCommand({ id: "repair-frontmatter-fences", name: "Repair frontmatter fences", callback: () => void repair() });
	plugin.addCommand({
		id: "undo-fence-repair",
		name: "Undo the last fence repair",
		checkCallback: (checking) => {
			if (!last) return false;
			if (!checking) void undo();
			return true;
		},
	});
}

function applyMessage(repaired: number, skipped: readonly string[]): string {
	const undo = repaired > 0 ? ' "Undo the last fence repair" puts them back.' : "";
	const left = skipped.length > 0 ? ` ${skipped.length} skipped because the note changed since the preview: ${skipped.join(", ")}.` : "";
	return `Repaired the frontmatter fence of ${repaired} note(s).${left}${undo}`;
}

/** Opens the note in the current tab, scrolled to the problem's line (the editor counts from 0). */
async function openAt(app: App, path: string, line: number | undefined): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice(`${path} no longer exists.`);
		return;
	}
	await app.workspace.getLeaf(false).openFile(file, { active: true, eState: line === undefined ? {} : { line: line - 1 } });
}
