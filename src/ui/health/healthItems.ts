import type { Problem, ProblemSeverity } from "../../core/note/Problem";
import { REPAIRABLE_CODES } from "../../core/note/repairable";
import type { LogProblem } from "../../core/reviewLog/reviewLog";

/** One row of "Check vault": a note's problem or an unreadable review-log line, with its place. */
export interface HealthItem {
	path: string;
	/** 1-based line in the file, when the problem has a place. */
	line?: number;
	severity: ProblemSeverity;
	/** A short name of the kind of problem, e.g. `fence-backslash` or `review-log`. */
	kind: string;
	message: string;
}

/** Notes' problems first (as the index sorts them), then the review log's lines, by file and line. */
export function healthItems(problems: readonly Problem[], logProblems: readonly LogProblem[]): HealthItem[] {
	const notes = problems.map((problem): HealthItem => ({
		path: problem.path,
		...(problem.line === undefined ? {} : { line: problem.line }),
		severity: problem.severity,
		kind: problem.code,
		message: problem.message,
	}));
	// A corrupt log line costs one grade of history, never a note: a warning, not an error.
	const log = [...logProblems]
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
		.map((problem): HealthItem => ({ path: problem.file, line: problem.line, severity: "warning", kind: "review-log", message: problem.message }));
	return [...notes, ...log];
}

/** The notes "Repair frontmatter…" may know a repair for. */
export function repairablePaths(problems: readonly Problem[]): string[] {
	return [...new Set(problems.filter((p) => REPAIRABLE_CODES.has(p.code)).map((p) => p.path))];
}

export function place(item: Pick<HealthItem, "path" | "line">): string {
	return item.line === undefined ? item.path : `${item.path}:${item.line}`;
}
