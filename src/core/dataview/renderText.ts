import type { Cell } from "./cells";
import { dateFromParts, formatDate, formatDuration } from "./dates";
import type { ListItem } from "./runQuery";

/**
 * A cell as the text Dataview shows for it (`RawLit` in `src/ui/markdown.tsx` with the default
 * settings): null as "-", a link as its display text (the file name), dates as "October 03, 2025",
 * durations as "1 week, 2 days", lists joined with ", " (Dataview draws a bullet list inside a
 * table cell; ", " is how it writes the same list as text) and nested lists in brackets.
 */
export function cellText(cell: Cell): string {
	return text(cell, false);
}

/** A LIST item: the link, the value, or both as "link: value" (Dataview's list pair). */
export function listItemText(item: ListItem): string {
	if (item.id !== undefined && item.value !== undefined) return `${cellText(item.id)}: ${cellText(item.value)}`;
	return cellText(item.id ?? item.value ?? null);
}

function text(cell: Cell, nested: boolean): string {
	if (cell === null) return "-";
	if (isCellList(cell)) {
		const items = cell.map((item) => text(item, true)).join(", ");
		return nested ? `[${items}]` : items;
	}
	switch (typeof cell) {
		case "string":
			return cell;
		case "number":
		case "boolean":
			return String(cell);
		default:
			break;
	}
	switch (cell.kind) {
		case "link":
		case "external-link":
			return cell.display;
		case "date":
			return dateText(cell.value, cell.time);
		case "duration":
			return formatDuration(cell.units);
		case "object":
			return `{ ${cell.entries.map(([key, value]) => `${key}: ${text(value, true)}`).join(", ")} }`;
	}
}

function dateText(day: string, time: string | undefined): string {
	const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
	const [hour = 0, minute = 0, second = 0] = (time ?? "").split(":").filter(Boolean).map(Number);
	const value = dateFromParts({ year, month, day: date, hour, minute, second });
	return value ? formatDate(value) : day;
}

function isCellList(cell: Cell): cell is readonly Cell[] {
	return Array.isArray(cell);
}
