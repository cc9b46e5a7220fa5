/**
 * A copy of a string that does not keep the string it was cut from alive. V8 (Node, Electron)
 * represents a slice of 13 or more characters as a view into its parent: a heading or a link
 * target cut from a note keeps the whole note's text in memory for as long as it is kept. An
 * index that holds such pieces for every note holds every text; copying them lets the texts go.
 * Concatenation makes a new string, and slicing it flattens that new string, not the parent.
 */
export function detachedText(text: string): string {
	return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** The value with every string in it detached, plain objects and arrays copied; anything else as it is. */
export function detachedStrings<T>(value: T): T {
	return detach(value) as T;
}

function detach(value: unknown): unknown {
	if (typeof value === "string") return detachedText(value);
	if (Array.isArray(value)) return value.map(detach);
	if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
	const copy: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) copy[key] = detach(item);
	return copy;
}
