import type { WorkspaceLeaf, Workspace } from "obsidian";

/** Shows the plugin's view of this type: the open one if any, else a new one (a tab, or the right sidebar). */
export async function revealView(workspace: Workspace, type: string, place: "tab" | "right"): Promise<WorkspaceLeaf | undefined> {
	const existing = workspace.getLeavesOfType(type)[0];
	const leaf = existing ?? (place === "right" ? workspace.getRightLeaf(false) : workspace.getLeaf("tab"));
	if (!leaf) return undefined;
	if (!existing) await leaf.setViewState({ type, active: true });
	await workspace.revealLeaf(leaf);
	return leaf;
}

/** Opens a note beside the view it was chosen from (a tab, or a split), never in that view's place. */
export function openBeside(workspace: Workspace, path: string, split: boolean): void {
	void workspace.openLinkText(path, "", split ? "split" : "tab");
}
