import { cellText, parseQuery, runQuery, type Cell, type QueryResult } from "../dataview";
import type { NotePage } from "../parse/analyzeNote";
import { splitFrontmatter } from "../note/frontmatterBlock";
import { scanOutline } from "../note/outline";
import type { Question } from "../question/Question";
import { describeDifference, nativeRowPaths, toNativeBlock } from "./convertDataview";
import { undecodableReason } from "../note/textIntegrity";

export type ConversionItem =
	| { kind: "convertible"; line: number; query: string; native: string; difference?: string }
	| { kind: "unsupported"; line: number; query: string; reason: string };

export interface ConversionContext {
	pages: readonly NotePage[];
	questions: readonly Question[];
	today: string;
	origin: string;
}

/**
 * For each ```dataview block of a note: the native block that means the same, with a proof that
 * it shows the same rows today (`difference` says how it would not), or why it cannot convert.
 */
export function planConversion(text: string, context: ConversionContext): ConversionItem[] {
	const block = splitFrontmatter(text);
	return scanOutline(block.body, block.bodyStartLine)
		.codeBlocks.filter((code) => code.language === "dataview")
		.map(({ source, line }) => planBlock(source, line, context));
}

function planBlock(query: string, line: number, context: ConversionContext): ConversionItem {
	const parsed = parseQuery(query);
	if (!parsed.ok) return { kind: "unsupported", line, query, reason: parsed.message };
	const conversion = toNativeBlock(parsed.query);
	if (!conversion.ok) return { kind: "unsupported", line, query, reason: conversion.reason };
	const result = runQuery(parsed.query, context.pages, { today: context.today, origin: context.origin });
	if (result.type === "not-supported" || result.type === "error") return { kind: "unsupported", line, query, reason: result.message };
	const dataviewRows = rowKeys(result, conversion.spec.view === "counts");
	const difference = describeDifference(dataviewRows, nativeRowPaths(conversion.spec, context.questions), context.pages);
	return { kind: "convertible", line, query, native: conversion.source, ...(difference ? { difference } : {}) };
}

/** A result's rows as note paths (`key: count` for grouped counts, `key: path` for grouped rows), to compare with a native block's. */
export function rowKeys(result: QueryResult, counts: boolean): string[] {
	if (result.type === "error" || result.type === "not-supported") return [];
	if (result.type === "task") return result.tasks.map((task) => `${task.path}:${task.line}`);
	if (result.groups && counts) return result.groups.map((group) => `${groupKey(group.key)}: ${group.rows.length}`);
	if (result.groups) return result.groups.flatMap((group) => group.rows.map((row) => `${groupKey(group.key)}: ${isLink(row) ? row.path : cellText(row)}`));
	const ids = result.type === "table" ? result.rows.map((row) => row[0] ?? null) : result.items.map((item) => item.id ?? null);
	return ids.map((cell) => (isLink(cell) ? cell.path : cellText(cell)));
}

function groupKey(cell: Cell): string {
	return cell === null ? "unknown" : cellText(cell);
}

function isLink(cell: Cell): cell is Extract<Cell, { kind: "link" }> {
	return typeof cell === "object" && cell !== null && !Array.isArray(cell) && "kind" in cell && cell.kind === "link";
}

export class StaleBlockError extends Error {}

/**
 * Replaces the chosen blocks (by the line of their opening fence) with native ones. Each block
 * must still hold the query it was planned from; otherwise nothing is replaced.
 */
export function applyConversion(text: string, chosen: readonly Extract<ConversionItem, { kind: "convertible" }>[]): string {
	const undecodable = undecodableReason(text);
	if (undecodable) throw new StaleBlockError(undecodable);
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(eol);
	for (const item of [...chosen].sort((a, b) => b.line - a.line)) {
		const open = item.line - 1;
		if (!/^\s{0,3}(`{3,}|~{3,})\s*dataview\s*$/i.test(lines[open] ?? "")) throw new StaleBlockError(`line ${item.line} no longer opens a dataview block`);
		const close = lines.findIndex((line, index) => index > open && /^\s{0,3}(`{3,}|~{3,})\s*$/.test(line));
		if (close < 0 || lines.slice(open + 1, close).join("\n") !== item.query) throw new StaleBlockError(`the block at line ${item.line} changed since the preview`);
		lines.splice(open, close - open + 1, "```interview-vault", ...item.native.split("\n"), "```");
	}
	return lines.join(eol);
}
