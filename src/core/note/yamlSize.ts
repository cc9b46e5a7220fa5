/**
 * YAML aliases let a few hundred bytes stand for billions of values ("billion laughs": each
 * anchor a list of nine aliases of the one before). Parsers keep the aliases as shared objects,
 * so the parse is cheap; whatever then walks the properties as a tree (Dataview's page data,
 * the write check comparing every value, a JSON dump) expands them and runs out of time and
 * memory. Properties are therefore measured as the tree they stand for, counting each shared
 * object once, in time proportional to the parsed objects, and refused when that tree is out of
 * proportion to the text it was read from.
 */

/** Room for ordinary anchors (a block reused a few times) in any note, and per character of YAML. */
const EXPANSION_ALLOWANCE = 100_000;
const EXPANSION_PER_CHARACTER = 16;

/** The reason `readProperties` gives, completing "the frontmatter is …". */
export const EXPANSION_REASON = "too large once its YAML aliases are expanded (a \"billion laughs\" block); its properties are not read";

/** How large properties read from `yaml` may be once expanded: in proportion to the text. */
export function expansionBudget(yaml: string): number {
	return EXPANSION_ALLOWANCE + EXPANSION_PER_CHARACTER * yaml.length;
}

/**
 * The size of the value written out as a tree: one per value, plus the length of every text and
 * key. A value that contains itself is endless. Each object's size is worked out once.
 */
export function expandedSize(value: unknown): number {
	return sizeOf(value, new Map(), new Set());
}

export function expandsBeyondBudget(properties: unknown, yaml: string): boolean {
	// Without an alias (`*name`) the tree is no larger than the text it was read from: no walk needed.
	if (!yaml.includes("*")) return false;
	return expandedSize(properties) > expansionBudget(yaml);
}

/** Is this the reason a note's properties were refused for their expansion? */
export function isExpansionReason(reason: string | undefined): boolean {
	return reason === EXPANSION_REASON;
}

function sizeOf(value: unknown, known: Map<object, number>, open: Set<object>): number {
	if (typeof value === "string") return 1 + value.length;
	if (typeof value !== "object" || value === null) return 1;
	const cached = known.get(value);
	if (cached !== undefined) return cached;
	if (open.has(value)) return Infinity;
	open.add(value);
	let size = 1;
	if (Array.isArray(value)) {
		for (const item of value as unknown[]) size += sizeOf(item, known, open);
	} else {
		for (const [key, item] of Object.entries(value)) size += key.length + sizeOf(item, known, open);
	}
	open.delete(value);
	known.set(value, size);
	return size;
}
