import type { DateValue, LinkNormalizer, ObjectValue, Value } from "./values";

/** What an expression can see besides its row: Dataview's `Context` (globals, link handler) and our `today`. */
export interface Env {
	/** `this`, the note the query is in (an empty object when unknown, as in Dataview). */
	readonly globals: ReadonlyMap<string, Value>;
	readonly today: DateValue;
	readonly normalizeLink: LinkNormalizer;
	/** A page's data by link path, or null when the link leads nowhere. */
	readonly resolveLink: (path: string) => ObjectValue | null;
}

/**
 * An expression failed on one row (Dataview's `Result.failure`): the row is dropped, and only
 * when every row fails does the query report it, as Dataview's `executeCore` does.
 */
export class EvaluationError extends Error {}

export function fail(message: string): never {
	throw new EvaluationError(message);
}
