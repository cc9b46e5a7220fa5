import { Notice, type App, type Plugin } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import type { LogProblem } from "../../core/reviewLog/reviewLog";
import { undoLatest, type NoteDesk } from "../../app/notes/UndoStack";
import { applyRepairs, planRepairs, REPAIR_ACTION, type PlannedRepair } from "./fenceRepairs";
import { healthGroups, type NoteRole } from "./healthGroups";
import { healthItems, repairablePaths } from "./healthItems";
import type { RepairOptions } from "../../core/note/repairFrontmatter";
import { RepairFencesModal } from "./RepairFencesModal";
import { VaultHealthModal } from "./VaultHealthModal";
import { NOT_READY_NOTICE } from "../../core/index/readiness";

export interface HealthDeps {
	index: QuestionIndex;
	/** False until the start-up read is done: an empty list then would be a lie. */
	/** The review log's unreadable lines, when the plugin can read the log. */
	logProblems?: () => Promise<LogProblem[]>;
	/** The note writer the repairs go through, and the undo stack they land on. */
	notes: NoteDesk;
}


/** What other parts of the plugin may ask of vault health: the repair preview for some notes. */
export interface HealthActions {
	/** The repair preview for these notes (every repairable note when left out); resolves when it is closed. */
	repair: (paths?: readonly string[]) => Promise<void>;
}

/** "Check vault" (also as "Show index problems"), "Repair frontmatter…" and "Undo the last frontmatter repair". */
export function registerHealthCommands(plugin: Plugin, deps: HealthDeps): HealthActions {
	const { app } = plugin;
	const { writes, undo: undoStack } = deps.notes;

	const repair = async (paths?: readonly string[], options: RepairOptions = { duplicates: "last" }): Promise<void> => {
		if (!deps.index.isReady) {
			new Notice(NOT_READY_NOTICE);
			return;
		}
		const { repairs, refusals } = await planRepairs(app.vault, paths ?? repairablePaths(deps.index.problems()), options);
		if (repairs.length === 0 && refusals.length === 0) {
			new Notice(paths?.length === 1 ? `No repair is known for ${paths[0] ?? ""}: open it and fix the frontmatter by hand.` : "No note's frontmatter needs a repair.");
			return;
		}
		await new Promise<void>((resolve) => {
			// Settled when the preview's outcome is written (or the preview planned again), not before.
			let handedOn = false;
			const then = (work: Promise<void>) => {
				handedOn = true;
				void work.finally(resolve);
			};
			new RepairFencesModal(app, repairs, refusals, {
				apply: (chosen) => then(apply(chosen)),
				open: (path) => void openAt(app, path, 1),
				replan: (keep) => then(repair(paths, { duplicates: keep })),
				closed: () => {
					if (!handedOn) resolve();
				},
			}, options).open();
		});
	};

	const apply = async (chosen: PlannedRepair[]): Promise<void> => {
		if (chosen.length === 0) {
			new Notice("No repair was selected; nothing was changed.");
			return;
		}
		const { receipt, skipped } = await applyRepairs(writes, chosen);
		undoStack.push(receipt);
		new Notice(applyMessage(receipt.changes.length, skipped));
	};

	const undo = async (): Promise<void> => {
		const report = await undoLatest(undoStack, writes, REPAIR_ACTION);
		if (!report) return;
		const restored = report.undone.length;
		const kept = report.kept.map((item) => item.path);
		const left = kept.length > 0 ? ` ${kept.length} changed since the repair and were left as they are: ${kept.join(", ")}.` : "";
		new Notice(`Put back ${notes(restored)} as before the frontmatter repair.${left}`);
	};

	const check = async (): Promise<void> => {
		if (!deps.index.isReady) {
			new Notice(NOT_READY_NOTICE);
			return;
		}
		const problems = deps.index.problems();
		const logProblems = deps.logProblems ? await deps.logProblems().catch(() => []) : [];
		const roleOf = (path: string): NoteRole => deps.index.analysis(path)?.kind ?? "other";
		new VaultHealthModal(app, healthGroups(healthItems(problems, logProblems), roleOf), {
			open: (item) => void openAt(app, item.path, item.line),
			repair: (paths) => void repair(paths),
		}).open();
	};

	plugin.addCommand({ id: "check-vault", name: "Check vault", callback: () => void check() });
	// The older name of the same list, kept so hotkeys and links to its id go on working.
	plugin.addCommand({ id: "show-index-problems", name: "Show index problems", callback: () => void check() });
	// The id stays from when only fences were repaired, so hotkeys users set keep working.
	plugin.addCommand({ id: "repair-frontmatter-fences", name: "Repair frontmatter…", callback: () => void repair() });
	plugin.addCommand({
		id: "undo-fence-repair",
		name: "Undo the last frontmatter repair",
		checkCallback: (checking) => {
			if (!undoStack.latest(REPAIR_ACTION)) return false;
			if (!checking) void undo();
			return true;
		},
	});
	return { repair: (paths) => repair(paths) };
}

function notes(count: number): string {
	return count === 1 ? "1 note" : `${count} notes`;
}

function applyMessage(repaired: number, skipped: readonly string[]): string {
	const undo = repaired > 0 ? ' "Undo the last frontmatter repair" puts them back.' : "";
	const left = skipped.length > 0 ? ` ${notes(skipped.length)} skipped because the note changed since the preview: ${skipped.join(", ")}.` : "";
	return `Repaired the frontmatter of ${notes(repaired)}.${left}${undo}`;
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
