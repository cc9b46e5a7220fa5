/** A note the plugin could not fully understand. Reported, never fatal, never written to. */
export type ProblemSeverity = "error" | "warning";

export type ProblemCode =
	| "fence-backslash"
	| "fence-glued"
	| "fence-unclosed"
	| "yaml-invalid"
	| "yaml-not-a-mapping"
	| "yaml-alias-expansion"
	| "file-unreadable"
	| "not-utf8"
	| "duplicate-key"
	| "second-block"
	| "empty-frontmatter"
	| "difficulty-missing"
	| "difficulty-unknown"
	| "moc-dangling-link";

export interface Problem {
	path: string;
	severity: ProblemSeverity;
	code: ProblemCode;
	message: string;
	/** 1-based line in the file, when the problem has a place. */
	line?: number;
}

/** Errors mean the note's properties cannot be read: it is kept without them, shown with the reason, and never written. */
export function isError(problem: Problem): boolean {
	return problem.severity === "error";
}
