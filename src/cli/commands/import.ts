import { existsSync, readFileSync } from "fs";
import { basename, dirname, join, relative, resolve } from "path";
import { applyImport, cleanFolder, existingNotes, ImportRequestError, previewImport, type ImportPreview } from "../../app/import/importDocument";
import { describeUndo, undoReceipt, type Receipt } from "../../app/notes/UndoStack";
import { slugify } from "../../core/import/slugs";
import { parseDifficulty, type Difficulty } from "../../core/question/difficulty";
import { isDay, localDay } from "../../core/schedule/days";
import { plural } from "../../core/text/plural";
import { parseArgs, UsageError } from "../args";
import { FsNoteWrites } from "../FsNoteWrites";
import { loadVault, type CommandContext } from "../loadVault";
import { pluginFile, removePluginFile, writePluginFile } from "../pluginFiles";
import type { Output } from "../output";

/**
 * `import <file> --into <folder>`: the preview of a Q&A document's import (a dry run); with
 * --write it writes the notes and keeps a receipt in the vault's plugin folder, which --undo uses
 * to remove exactly those notes again (each only if unchanged since).
 */
export async function runImport(argv: readonly string[], out: Output, context?: CommandContext): Promise<number> {
	const args = parseArgs(argv, ["write", "undo", "beside", "json"], ["into", "vault", "topic", "parts", "today"]);
	const file = args.positional[0];
	if (file === undefined) throw new UsageError("name the document to import");
	const into = args.options.get("into");
	if (into === undefined) throw new UsageError("--into <folder> names where the notes go");
	if (args.flags.has("write") && args.flags.has("undo")) throw new UsageError("--write and --undo do not go together");
	const today = args.options.get("today") ?? localDay(new Date());
	if (!isDay(today)) throw new UsageError("--today takes a date as YYYY-MM-DD");
	const root = vaultRoot(args.options.get("vault"), into);
	const folder = relative(root, resolve(into)).split("\\").join("/");
	if (folder.startsWith("..")) throw new UsageError(`--into ${into} is not inside the vault ${root}`);
	const documentName = basename(file);
	if (args.flags.has("undo")) return undo(root, documentName, args.flags.has("json"), out);

	const documentText = readDocument(file);
	const vault = loadVault(root, context?.exclusions);
	const writes = new FsNoteWrites(root);
	let preview: ImportPreview;
	try {
		const request = { documentText, documentName, folder: cleanFolder(folder), topic: args.options.get("topic"), difficulties: readParts(args.options.get("parts")), today };
		const first = previewImport(request, existingNotes(vault.index), (path) => writes.exists(path));
		const beside = args.flags.has("beside") ? new Set([...first.plan.questions, first.plan.moc].filter((q) => q.status.kind === "taken").map((q) => q.path)) : undefined;
		preview = beside ? previewImport({ ...request, beside }, existingNotes(vault.index), (path) => writes.exists(path)) : first;
	} catch (error) {
		if (error instanceof ImportRequestError) throw new UsageError(error.message);
		throw error;
	}
	if (preview.counts.questions === 0) {
		out.error(`interview-vault import: no questions found in ${documentName}: each question needs a line like "Q1. …" (see the README).`);
		return 1;
	}
	if (!args.flags.has("write")) {
		printPreview(preview, false, args.flags.has("json"), out);
		return 0;
	}
	const result = await applyImport(preview, writes);
	if (result.receipt.changes.length > 0) saveReceipt(root, documentName, result.receipt);
	printPreview(preview, true, args.flags.has("json"), out, result);
	return result.failed.length > 0 ? 1 : 0;
}

/**
 * The vault is named by --vault, else it is the nearest folder above --into that holds
 * `.obsidian`, else the nearest folder of --into that exists (a dry run creates nothing).
 */
function vaultRoot(vault: string | undefined, into: string): string {
	if (vault !== undefined) {
		if (!existsSync(vault)) throw new UsageError(`no vault folder at ${vault}`);
		return resolve(vault);
	}
	for (let folder = resolve(into); dirname(folder) !== folder; folder = dirname(folder)) {
		if (existsSync(join(folder, ".obsidian"))) return folder;
	}
	let folder = resolve(into);
	while (!existsSync(folder)) folder = dirname(folder);
	return folder;
}

function readDocument(file: string): string {
	try {
		return readFileSync(file, "utf8");
	} catch {
		throw new UsageError(`cannot read the document ${file}`);
	}
}

/** `--parts 3=hard,1=easy`: the user's difficulty for each part, by its number. */
function readParts(option: string | undefined): Map<number, Difficulty> {
	const chosen = new Map<number, Difficulty>();
	for (const item of (option ?? "").split(",").map((text) => text.trim()).filter((text) => text !== "")) {
		const match = /^(\d+)\s*=\s*(\w+)$/.exec(item);
		const difficulty = parseDifficulty(match?.[2]);
		if (!match || !difficulty) throw new UsageError(`--parts takes part=difficulty pairs such as 3=hard, not "${item}"`);
		chosen.set(Number(match[1]), difficulty);
	}
	return chosen;
}

/** The receipt's name in the plugin's folder (pluginFiles.ts): one per imported document. */
function receiptName(documentName: string): string {
	return `import-receipts/${slugify(documentName, 20) || "document"}.json`;
}

function saveReceipt(root: string, documentName: string, receipt: Receipt): void {
	writePluginFile(root, receiptName(documentName), `${JSON.stringify(receipt, null, 2)}\n`);
}

async function undo(root: string, documentName: string, json: boolean, out: Output): Promise<number> {
	const file = pluginFile(root, receiptName(documentName));
	if (!existsSync(file)) {
		out.error(`interview-vault import: nothing to undo: no import of ${documentName} was written into this vault with --write.`);
		return 1;
	}
	const receipt = JSON.parse(readFileSync(file, "utf8")) as Receipt;
	const report = await undoReceipt(new FsNoteWrites(root), receipt);
	removePluginFile(root, receiptName(documentName));
	out.print(json ? JSON.stringify({ removed: report.undone.map((change) => change.path), kept: report.kept }, null, 2) : describeUndo(report));
	return 0;
}

function printPreview(preview: ImportPreview, written: boolean, json: boolean, out: Output, result?: Awaited<ReturnType<typeof applyImport>>): void {
	const notes = [...preview.plan.questions, { ...preview.plan.moc, number: undefined, title: preview.guide.title }].map((note) => ({
		path: note.path,
		status: note.status.kind,
		...(note.status.kind === "imported" ? { at: note.status.at } : {}),
		...(note.status.kind === "taken" ? { beside: note.status.beside, choice: note.status.choice } : {}),
	}));
	if (json) {
		out.print(JSON.stringify({
			document: preview.request.documentName, title: preview.guide.title, folder: preview.folder, topic: preview.topic,
			parts: preview.difficulties, notes, remarks: preview.guide.remarks, written,
			...(result ? { created: result.created, failed: result.failed } : {}),
		}, null, 2));
		return;
	}
	const { counts } = preview;
	out.print(written
		? `Import of ${preview.request.documentName} into ${preview.folder || "the vault's root"}:`
		: `Import of ${preview.request.documentName} into ${preview.folder || "the vault's root"} (dry run: nothing is written; add --write to write):`);
	out.print(`Topic: ${preview.topic}`);
	for (const part of preview.difficulties) {
		const why = part.origin === "level word" ? `level word "${part.levelWord ?? ""}"` : part.origin;
		out.print(`  ${part.name} → ${part.difficulty} (${why})${part.doubt ? `  check: ${part.doubt}; change it with --parts ${part.position}=<difficulty>` : ""}`);
	}
	for (const note of notes) out.print(`  ${noteStatus(note.status, note.choice)}  ${note.status === "taken" && note.choice === "beside" ? note.beside : note.path}${note.at ? ` (already at ${note.at})` : ""}${note.status === "taken" && note.choice === "skip" ? ` (a file is there; --beside writes it as ${note.beside ?? ""})` : ""}`);
	for (const remark of preview.guide.remarks) out.print(`  line ${remark.line}: ${remark.message}`);
	for (const failure of result?.failed ?? []) out.print(`  not written  ${failure.path}: ${failure.reason}`);
	const questions = plural(counts.questions, "question");
	const wrote = written ? `${result?.created.length ?? 0} written` : `${counts.toWrite} to write`;
	out.print(`${questions}: ${wrote}, ${counts.imported} already imported, ${counts.taken} taken by other files.${written && (result?.created.length ?? 0) > 0 ? " Undo with: interview-vault import <file> --into <folder> --undo" : ""}`);
}

function noteStatus(status: string, choice: string | undefined): string {
	if (status === "new") return "new     ";
	if (status === "imported") return "imported";
	return choice === "beside" ? "beside  " : "skipped ";
}
