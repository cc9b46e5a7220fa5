import { groupTitle, type HealthGroup } from "./healthGroups";
import { place, type HealthItem } from "./healthItems";

/** Notes listed under a group before "Show all": a group of 231 must not bury the next one. */
const SHOWN_PER_GROUP = 10;

export interface HealthListActions {
	open: (item: HealthItem) => void;
	/** "Repair all" of one group: the repair preview for its notes. */
	repairAll: (group: HealthGroup) => void;
}

/**
 * Draws "Check vault": a summary, then one group per kind of problem, the costliest first, each
 * with its count, what it costs, its "Repair all" button when a repair may exist, and its notes.
 * DOM only, no `app`. Text goes in as text, never as HTML.
 */
export function renderHealthList(container: HTMLElement, groups: readonly HealthGroup[], actions: HealthListActions): void {
	container.empty();
	container.addClass("interview-vault-health");
	if (groups.length === 0) {
		container.createEl("p", { text: "No problems: every note and every review log line could be read." });
		return;
	}
	container.createEl("p", { cls: "interview-vault-health-summary", text: summary(groups.flatMap((group) => group.items)) });
	for (const group of groups) renderGroup(container.createDiv({ cls: `interview-vault-health-group is-${group.severity}` }), group, actions);
}

function renderGroup(box: HTMLElement, group: HealthGroup, actions: HealthListActions): void {
	const head = box.createDiv({ cls: "interview-vault-health-group-head" });
	head.createEl("h3", { cls: "interview-vault-health-group-title", text: groupTitle(group) });
	if (group.repairable) {
		const count = new Set(group.items.map((item) => item.path)).size;
		head.createEl("button", { cls: "mod-cta", text: `Repair all (${count})` }).addEventListener("click", () => actions.repairAll(group));
	}
	box.createEl("p", { cls: "interview-vault-health-cost", text: group.cost });
	const list = box.createEl("ul", { cls: "interview-vault-health-list" });
	group.items.forEach((item, index) => {
		const row = list.createEl("li", { cls: `interview-vault-health-item is-${item.severity}` });
		if (index >= SHOWN_PER_GROUP) row.hide();
		renderItem(row, item, actions.open);
	});
	const hidden = group.items.length - SHOWN_PER_GROUP;
	if (hidden <= 0) return;
	const more = box.createEl("button", { cls: "interview-vault-health-more", text: `Show all ${group.items.length}` });
	more.addEventListener("click", () => {
		for (const row of Array.from(list.children)) (row as HTMLElement).show();
		more.remove();
	});
}

function summary(items: readonly HealthItem[]): string {
	const errorNotes = new Set(items.filter((item) => item.severity === "error").map((item) => item.path)).size;
	const log = items.filter((item) => item.kind === "review-log").length;
	const warnings = items.filter((item) => item.severity !== "error").length - log;
	const parts = [
		errorNotes === 1
			? "1 note has properties Obsidian cannot read: it is kept without them and never written"
			: `${errorNotes} notes have properties Obsidian cannot read: they are kept without them and never written`,
		count(warnings, "warning", "warnings"),
	];
	if (log > 0) parts.push(`${count(log, "review log line", "review log lines")} skipped`);
	return `${parts.join("; ")}.`;
}

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

function renderItem(row: HTMLElement, item: HealthItem, onOpen: (item: HealthItem) => void): void {
	const link = row.createEl("a", { cls: "interview-vault-health-file", text: place(item), href: "#" });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		onOpen(item);
	});
	row.createSpan({ cls: "interview-vault-health-severity", text: item.severity });
	row.createSpan({ cls: "interview-vault-health-kind", text: item.kind });
	row.createSpan({ cls: "interview-vault-health-message", text: item.message });
}
