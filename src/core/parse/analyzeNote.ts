import { splitFrontmatter, type FrontmatterBlock } from "../note/frontmatterBlock";
import { scanOutline, type Outline } from "../note/outline";
import { pathParts, type NoteSnapshot } from "../note/NoteSnapshot";
import type { Problem } from "../note/Problem";
import { undecodableReason } from "../note/textIntegrity";
import { EXPANSION_REASON, expandsBeyondBudget, isExpansionReason } from "../note/yamlSize";
import { buildQuestion } from "../question/buildQuestion";
import { buildMoc } from "../moc/buildMoc";
import type { Moc, Question } from "../question/Question";
import { exclusionOf, looksLikeMoc, looksLikeQuestion, type Exclusion, type RecognitionOptions } from "../question/recognition";

/** Every note is also a page, as Dataview sees it: its properties ({} when unreadable), times and text. */
export interface NotePage {
	path: string;
	frontmatter: Readonly<Record<string, unknown>>;
	ctime: number;
	mtime: number;
	/** The note's text (a reference, not a copy): the query engine reads inline fields, tags and lists from it only when a query runs. */
	text?: string;
}

export type NoteAnalysis = (
	| { kind: "question"; question: Question }
	| { kind: "moc"; moc: Moc }
	| { kind: "other"; exclusion?: Exclusion }
) & {
	path: string;
	page: NotePage;
	problems: Problem[];
	/** Why Obsidian shows the note no properties, when it does not (see Question.propertiesUnreadable). */
	propertiesUnreadable?: string;
};

/**
 * Reads one note as Obsidian has it. Never throws, and never drops a note: a note whose
 * properties cannot be read is a note without properties (its name, headings and links are
 * all there), and the reason is a Problem on the result.
 */
export function analyzeNote(snapshot: NoteSnapshot, options: RecognitionOptions): NoteAnalysis {
	const { path, ctime, mtime } = snapshot;
	// Not text at all, or not all of it: reported, never a question, so never quizzed or written.
	const undecodable = undecodableReason(snapshot.text);
	if (undecodable) {
		const problem: Problem = { path, severity: "error", code: "not-utf8", message: undecodable };
		return { kind: "other", path, page: { path, frontmatter: NO_PROPERTIES, ctime, mtime }, problems: [problem], propertiesUnreadable: undecodable };
	}
	const block = snapshot.structure?.block ?? splitFrontmatter(snapshot.text);
	const read = readFrontmatter(snapshot, block);
	const frontmatter = read.frontmatter;
	const page: NotePage = { path, frontmatter, ctime, mtime, text: snapshot.text };
	const common = { path, page, problems: read.problems, ...(read.unreadable === undefined ? {} : { propertiesUnreadable: read.unreadable }) };
	const exclusion = exclusionOf(path, frontmatter, options);
	if (exclusion) return { kind: "other", exclusion, ...common };
	const { basename } = pathParts(path);
	const isMoc = looksLikeMoc(basename, frontmatter);
	if (!isMoc && !looksLikeQuestion(path, basename, frontmatter, options)) return { kind: "other", ...common };
	const outline = snapshot.structure?.outline ?? scanOutline(block.body, block.bodyStartLine);
	if (isMoc) return { kind: "moc", ...common, moc: withUnreadable(buildMoc(snapshot, frontmatter, outline), read.unreadable) };
	const body = { lines: () => block.body.split("\n").map(withoutCarriageReturn), startLine: block.bodyStartLine };
	const built = buildQuestion(snapshot, frontmatter, outline, body, options);
	return {
		kind: "question",
		...common,
		question: withUnreadable(built.question, read.unreadable),
		problems: [...read.problems, ...built.problems],
	};
}

interface ReadFrontmatter {
	frontmatter: Readonly<Record<string, unknown>>;
	problems: Problem[];
	unreadable?: string;
}

const NO_PROPERTIES: Readonly<Record<string, unknown>> = Object.freeze({});

/** The note's properties exactly as Obsidian shows them: none at all when the block cannot be read. */
function readFrontmatter(snapshot: NoteSnapshot, block: FrontmatterBlock): ReadFrontmatter {
	const { path } = snapshot;
	if (block.kind === "broken") {
		return { frontmatter: NO_PROPERTIES, problems: [{ path, ...block.problem }], unreadable: block.problem.message };
	}
	if (block.kind === "none") return { frontmatter: NO_PROPERTIES, problems: [] };
	const unreadable = frontmatterProblem(snapshot, block.yaml);
	if (unreadable) return { frontmatter: NO_PROPERTIES, problems: [unreadable], unreadable: unreadable.message };
	const problems: Problem[] = isEmptyBlock(block.yaml)
		? [{ path, severity: "warning", code: "empty-frontmatter", message: "the frontmatter block is empty", line: 1 }]
		: [];
	const second = secondBlockLine(block.body, block.bodyStartLine);
	if (second !== undefined) {
		problems.push({
			path,
			severity: "warning",
			code: "second-block",
			message: "a second properties block follows the first: Obsidian reads only the first, so the second's properties are not seen",
			line: second,
		});
	}
	return { frontmatter: snapshot.frontmatter ?? NO_PROPERTIES, problems };
}

function frontmatterProblem(snapshot: NoteSnapshot, yaml: string): Problem | undefined {
	const { path } = snapshot;
	if (snapshot.frontmatter === undefined) {
		const reason = snapshot.frontmatterError ?? "not valid YAML";
		return { path, severity: "error", code: isExpansionReason(reason) ? "yaml-alias-expansion" : "yaml-invalid", message: `frontmatter is ${reason}`, line: 1 };
	}
	// Obsidian's metadata cache parsed this block itself: its aliases are bounded here.
	if (expandsBeyondBudget(snapshot.frontmatter, yaml)) {
		return { path, severity: "error", code: "yaml-alias-expansion", message: `frontmatter is ${EXPANSION_REASON}`, line: 1 };
	}
	const notAMapping = snapshot.frontmatter === null
		? !isEmptyBlock(yaml)
		: typeof snapshot.frontmatter !== "object" || Array.isArray(snapshot.frontmatter);
	if (notAMapping) {
		return { path, severity: "error", code: "yaml-not-a-mapping", message: "frontmatter is not a set of key: value properties", line: 1 };
	}
	return undefined;
}

/**
 * The line of a second `key: value` block opening right after the first (past blank and `---`
 * lines), as some exports write it. Only the body's first lines are looked at.
 */
function secondBlockLine(body: string, bodyStartLine: number): number | undefined {
	if (!body.startsWith("---") && !/^\s*\n/.test(body)) return undefined;
	const lines = body.split("\n", 12).map(withoutCarriageReturn);
	for (let index = 0; index < lines.length - 1; index++) {
		const line = lines[index] ?? "";
		if (/^---\\*[ \t]*$/.test(line) && /^[^\s#-][^:]*:(\s|$)/.test(lines[index + 1] ?? "")) return bodyStartLine + index;
		if (!/^(---\\*|\s*)$/.test(line)) return undefined;
	}
	return undefined;
}

function isEmptyBlock(yaml: string): boolean {
	return yaml.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("#"));
}

function withUnreadable<T extends { propertiesUnreadable?: string }>(item: T, reason: string | undefined): T {
	if (reason !== undefined) item.propertiesUnreadable = reason;
	return item;
}

function withoutCarriageReturn(line: string): string {
	return line.endsWith("\r") ? line.slice(0, -1) : line;
}

export type { Outline };
