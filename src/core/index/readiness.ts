/**
 * Whether the index holds the whole vault yet. While the first full read runs, views show how
 * far it is and commands that need every note say so; both read this one state, set by the
 * source (VaultIndexer), and hear of its changes through the index's one event.
 */
export type IndexReadiness = { state: "reading"; done: number; total: number } | { state: "ready" };

export const READING: IndexReadiness = { state: "reading", done: 0, total: 0 };

/** The line a view shows until the index is ready: "Interview Vault is reading your notes… 1,200 of 9,800". */
export function readingLine(readiness: IndexReadiness): string {
	if (readiness.state === "ready") return "";
	const progress = readiness.total > 0 ? ` ${readiness.done.toLocaleString("en-US")} of ${readiness.total.toLocaleString("en-US")}` : "";
	return `Interview Vault is reading your notes…${progress}`;
}

/** What a command that needs every note says when it is asked too early. */
export const NOT_READY_NOTICE = "Interview Vault is still reading your notes; try again in a moment.";
