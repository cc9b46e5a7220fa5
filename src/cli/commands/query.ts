import { resolve } from "path";
import { cellText, NOT_SUPPORTED, parseQuery, runQuery, type QueryResult } from "../../core/dataview";
import { splitFrontmatter } from "../../core/note/frontmatterBlock";
import { scanOutline } from "../../core/note/outline";
import { isDay, localDay } from "../../core/schedule/days";
import { parseArgs, UsageError } from "../args";
import { loadVault, type CommandContext } from "../loadVault";
import type { Output } from "../output";
import { readNote } from "../readVault";
import { noteInsideVault } from "../vaultPath";
import { errorText } from "../../core/errorText";

interface BlockOutcome {
	line?: number;
	query: string;
	result: QueryResult;
}

/** Evaluates Dataview queries with the plugin's engine: one given with --dql, or every block of a note. */
export function runQueryCommand(argv: readonly string[], out: Output, context: CommandContext): number {
	const args = parseArgs(argv, ["json"], ["dql", "note", "today"]);
	const vault = args.positional[0];
	const dql = args.options.get("dql");
	const note = args.options.get("note");
	if ((dql === undefined) === (note === undefined)) throw new UsageError("give either --dql '<query>' or --note <file.md>");
	const clock = new Date();
	const today = args.options.get("today") ?? localDay(clock);
	// date(now): the clock, or noon of the day --today names (so answers can be recorded and compared).
	const now = args.options.has("today") ? `${today}T12:00:00` : localDateTime(clock);
	if (!isDay(today)) throw new UsageError("--today takes a date as YYYY-MM-DD");
	const index = loadVault(vault, context.exclusions, out, { dataview: true }).index;
	const origin = note === undefined ? undefined : notePath(vault ?? "", note);
	const sources: { query: string; line?: number }[] = origin === undefined ? [{ query: dql ?? "" }] : dataviewBlocks(vault ?? "", origin);
	const outcomes: BlockOutcome[] = sources.map(({ query, line }) => {
		const parsed = parseQuery(query);
		const result: QueryResult = parsed.ok ? runQuery(parsed.query, index.pages(), { today, origin, now }) : { type: parsed.message.startsWith(NOT_SUPPORTED) ? "not-supported" : "error", message: parsed.message };
		return { line, query, result };
	});
	if (args.flags.has("json")) out.print(JSON.stringify(origin === undefined ? outcomes[0]?.result : outcomes, null, 2));
	else for (const outcome of outcomes) out.print(formatOutcome(outcome));
	return outcomes.some((o) => o.result.type === "error" || o.result.type === "not-supported") ? 1 : 0;
}

function resultCount(count: number): string {
	return `(${count} ${count === 1 ? "result" : "results"})`;
}

function localDateTime(date: Date): string {
	const pad = (value: number): string => String(value).padStart(2, "0");
	return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The note's path inside the vault; a path that leads outside it, or through a link, is refused. */
function notePath(vault: string, note: string): string {
	try {
		return noteInsideVault(vault, note).relativePath;
	} catch (error) {
		throw new UsageError(`${note} is not a note inside the vault (${errorText(error)})`);
	}
}

function dataviewBlocks(vault: string, path: string): { query: string; line: number }[] {
	let text: string;
	try {
		text = readNote(resolve(vault), path).text;
	} catch {
		throw new UsageError(`cannot read the note ${path}`);
	}
	const block = splitFrontmatter(text);
	return scanOutline(block.body, block.bodyStartLine).codeBlocks
		.filter((code) => code.language === "dataview")
		.map((code) => ({ query: code.source, line: code.line }));
}

function formatOutcome(outcome: BlockOutcome): string {
	const heading = outcome.line === undefined ? [] : [`── block at line ${outcome.line}`];
	const { result } = outcome;
	if (result.type === "not-supported" || result.type === "error") return [...heading, result.message, ""].join("\n");
	if (result.type === "task") {
		const tasks = result.groups ? result.groups.flatMap((group) => [`${cellText(group.key)}:`, ...group.tasks.map((task) => `  - [${task.status}] ${task.text}`)]) : result.tasks.map((task) => `- [${task.status}] ${task.text}  (${task.path}:${task.line + 1})`);
		return [...heading, ...tasks, ""].join("\n");
	}
	if (result.type === "list") {
		const lines = result.items.map((item) => `- ${[item.id, item.value].filter((c) => c !== undefined).map((c) => cellText(c ?? null)).join(": ")}`);
		return [...heading, ...lines, resultCount(result.items.length), ""].join("\n");
	}
	const rows = result.rows.map((row) => row.map((cell) => cellText(cell)));
	const widths = result.headers.map((header, i) => Math.min(40, Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length))));
	const line = (cells: readonly string[]) => cells.map((cell, i) => cell.slice(0, 40).padEnd(widths[i] ?? 0)).join("  ").trimEnd();
	return [...heading, line(result.headers), ...rows.map(line), resultCount(rows.length), ""].join("\n");
}
