import { errorText } from "../errorText";
import { splitFrontmatter } from "./frontmatterBlock";
import { undecodableReason } from "./textIntegrity";

/**
 * Repairs of frontmatter that Obsidian cannot read, as they occur in real vaults. Each works on
 * lines, keeps every other byte (line endings, a byte-order mark, the body), and is offered only
 * when the repaired block parses into properties that keep every value written in the note.
 */
export type RepairKind = "fence-backslash" | "fence-glued" | "duplicate-key" | "flow-then-block-list" | "second-block";

export const REPAIR_KINDS: readonly RepairKind[] = ["fence-backslash", "fence-glued", "duplicate-key", "flow-then-block-list", "second-block"];

export type YamlParse = (yaml: string) => unknown;

export interface RepairOptions {
	/** Which value of a key written twice is kept: the last (what most users meant) or the first. */
	duplicates: "last" | "first";
}

export const DEFAULT_REPAIR_OPTIONS: Readonly<RepairOptions> = { duplicates: "last" };

/** One step of a repair, in words a user can check in the preview. */
export interface RepairStep {
	kind: RepairKind;
	fix: string;
}

export interface RepairPlan {
	/** The whole new text. */
	fixed: string;
	/** What changes, step by step (a note can need a fence repair and a duplicate-key one). */
	steps: RepairStep[];
	/** 1-based lines of the original text that the repair rewrites or removes. */
	changedLines: number[];
}

export interface RepairRefusal {
	kind: RepairKind;
	refused: string;
}

interface Line {
	text: string;
	/** "\n", "\r\n" or "" (the last line). */
	end: string;
	/** 1-based line of the original text, or 0 for a line the repair added. */
	from: number;
}

const BOM = "\uFEFF";
const MAX_STEPS = 6;

/**
 * The repair of a note whose properties Obsidian cannot read: undefined when the note needs none
 * (or has a problem no repair here knows), a refusal with the reason when a repair would lose or
 * guess at something.
 */
export function planRepair(text: string, parse: YamlParse, options: RepairOptions = DEFAULT_REPAIR_OPTIONS): RepairPlan | RepairRefusal | undefined {
	const bom = text.startsWith(BOM) ? BOM : "";
	let lines = toLines(text.slice(bom.length));
	const steps: RepairStep[] = [];
	for (let step = 0; step < MAX_STEPS; step++) {
		const next = nextStep(lines, parse, options);
		if (next === undefined) break;
		if ("refused" in next) return next;
		lines = next.lines;
		steps.push(next.step);
	}
	if (steps.length === 0) return undefined;
	const undecodable = undecodableReason(text);
	if (undecodable) return { kind: steps[0]?.kind ?? "fence-backslash", refused: undecodable };
	const fixed = bom + fromLines(lines);
	const refusal = checkRepaired(fixed, text, parse);
	if (refusal !== undefined) return { kind: steps[steps.length - 1]?.kind ?? "fence-backslash", refused: refusal };
	return { fixed, steps, changedLines: changedLines(toLines(text.slice(bom.length)), lines) };
}

type Step = { lines: Line[]; step: RepairStep } | RepairRefusal | undefined;

/** The first repair the note still needs, in the order the problems hide each other. */
function nextStep(lines: Line[], parse: YamlParse, options: RepairOptions): Step {
	const first = lines[0]?.text ?? "";
	if (/^---\\+[ \t]*$/.test(first)) return backslashFences(lines);
	if (first.startsWith("---") && first !== "---" && /^---\s*[\w"'-][^:]*:/.test(first)) return gluedFence(lines);
	if (first !== "---") return undefined;
	const closing = closingIndex(lines);
	if (closing < 0) return undefined;
	const yaml = lines.slice(1, closing);
	const error = parseError(yaml, parse);
	if (error === undefined) return secondBlock(lines, closing, parse);
	if (/duplicated mapping key/i.test(error)) return duplicateKey(lines, closing, options);
	const merged = flowThenBlock(lines, closing, parse);
	if (merged) return merged;
	return undefined;
}

/** `---\` opening (and, as real vaults have it, often closing) the block: both become `---`. */
function backslashFences(lines: Line[]): Step {
	const copy = lines.map((line) => ({ ...line }));
	const opening = copy[0] as Line;
	const written = opening.text;
	opening.text = "---";
	const closing = copy.findIndex((line, index) => index > 0 && (line.text === "---" || /^---\\+[ \t]*$/.test(line.text)));
	if (closing < 0) return { kind: "fence-backslash", refused: "after the repair the frontmatter would never be closed by a `---` line" };
	const closer = copy[closing] as Line;
	const both = closer.text !== "---";
	closer.text = "---";
	const fix = both ? `fences \`${written}\` on line 1 and \`${lines[closing]?.text ?? ""}\` on line ${closing + 1} → \`---\`` : `opening fence \`${written}\` → \`---\``;
	return { lines: copy, step: { kind: "fence-backslash", fix } };
}

/** `---id: x`: the fence on its own line, the key on the next. */
function gluedFence(lines: Line[]): Step {
	const opening = lines[0] as Line;
	const rest = opening.text.slice(3).trimStart();
	const copy = [{ text: "---", end: opening.end || "\n", from: 0 }, { text: rest, end: opening.end, from: 1 }, ...lines.slice(1)];
	return { lines: copy, step: { kind: "fence-glued", fix: `fence glued to the first key: \`${opening.text}\` → \`---\` and \`${rest}\` on the next line` } };
}

/** A key written twice: the other occurrences' lines (the key line and what is indented under it) go. */
function duplicateKey(lines: Line[], closing: number, options: RepairOptions): Step {
	const entries = topLevelEntries(lines, closing);
	const byKey = new Map<string, Entry[]>();
	for (const entry of entries) byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry]);
	const repeated = [...byKey.entries()].filter(([, list]) => list.length > 1);
	if (repeated.length === 0) return { kind: "duplicate-key", refused: "the YAML says a key is repeated, but no top-level key is written twice: it is not ours to guess at" };
	const drop = new Set<number>();
	const described: string[] = [];
	for (const [key, list] of repeated) {
		const kept = options.duplicates === "first" ? list[0] : list[list.length - 1];
		for (const entry of list) if (entry !== kept) for (let i = entry.start; i < entry.end; i++) drop.add(i);
		const values = list.map((entry) => lines[entry.start]?.text.trim() ?? "");
		described.push(`\`${key}\` is written ${list.length} times (${values.map((v) => `\`${v}\``).join(", ")}): keeping \`${lines[kept?.start ?? 0]?.text.trim() ?? ""}\``);
	}
	return { lines: lines.filter((_, index) => !drop.has(index)), step: { kind: "duplicate-key", fix: described.join("; ") } };
}

/** `related: [a, b]` followed by `  - c`: one block list holding a, b, c in order. */
function flowThenBlock(lines: Line[], closing: number, parse: YamlParse): Step {
	for (let index = 1; index < closing; index++) {
		const line = lines[index] as Line;
		const match = /^([^\s#][^:]*?):[ \t]*\[(.*)\][ \t]*(#.*)?$/.exec(line.text);
		const next = lines[index + 1];
		if (!match || !next || index + 1 >= closing || !/^[ \t]+-[ \t]/.test(next.text)) continue;
		const indent = /^([ \t]+)-/.exec(next.text)?.[1] ?? "  ";
		const items = splitFlowItems(match[2] ?? "");
		if (items === undefined) return { kind: "flow-then-block-list", refused: `the list on line ${line.from} cannot be split into items safely` };
		const key = match[1] ?? "";
		const replaced: Line[] = [
			{ text: `${key}:`, end: line.end, from: line.from },
			...items.map((item) => ({ text: `${indent}- ${item}`, end: line.end, from: 0 })),
		];
		const copy = [...lines.slice(0, index), ...replaced, ...lines.slice(index + 1)];
		const expected = expectedMergedList(match[2] ?? "", lines, index + 1, closing, parse);
		if (expected === undefined) return { kind: "flow-then-block-list", refused: `the items under \`${key}\` cannot be read on their own` };
		const value = propertiesOf(copy.slice(1, closingIndex(copy)), parse)?.[key.replace(/^["']|["']$/g, "")];
		if (JSON.stringify(value) !== JSON.stringify(expected)) return { kind: "flow-then-block-list", refused: `the list \`${key}\` would not hold every item in order` };
		return { lines: copy, step: { kind: "flow-then-block-list", fix: `\`${key}\`: the flow list [${items.join(", ")}] and the ${countBlockItems(lines, index + 1, closing)} items under it become one list of ${expected.length}` } };
	}
	return undefined;
}

/**
 * A first block, then `---` lines and a second block (fenced `---` or `---\`) holding the note's
 * real properties: one block, when no key is in both.
 */
function secondBlock(lines: Line[], closing: number, parse: YamlParse): Step {
	let cursor = closing + 1;
	while (cursor < lines.length && /^(---\\*|\s*)$/.test(lines[cursor]?.text ?? "") && !isOpening(lines, cursor)) cursor++;
	if (!isOpening(lines, cursor)) return undefined;
	const end = lines.findIndex((line, index) => index > cursor && /^---\\*[ \t]*$/.test(line.text));
	if (end < 0) return undefined;
	const second = lines.slice(cursor + 1, end);
	const secondProperties = propertiesOf(second, parse);
	const firstProperties = propertiesOf(lines.slice(1, closing), parse) ?? {};
	if (!secondProperties || Object.keys(secondProperties).length === 0) return undefined;
	const shared = Object.keys(secondProperties).filter((key) => key in firstProperties);
	if (shared.length > 0) return { kind: "second-block", refused: `the second properties block repeats ${shared.map((k) => `\`${k}\``).join(", ")} of the first: merge them by hand` };
	// Moved lines count as rewritten (from 0): the original places they leave are changed lines.
	const moved = second.map((line) => ({ ...line, from: 0 }));
	const copy = [...lines.slice(0, closing), ...moved, ...lines.slice(closing, closing + 1), ...lines.slice(end + 1)];
	return {
		lines: copy,
		step: { kind: "second-block", fix: `the second properties block (lines ${cursor + 1}–${end + 1}: ${Object.keys(secondProperties).map((k) => `\`${k}\``).join(", ")}) moves into the first` },
	};
}

/** A line that opens a block of `key: value` lines: `---` or `---\`, followed by a key. */
function isOpening(lines: Line[], index: number): boolean {
	return /^---\\*[ \t]*$/.test(lines[index]?.text ?? "") && /^[^\s#-][^:]*:(\s|$)/.test(lines[index + 1]?.text ?? "");
}

interface Entry {
	key: string;
	/** Index of the key's line, and one past its last continuation line. */
	start: number;
	end: number;
}

function topLevelEntries(lines: Line[], closing: number): Entry[] {
	const entries: Entry[] = [];
	for (let index = 1; index < closing; index++) {
		const text = lines[index]?.text ?? "";
		const match = /^(?:"([^"\\]+)"|'([^']+)'|([^\s#\-?:'"][^:]*?))\s*:(\s|$)/.exec(text);
		const key = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
		if (key !== undefined) {
			const last = entries[entries.length - 1];
			if (last) last.end = index;
			entries.push({ key, start: index, end: closing });
		} else if (text !== "" && !/^[ \t]|^-|^#/.test(text)) {
			const last = entries[entries.length - 1];
			if (last) last.end = index;
		}
	}
	// Blank lines and comments right before the next key belong to no entry.
	for (const entry of entries) while (entry.end > entry.start + 1 && /^\s*(#.*)?$/.test(lines[entry.end - 1]?.text ?? "")) entry.end--;
	return entries;
}

/** Items of a one-line flow list, split at top-level commas; undefined when quoting makes that unsafe. */
function splitFlowItems(inner: string): string[] | undefined {
	const items: string[] = [];
	let depth = 0;
	let quote = "";
	let current = "";
	for (const char of inner) {
		if (quote) {
			current += char;
			if (char === quote) quote = "";
			continue;
		}
		if (char === '"' || char === "'") quote = char;
		else if (char === "[" || char === "{") depth++;
		else if (char === "]" || char === "}") depth--;
		if (char === "," && depth === 0) {
			items.push(current.trim());
			current = "";
			continue;
		}
		current += char;
	}
	if (quote || depth !== 0) return undefined;
	if (current.trim() !== "") items.push(current.trim());
	return items.every((item) => item !== "") ? items : undefined;
}

function expectedMergedList(flow: string, lines: Line[], from: number, closing: number, parse: YamlParse): unknown[] | undefined {
	const flowItems = safeParse(`x: [${flow}]`, parse);
	let end = from;
	while (end < closing && /^[ \t]+(-[ \t]|-$)|^[ \t]{2,}\S/.test(lines[end]?.text ?? "")) end++;
	const block = safeParse(["x:", ...lines.slice(from, end).map((line) => line.text)].join("\n"), parse);
	const a = (flowItems as { x?: unknown } | undefined)?.x;
	const b = (block as { x?: unknown } | undefined)?.x;
	return Array.isArray(a) && Array.isArray(b) ? [...(a as unknown[]), ...(b as unknown[])] : undefined;
}

function countBlockItems(lines: Line[], from: number, closing: number): number {
	let count = 0;
	for (let index = from; index < closing && /^[ \t]+-/.test(lines[index]?.text ?? ""); index++) count++;
	return count;
}

/** Why the repaired text may not be written, or undefined when it is safe. */
function checkRepaired(fixed: string, original: string, parse: YamlParse): string | undefined {
	const block = splitFrontmatter(fixed);
	if (block.kind === "broken") return `after the repair the note would still be broken: ${block.problem.message}`;
	if (block.kind !== "yaml") return "after the repair the note would have no frontmatter";
	let data: unknown;
	try {
		data = parse(block.yaml);
	} catch (error) {
		return `after the repair the frontmatter would not be valid YAML: ${firstLineOf(error)}`;
	}
	if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
		return "after the repair the frontmatter would not be a set of key: value properties";
	}
	const properties = (data ?? {}) as Record<string, unknown>;
	const lost = writtenKeys(block.yaml).find((key) => !Object.prototype.hasOwnProperty.call(properties, key));
	if (lost !== undefined) return `after the repair the property \`${lost}\` would not be read`;
	if (!original.endsWith(block.body)) return "the repair would change the note's body";
	return undefined;
}

function writtenKeys(yaml: string): string[] {
	const keys: string[] = [];
	for (const rawLine of yaml.split("\n")) {
		const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
		const match = /^(?:"([^"\\]+)"|'([^']+)'|([^\s#\-?:'"][^:]*?))\s*:(\s|$)/.exec(line);
		const key = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
		if (key !== undefined) keys.push(key);
	}
	return keys;
}

function parseError(yaml: readonly Line[], parse: YamlParse): string | undefined {
	try {
		parse(yaml.map((line) => line.text).join("\n"));
		return undefined;
	} catch (error) {
		return firstLineOf(error);
	}
}

function propertiesOf(yaml: readonly Line[], parse: YamlParse): Record<string, unknown> | undefined {
	const data = safeParse(yaml.map((line) => line.text).join("\n"), parse);
	return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

function safeParse(yaml: string, parse: YamlParse): unknown {
	try {
		return parse(yaml);
	} catch {
		return undefined;
	}
}

function closingIndex(lines: readonly Line[]): number {
	return lines.findIndex((line, index) => index > 0 && line.text === "---");
}

function toLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	let number = 1;
	while (start <= text.length) {
		const newline = text.indexOf("\n", start);
		if (newline < 0) {
			lines.push({ text: text.slice(start), end: "", from: number });
			break;
		}
		const raw = text.slice(start, newline);
		const cr = raw.endsWith("\r");
		lines.push({ text: cr ? raw.slice(0, -1) : raw, end: cr ? "\r\n" : "\n", from: number });
		start = newline + 1;
		number++;
	}
	return lines;
}

function fromLines(lines: readonly Line[]): string {
	return lines.map((line) => line.text + line.end).join("");
}

/** The original lines the repair rewrote or removed. */
function changedLines(original: readonly Line[], repaired: readonly Line[]): number[] {
	const kept = new Map<number, string>();
	for (const line of repaired) if (line.from > 0) kept.set(line.from, line.text + line.end);
	return original.filter((line) => kept.get(line.from) !== line.text + line.end).map((line) => line.from);
}

function firstLineOf(error: unknown): string {
	const message = errorText(error);
	return message.split("\n")[0] ?? message;
}

/** The first `count` lines of a text, without line ends: what a preview shows. */
export function firstLines(text: string, count: number): string[] {
	const source = text.startsWith(BOM) ? text.slice(1) : text;
	return source
		.split("\n", count)
		.map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

/**
 * The proof of a repair at the moment it is written: planned again on the text being replaced,
 * it gives exactly the previewed result; otherwise this throws and nothing is written.
 */
export function replanRepair(text: string, parse: YamlParse, options: RepairOptions, previewed: string): string {
	const again = planRepair(text, parse, options);
	if (again === undefined || !("fixed" in again) || again.fixed !== previewed) throw new Error("the repair is no longer the one previewed");
	return again.fixed;
}
