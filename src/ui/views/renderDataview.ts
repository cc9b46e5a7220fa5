import { cellText, type Cell, type PagedQueryResult, type QueryResult, type TaskItem } from "../../core/dataview";
import { noteLink } from "../noteLink";
import { renderPaged, type LinkActions } from "./renderBlock";
import { renderNotice } from "./renderNotice";

/** Draws a Dataview-compatible result the way Dataview lays it out: a table or a list, links live. */
export function renderQueryResult(container: HTMLElement, result: QueryResult | PagedQueryResult, links: LinkActions): void {
	container.empty();
	container.addClass("interview-vault-block", "interview-vault-dataview");
	if (result.type === "error" || result.type === "not-supported") {
		renderNotice(container, result.message);
		return;
	}
	if (result.type === "task") {
		renderTasks(container, result, links);
		return;
	}
	if (result.type === "list") {
		const list = container.createEl("ul", { cls: "interview-vault-list" });
		renderPaged(container, result.items, (item) => {
			const li = list.createEl("li");
			if (item.id !== undefined) renderCell(li, item.id, links);
			if (item.id !== undefined && item.value !== undefined) li.appendText(": ");
			if (item.value !== undefined) renderCell(li, item.value, links);
		});
		return;
	}
	const table = container.createEl("table", { cls: "interview-vault-table" });
	const head = table.createEl("thead").createEl("tr");
	for (const header of result.headers) head.createEl("th", { text: header });
	const body = table.createEl("tbody");
	if (result.rows.length === 0) container.createDiv({ cls: "interview-vault-empty", text: "No results." });
	renderPaged(container, result.rows, (row) => {
		const tr = body.createEl("tr");
		for (const cell of row) renderCell(tr.createEl("td"), cell, links);
	});
}

/**
 * TASK results, read-only: a checkbox shows the task's state; clicking it opens the note at the
 * task instead of toggling it (Interview Vault never edits a note's tasks).
 */
function renderTasks(container: HTMLElement, result: Extract<QueryResult, { type: "task" }>, links: LinkActions): void {
	const drawList = (parent: HTMLElement, tasks: readonly TaskItem[]): void => {
		const list = parent.createEl("ul", { cls: "interview-vault-list contains-task-list" });
		renderPaged(parent, tasks, (task) => {
			const li = list.createEl("li", { cls: "task-list-item", attr: { "data-task": task.status } });
			const box = li.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox", attr: { "aria-label": "Open the note at this task" } });
			box.checked = task.status !== " " && task.status !== "";
			box.addEventListener("click", (event) => {
				event.preventDefault();
				if (links.openAt) links.openAt(task.path, task.line);
				else links.open(task.path, false);
			});
			li.appendText(` ${task.text}`);
		});
	};
	if (!result.groups) {
		if (result.tasks.length === 0) container.createDiv({ cls: "interview-vault-empty", text: "No results." });
		drawList(container, result.tasks);
		return;
	}
	for (const group of result.groups) {
		const heading = container.createEl("h4");
		renderCell(heading, group.key, links);
		drawList(container, group.tasks);
	}
}

/** One value: a link is a note link, a list a bullet list, anything else its Dataview text. */
export function renderCell(container: HTMLElement, cell: Cell, links: LinkActions): void {
	if (Array.isArray(cell)) {
		const list = container.createEl("ul", { cls: "interview-vault-cell-list" });
		for (const item of cell as readonly Cell[]) renderCell(list.createEl("li"), item, links);
		return;
	}
	if (isLink(cell)) {
		// An embed (`![[note]]`) shows the note, as Dataview does; a link where it cannot be drawn.
		if (cell.embed && links.embed?.(container.createDiv({ cls: "interview-vault-embed" }), cell.path)) return;
		noteLink(container, cell.path, cellText(cell), links.open, links.hover);
		return;
	}
	if (typeof cell === "object" && cell !== null && !Array.isArray(cell) && "kind" in cell && cell.kind === "external-link") {
		container.createEl("a", { cls: "external-link", text: cell.display, href: /^https?:\/\//i.test(cell.url) ? cell.url : "#", attr: { target: "_blank", rel: "noopener" } });
		return;
	}
	container.appendText(cellText(cell));
}

function isLink(cell: Cell): cell is Extract<Cell, { kind: "link" }> {
	return typeof cell === "object" && cell !== null && !Array.isArray(cell) && "kind" in cell && cell.kind === "link";
}
