import { place, type HealthItem } from "./healthItems";

/**
 * Draws "Check vault": a summary, then one row per problem with its file and line. DOM only, no
 * `app`: the caller decides what opening a row does. Text goes in as text, never as HTML.
 */
export function renderHealthList(container: HTMLElement, items: readonly HealthItem[], onOpen: (item: HealthItem) => void): void {
	container.empty();
	container.addClass("interview-vault-health");
	if (items.length === 0) {
		container.createEl("p", { text: "No problems: every note and every review log line could be read." });
		return;
	}
	container.createEl("p", { cls: "interview-vault-health-summary", text: summary(items) });
	const list = container.createEl("ul", { cls: "interview-vault-health-list" });
	for (const item of items) renderItem(list.createEl("li", { cls: `interview-vault-health-item is-${item.severity}` }), item, onOpen);
}

function summary(items: readonly HealthItem[]): string {
	const errors = items.filter((item) => item.severity === "error").length;
	const log = items.filter((item) => item.kind === "review-log").length;
	const warnings = items.length - errors - log;
	const parts = [
		errors === 1
			? "1 note has properties Obsidian cannot read: it is kept without them and never written"
			: `${errors} notes have properties Obsidian cannot read: they are kept without them and never written`,
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
