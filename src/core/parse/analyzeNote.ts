import { findDuplicateKeys, splitFrontmatter } from "../note/frontmatterBlock";
import { undecodableReason } from "../note/textIntegrity";
import { EXPANSION_REASON, expandsBeyondBudget, isExpansionReason } from "../note/yamlSize";
import { scanOutline, type Outline } from "../note/outline";
import { pathParts, type NoteSnapshot } from "../note/NoteSnapshot";
import type { Problem } from "../note/Problem";
import { buildQuestion } from "../question/buildQuestion";
import { buildMoc } from "../moc/buildMoc";
import type { Moc, Question } from "../question/Question";
import { looksLikeMoc, looksLikeQuestion, type RecognitionOptions } from "../question/recognition";

/** Every note is also a page, as Dataview sees it: its properties ({} when unreadable) and times. */
export interface NotePage {
	path: string;
	frontmatter: Readonly<Record<string, unknown>>;
	ctime: number;
	mtime: number;
}

export type NoteAnalysis = (
	| { kind: "question"; question: Question }
	| { kind: "moc"; moc: Moc }
	| { kind: "other" }
) & { path: string; page: NotePage; problems: Problem[] };

/** Reads one note. Never throws: whatever cannot be read becomes a Problem on the result. */
export function analyzeNote(snapshot: NoteSnapshot, options: RecognitionOptions): NoteAnalysis {
	const { path, ctime, mtime } = snapshot;
	const block = splitFrontmatter(snapshot.text);
	const problems: Problem[] = [];
	const unreadablePage: NotePage = { path, frontmatter: {}, ctime, mtime };
	const undecodable = undecodableReason(snapshot.text);
	if (undecodable) return { kind: "other", path, page: unreadablePage, problems: [{ path, severity: "error", code: "not-utf8", message: undecodable }] };
	if (block.kind === "broken") {
		return { kind: "other", path, page: unreadablePage, problems: [{ path, ...block.problem }] };
	}
	if (block.kind === "yaml") {
		const unreadable = frontmatterProblem(snapshot, block.yaml);
		if (unreadable) return { kind: "other", path, page: unreadablePage, problems: [unreadable] };
		problems.push(...frontmatterWarnings(path, block.yaml));
	}
	const frontmatter = snapshot.frontmatter ?? {};
	const page: NotePage = { path, frontmatter, ctime, mtime };
	const outline = scanOutline(block.body, block.bodyStartLine);
	const { basename } = pathParts(path);
	if (looksLikeMoc(basename, frontmatter)) {
		return { kind: "moc", path, page, moc: buildMoc(snapshot, frontmatter, outline), problems };
	}
	if (!looksLikeQuestion(path, basename, frontmatter, options)) return { kind: "other", path, page, problems };
	const built = buildQuestion(snapshot, frontmatter, outline, options);
	return { kind: "question", path, page, question: built.question, problems: [...problems, ...built.problems] };
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
	if (snapshot.frontmatter !== null && (typeof snapshot.frontmatter !== "object" || Array.isArray(snapshot.frontmatter))) {
		return { path, severity: "error", code: "yaml-not-a-mapping", message: "frontmatter is not a set of key: value properties", line: 1 };
	}
	if (snapshot.frontmatter === null && yaml.trim() !== "" && !isOnlyComments(yaml)) {
		return { path, severity: "error", code: "yaml-not-a-mapping", message: "frontmatter is not a set of key: value properties", line: 1 };
	}
	return undefined;
}

function frontmatterWarnings(path: string, yaml: string): Problem[] {
	if (yaml.trim() === "" || isOnlyComments(yaml)) {
		return [{ path, severity: "warning", code: "empty-frontmatter", message: "the frontmatter block is empty", line: 1 }];
	}
	return findDuplicateKeys(yaml).map(({ key, line }) => ({
		path,
		severity: "warning" as const,
		code: "duplicate-key" as const,
		message: `the property \`${key}\` is written more than once; the last value is used`,
		line,
	}));
}

function isOnlyComments(yaml: string): boolean {
	return yaml.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("#"));
}

export type { Outline };
