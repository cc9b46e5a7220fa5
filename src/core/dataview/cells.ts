import { isoParts } from "./dates";
import { unsupported } from "./env";
import { fileTitle } from "./operators";
import { DURATION_UNITS, isArray, isLink, isObject, type DurationUnits, type LinkNormalizer, type LinkValue, type Value } from "./values";

/** A query result value as plain, JSON-friendly data, for the renderer and the CLI. */
export type Cell = null | string | number | boolean | LinkCell | ExternalLinkCell | DateCell | DurationCell | ObjectCell | readonly Cell[];

export interface LinkCell {
	readonly kind: "link";
	/** The vault path when the link resolves, else the path as written. */
	readonly path: string;
	/** What Dataview shows: the link's display text, else the file name (with ` > heading` for a heading link). */
	readonly display: string;
	readonly subpath?: string;
	/** `![[…]]`: Dataview shows the note embedded, not as a link. */
	readonly embed?: boolean;
}

/** `elink(url, text)`: a link out of the vault. */
export interface ExternalLinkCell {
	readonly kind: "external-link";
	readonly url: string;
	readonly display: string;
}

export interface DateCell {
	readonly kind: "date";
	/** `YYYY-MM-DD` */
	readonly value: string;
	/** `HH:mm:ss`, only when the time is not midnight (file times, timestamps). */
	readonly time?: string;
}

export interface DurationCell {
	readonly kind: "duration";
	/** The non-zero units, as luxon keeps them (`dur(7 days)` is `{ days: 7 }`). */
	readonly units: DurationUnits;
}

export interface ObjectCell {
	readonly kind: "object";
	readonly entries: ReadonlyArray<readonly [string, Cell]>;
}

export function toCell(value: Value, normalizeLink: LinkNormalizer): Cell {
	if (value === null || typeof value !== "object") return value;
	if (isArray(value)) return value.map((item) => toCell(item, normalizeLink));
	switch (value.kind) {
		case "link": {
			const display = value.display ?? fileTitle(value.path) + (value.type === "file" ? "" : ` > ${value.subpath ?? ""}`);
			const path = normalizeLink(value.path);
			return { kind: "link", path, display, ...(value.subpath === undefined ? {} : { subpath: value.subpath }), ...(value.embed ? { embed: true } : {}) };
		}
		case "widget":
			return { kind: "external-link", url: value.url, display: value.display };
		case "function":
			// Dataview draws a function object; nothing a note can show the same way.
			return unsupported("showing a lambda itself as a value");
		case "date": {
			const { day, time } = isoParts(value);
			return time === undefined ? { kind: "date", value: day } : { kind: "date", value: day, time };
		}
		case "duration": {
			const units: Partial<Record<(typeof DURATION_UNITS)[number], number>> = {};
			for (const unit of DURATION_UNITS) if ((value.units[unit] ?? 0) !== 0) units[unit] = value.units[unit];
			return { kind: "duration", units };
		}
		case "object":
			return { kind: "object", entries: [...value.fields].map(([key, item]) => [key, toCell(item, normalizeLink)] as const) };
	}
}

/** A GROUP BY group's `rows` entry: a page shows as its link; anything else (a nested group) as itself. */
export function groupRowCell(row: Value, normalizeLink: LinkNormalizer): Cell {
	const link = pageLink(row);
	return toCell(link ?? row, normalizeLink);
}

/** A page's `file.link`, or undefined for anything that is not a page. */
export function pageLink(row: Value): LinkValue | undefined {
	if (!isObject(row)) return undefined;
	const file = row.fields.get("file") ?? null;
	const link = isObject(file) ? (file.fields.get("link") ?? null) : null;
	return isLink(link) ? link : undefined;
}
