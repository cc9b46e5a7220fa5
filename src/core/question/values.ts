/** Tolerant readers for frontmatter values as they appear in hand-edited vaults. */

/** A trimmed string from a string or number; anything else is absent. */
export function readString(value: unknown): string | undefined {
	if (typeof value === "string") {
		const trimmed = value.trim();
		return trimmed === "" ? undefined : trimmed;
	}
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return undefined;
}

/**
 * A list of strings from a YAML list, a single string, or a comma-separated string
 * ("sql, databases"), which is how list values typed into a text field end up.
 */
export function readStringList(value: unknown): string[] {
	if (Array.isArray(value)) {
		return value.map(readString).filter((item): item is string => item !== undefined);
	}
	const single = readString(value);
	if (single === undefined) return [];
	const inner = single.startsWith("[") && single.endsWith("]") ? single.slice(1, -1) : single;
	return inner
		.split(",")
		.map((item) => item.trim().replace(/^["']|["']$/g, ""))
		.filter((item) => item !== "");
}

/** Tags without the leading `#`, deduplicated, in their written order. */
export function readTags(value: unknown): string[] {
	const tags = readStringList(value).flatMap((item) => item.split(/\s+/));
	return unique(tags.map((tag) => tag.replace(/^#/, "")).filter((tag) => tag !== ""));
}

/** Does the list hold this tag, or a tag nested under it (`topic` matches `topic/backend`)? Any case, with or without `#`. */
export function hasTag(tags: readonly string[], wanted: string): boolean {
	const tag = wanted.replace(/^#/, "").toLowerCase();
	return tags.some((candidate) => {
		const lower = candidate.toLowerCase();
		return lower === tag || lower.startsWith(`${tag}/`);
	});
}

/** `[[q-foo|Foo]]`, `q-foo`, or lists of them → `q-foo`; wikilinks in properties are quoted strings in YAML. */
export function readLinkList(value: unknown): string[] {
	const items = Array.isArray(value) ? value : [value];
	return items.flatMap((item) => {
		const text = readString(item);
		if (text === undefined) return [];
		const wikilinks = propertyWikilinks(text).map((target) => target.trim());
		return wikilinks.length > 0 ? wikilinks : readStringList(text);
	}).filter((target) => target !== "");
}

/**
 * The targets of `[[target|alias]]` links in a property value: what `\[\[([^\]|#]+)[^\]]*\]\]`
 * captures, in one pass (that pattern, searched globally over a run of `[[`, costs the cube of
 * its length). A link runs to the first `]`, so one that fails there fails from every `[[` before.
 */
function propertyWikilinks(text: string): string[] {
	const targets: string[] = [];
	let from = text.indexOf("[[");
	while (from >= 0) {
		let end = from + 2;
		while (end < text.length && !"]|#".includes(text[end] ?? "")) end++;
		if (end === from + 2) {
			from = text.indexOf("[[", from + 1);
			continue;
		}
		const close = text.indexOf("]", end);
		if (close < 0) break;
		if (text[close + 1] === "]") targets.push(text.slice(from + 2, end));
		from = text.indexOf("[[", text[close + 1] === "]" ? close + 2 : close + 1);
	}
	return targets;
}

/** YAML parsers already drop `# comments`; a value read some other way may still hold one. */
export function stripTrailingComment(value: string): string {
	const hash = value.search(/\s#/);
	return hash >= 0 ? value.slice(0, hash) : value;
}

export function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}
