import { NOT_SUPPORTED } from "./ast";
import type { DateValue, LinkNormalizer, ObjectValue, Value } from "./values";

/** What an expression can see besides its row: Dataview's `Context` (globals, link handler) and our `today`. */
export interface Env {
	/** `this`, the note the query is in (an empty object when unknown, as in Dataview). */
	readonly globals: ReadonlyMap<string, Value>;
	readonly today: DateValue;
	/** `date(now)`: the wall clock the caller passed in (the engine reads no clock). */
	readonly now: DateValue;
	readonly normalizeLink: LinkNormalizer;
	/** A page's data by link path, or null when the link leads nowhere. */
	readonly resolveLink: (path: string) => ObjectValue | null;
	/** `object[key]` with Dataview's indexing rules (for `extract`). */
	readonly index: (object: Value, key: string) => Value;
}

/**
 * An expression failed on one row (Dataview's `Result.failure`): the row is dropped, and only
 * when every row fails does the query report it, as Dataview's `executeCore` does.
 */
export class EvaluationError extends Error {}

/**
 * A construct outside our subset met while the query runs (a format token, a risky regular
 * expression…): the whole query is refused with the feature's name, never answered differently.
 */
export class Unsupported extends Error {}

export function unsupported(construct: string): never {
	throw new Unsupported(NOT_SUPPORTED + construct);
}

export function fail(message: string): never {
	throw new EvaluationError(message);
}

/** What a query whose expression chain is too long to evaluate gets instead of JavaScript's words. */
export const TOO_DEEP = "This query chains or nests its expressions too deeply for Interview Vault to run it; split it into shorter expressions.";

export function isStackOverflow(error: unknown): boolean {
	return error instanceof RangeError && /call stack/i.test(error.message);
}
