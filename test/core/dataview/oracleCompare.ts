import { readFileSync } from "fs";
import { join } from "path";
import { listMarkdownFiles, readNote } from "../../../src/cli/readVault";
import { NOT_SUPPORTED, parseQuery, runQuery, type Cell, type DataviewPage, type QueryResult } from "../../../src/core/dataview";
import { formatDuration } from "../../../src/core/dataview/dates";
import { analyzeNote } from "../../../src/core/parse/analyzeNote";
import { defaultSettings, toRecognitionOptions } from "../../../src/settings/settings";

/**
 * Compares our engine's answers with answers recorded once from the real Dataview 0.5.70 (the
 * oracle in ../shared/tools/dataview-oracle, never run by the tests), as its compare-core does:
 * identical (same headers and visible rows in order, or as a multiset when Dataview's own order
 * depends on file order, or both an error), refused (a named unsupported feature), or wrong.
 */

type Norm = null | string | number | boolean | Norm[] | { [key: string]: unknown };

interface RecordedRow {
	visible: Norm[];
}

export interface RecordedResult {
	id: string;
	query: string;
	origin?: string;
	ok: boolean;
	error?: string;
	type?: string;
	headers?: string[];
	rows?: RecordedRow[];
	order_depends_on_file_order?: boolean;
	rows_in_other_orders?: Record<string, RecordedRow[] | string>;
}

export interface Recorded {
	today: string;
	file_times: string;
	results: RecordedResult[];
}

export type Verdict = { category: "identical" | "refused" | "wrong"; detail: string };

/**
 * The vault's pages through our own reading pipeline (the headless reader, as Obsidian reads: a
 * duplicated key or any other YAML error = no properties), with the oracle's fixed file times.
 */
export function loadPages(vault: string, fileTime: string): DataviewPage[] {
	const time = Date.parse(fileTime);
	const options = toRecognitionOptions(defaultSettings());
	return listMarkdownFiles(vault).map((path) => {
		const note = readNote(vault, path);
		return analyzeNote({ ...note, ctime: time, mtime: time }, options).page;
	});
}


export function readRecorded(file: string): Recorded {
	return JSON.parse(readFileSync(file, "utf8")) as Recorded;
}

export function answer(query: string, pages: readonly DataviewPage[], today: string, origin?: string): QueryResult {
	const parsed = parseQuery(query);
	if (!parsed.ok) return { type: parsed.message.startsWith(NOT_SUPPORTED) ? "not-supported" : "error", message: parsed.message };
	return runQuery(parsed.query, pages, origin === undefined ? { today } : { today, origin });
}

/** Our cell in the oracle's JSON shape. */
export function normCell(cell: Cell): Norm {
	if (cell === null || typeof cell !== "object") return typeof cell === "number" && !Number.isFinite(cell) ? null : cell;
	if (Array.isArray(cell)) return (cell as readonly Cell[]).map(normCell);
	const c = cell as Exclude<Cell, readonly Cell[] | null | string | number | boolean>;
	switch (c.kind) {
		case "link": {
			const out: Record<string, unknown> = { link: c.path, display: c.display };
			if (c.subpath !== undefined) out.subpath = c.subpath;
			if (c.embed) out.embed = true;
			return out;
		}
		case "date":
			return c.time && c.time !== "00:00:00" ? { date: c.value, time: c.time.slice(0, 8) } : { date: c.value };
		case "duration":
			return { duration: formatDuration(c.units) };
		case "object":
			return { object: c.entries.map(([key, value]) => [key, normCell(value)]) };
		case "external-link":
			return { widget: "dataview:external-link", url: c.url, display: c.display };
	}
}

function ourRows(result: QueryResult): { type: string; headers: readonly string[]; rows: Norm[][] } | undefined {
	if (result.type === "table") return { type: "table", headers: result.headers, rows: result.rows.map((row) => row.map(normCell)) };
	if (result.type === "list") {
		return { type: "list", headers: [], rows: result.items.map((item) => [...(item.id !== undefined ? [normCell(item.id)] : []), ...(item.value !== undefined ? [normCell(item.value)] : [])]) };
	}
	if (result.type === "task") {
		if (result.groups) return { type: "task", headers: [], rows: result.groups.map((group) => [normCell(group.key), group.tasks.length]) };
		return { type: "task", headers: [], rows: result.tasks.map((task) => [task.path, task.line, task.text, task.status]) };
	}
	return undefined;
}

/** Links in the oracle's answers keep a query literal's text; ours name the note they open. */
function resolver(vault: string): (link: string) => string {
	const paths = listMarkdownFiles(vault);
	const byName = new Map<string, string>();
	for (const path of [...paths].sort((a, b) => a.length - b.length)) {
		const name = (path.split("/").pop() ?? path).replace(/\.md$/, "").toLowerCase();
		if (!byName.has(name)) byName.set(name, path);
	}
	const set = new Set(paths);
	return (link) => {
		if (set.has(link)) return link;
		if (set.has(`${link}.md`)) return `${link}.md`;
		return byName.get(link.toLowerCase().replace(/\.md$/, "")) ?? link;
	};
}

function resolveIn(value: Norm, resolve: (link: string) => string): Norm {
	if (value === null || typeof value !== "object") return value;
	if (Array.isArray(value)) return value.map((item) => resolveIn(item, resolve));
	if (typeof value.link === "string") return { ...value, link: resolve(value.link) };
	if (Array.isArray(value.object)) return { object: (value.object as [string, Norm][]).map(([k, v]) => [k, resolveIn(v, resolve)]) };
	return value;
}

const key = (value: unknown): string => JSON.stringify(value) ?? "(none)";
const multiset = (rows: unknown[]): string => rows.map(key).sort().join("\n");

export function makeClassifier(vault: string): (recorded: RecordedResult, ours: ReturnType<typeof answer>) => Verdict {
	const resolve = resolver(vault);
	return (recorded, ours) => {
		if (ours.type === "not-supported") {
			if (!recorded.ok) return { category: "identical", detail: "both refuse" };
			return { category: ours.message.startsWith(NOT_SUPPORTED) ? "refused" : "wrong", detail: ours.message };
		}
		if (ours.type === "error") return recorded.ok ? { category: "wrong", detail: `we fail: ${ours.message.split("\n")[0] ?? ""}` } : { category: "identical", detail: "both fail" };
		if (!recorded.ok) return { category: "wrong", detail: `Dataview fails (${(recorded.error ?? "").split("\n")[0] ?? ""}), we answer` };
		const view = ourRows(ours);
		if (view === undefined) return { category: "wrong", detail: `unexpected ${ours.type}` };
		const recordedType = recorded.type === "calendar" ? "calendar" : recorded.type;
		if (view.type !== recordedType) return { category: "wrong", detail: `type ${recordedType} vs ${view.type}` };
		if (recorded.type === "table" && key(recorded.headers) !== key(view.headers)) return { category: "wrong", detail: `headers ${key(recorded.headers)} vs ${key(view.headers)}` };
		const got = view.rows.map((row) => resolveIn(row, resolve));
		const expected = (recorded.rows ?? []).map((row) => resolveIn(row.visible, resolve));
		if (key(expected) === key(got)) return { category: "identical", detail: "exact" };
		if (recorded.order_depends_on_file_order && multiset(expected) === multiset(got)) return { category: "identical", detail: "same rows; Dataview's order follows file order" };
		for (const rows of Object.values(recorded.rows_in_other_orders ?? {})) {
			if (!Array.isArray(rows)) continue;
			const alternative = rows.map((row) => resolveIn(row.visible, resolve));
			if (key(alternative) === key(got) || multiset(alternative) === multiset(got)) return { category: "identical", detail: "matches another file order" };
		}
		const at = expected.findIndex((row, index) => key(row) !== key(got[index]));
		const index = at < 0 ? expected.length : at;
		return { category: "wrong", detail: `${expected.length} rows expected, ${got.length} given; row ${index}: Dataview ${key(expected[index]).slice(0, 200)} / ours ${key(got[index]).slice(0, 200)}` };
	};
}

export function compareCorpus(folder: string, name: string, vaultFolder = "vault"): { id: string; query: string; verdict: Verdict }[] {
	const vault = join(folder, vaultFolder);
	const recorded = readRecorded(join(folder, `${name}.dataview.json`));
	const pages = loadPages(vault, recorded.file_times);
	const classify = makeClassifier(vault);
	return recorded.results.map((result) => ({ id: result.id, query: result.query, verdict: classify(result, answer(result.query, pages, recorded.today, result.origin)) }));
}
