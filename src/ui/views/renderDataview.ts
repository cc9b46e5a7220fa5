import { cellText, type Cell, type QueryResult } from "../../core/dataview";
import { noteLink } from "../noteLink";
import { renderPaged, type LinkActions } from "./renderBlock";
import { renderNotice } from "./renderNotice";

/** Draws a Dataview-compatible result the way Dataview lays it out: a table or a list, links live. */
export function renderQueryResult(container: HTMLElement, result: QueryResult, links: LinkActions): void {
	container.empty();
	container.addClass("interview-vault-block", "interview-vault-dataview");
	if (result.type === "error") {
		renderNotice(container, result.message);
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

/** One value: a link is a note link, a list a bullet list, anything else its Dataview text. */
export function renderCell(container: HTMLElement, cell: Cell, links: LinkActions): void {
	if (Array.isArray(cell)) {
		const list = container.createEl("ul", { cls: "interview-vault-cell-list" });
		for (const item of cell as readonly Cell[]) renderCell(list.createEl("li"), item, links);
		return;
	}
	if (isLink(cell)) {
		noteLink(container, cell.path, cellText(cell), links.open, links.hover);
		return;
	}
	container.appendText(cellText(cell));
}

function isLink(cell: Cell): cell is Extract<Cell, { kind: "link" }> {
	return typeof cell === "object" && cell !== null && !Array.isArray(cell) && "kind" in cell && cell.kind === "link";
}
