import { errorText } from "../errorText";
import { splitFrontmatter } from "./frontmatterBlock";
import { undecodableReason } from "./textIntegrity";

/** What a repair does: the whole new text, and a one-line account of the change. */
export interface FenceRepair {
	fixed: string;
	fix: string;
	code: RepairableCode;
}

export interface FenceRefusal {
	refused: string;
	code: RepairableCode;
}

export type FenceRepairPlan = FenceRepair | FenceRefusal;

export type RepairableCode = "fence-backslash" | "fence-glued";

export type YamlParse = (yaml: string) => unknown;

const BOM = "\uFEFF";

/**
 * Plans the repair of a broken opening fence: `---\` becomes `---`, and `---id: x` becomes `---`
 * with `id: x` on the next line. Only the fence line changes (line endings, a byte-order mark and
 * the body stay byte for byte), and the plan is a fix only when the repaired block parses with
 * `parse` into properties holding every top-level key written in the block; otherwise it is a
 * refusal with the reason. `undefined`: the note has no fence of this kind to repair.
 */
export function planFenceRepair(text: string, parse: YamlParse): FenceRepairPlan | undefined {
	const block = splitFrontmatter(text);
	if (block.kind !== "broken") return undefined;
	const code = block.problem.code;
	if (code !== "fence-backslash" && code !== "fence-glued") return undefined;
	const undecodable = undecodableReason(text);
	if (undecodable) return { code, refused: undecodable };
	const bom = text.startsWith(BOM) ? BOM : "";
	const source = text.slice(bom.length);
	const lineEnd = source.indexOf("\n");
	if (lineEnd < 0) return { code, refused: "the note is a single line: there is no frontmatter to close" };
	const rawFirst = source.slice(0, lineEnd);
	const cr = rawFirst.endsWith("\r") ? "\r" : "";
	const firstLine = rawFirst.slice(0, rawFirst.length - cr.length);
	const head = repairedHead(code, firstLine, cr);
	if (typeof head !== "string") return { code, refused: head.refused };
	const fixed = bom + head + source.slice(lineEnd);
	const refusal = checkRepaired(fixed, text, parse);
	if (refusal !== undefined) return { code, refused: refusal };
	return { code, fixed, fix: describeFix(code, firstLine) };
}

/** The new first line(s), with the note's line ending, up to where the old first line's `\n` is. */
function repairedHead(code: RepairableCode, firstLine: string, cr: string): string | { refused: string } {
	const rest = firstLine.slice(3);
	if (code === "fence-backslash") {
		// Only a bare `---\` is a fence someone's tool escaped; text after it is not ours to guess at.
		if (!/^\\+[ \t]*$/.test(rest)) return { refused: `the first line \`${firstLine}\` holds more than a broken fence` };
		return `---${cr}`;
	}
	// An indented first key would not line up with the keys below it, so it starts the line.
	return `---${cr}\n${rest.trimStart()}${cr}`;
}

/** Why the repaired text may not be written, or undefined when it is safe. */
function checkRepaired(fixed: string, original: string, parse: YamlParse): string | undefined {
	const block = splitFrontmatter(fixed);
	if (block.kind === "broken") {
		return block.problem.code === "fence-unclosed"
			? "after the repair the frontmatter would never be closed by a `---` line"
			: `after the repair the note would still be broken: ${block.problem.message}`;
	}
	if (block.kind !== "yaml") return "after the repair the note would have no frontmatter";
	if (!sameBody(original, block.body)) return "the repair would change the note's body";
	let data: unknown;
	try {
		data = parse(block.yaml);
	} catch (error) {
		return `after the repair the frontmatter would not be valid YAML: ${firstLineOf(error)}`;
	}
	if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
		return "after the repair the frontmatter would not be a set of key: value properties";
	}
	const properties = (data ?? {}) as Record<string, unknown>;
	const lost = writtenKeys(block.yaml).find((key) => !Object.prototype.hasOwnProperty.call(properties, key));
	return lost === undefined ? undefined : `after the repair the property \`${lost}\` would not be read`;
}

/** The repair touches the first line only, so the original text must end with the repaired body. */
function sameBody(original: string, body: string): boolean {
	const source = original.startsWith(BOM) ? original.slice(1) : original;
	return source.endsWith(body) && (body === "" || source.length > body.length);
}

/**
 * Top-level keys as written, by the same line rule the writer uses; a key the parser would not
 * return (a flow list running over lines, a malformed key) makes the repair refuse, never guess.
 */
function writtenKeys(yaml: string): string[] {
	const keys: string[] = [];
	for (const rawLine of yaml.split("\n")) {
		const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
		// Greedy, then trimmed: a lazy key followed by `\s*:` costs the square of a long line.
		const match = /^(?:"([^"\\]+)"\s*|'([^']+)'\s*|([^\s#\-?:'"][^:]*)):(\s|$)/.exec(line);
		const key = match ? (match[1] ?? match[2] ?? match[3]?.trimEnd()) : undefined;
		if (key !== undefined) keys.push(key);
	}
	return keys;
}

function describeFix(code: RepairableCode, firstLine: string): string {
	return code === "fence-backslash"
		? `opening fence \`${firstLine}\` → \`---\``
		: `fence glued to the first key: \`${firstLine}\` → \`---\` and \`${firstLine.slice(3).trimStart()}\` on the next line`;
}

function firstLineOf(error: unknown): string {
	const message = errorText(error);
	return message.split("\n")[0] ?? message;
}

/** The first `count` lines of a text, without line ends: what a preview shows of a fence repair. */
export function firstLines(text: string, count: number): string[] {
	const source = text.startsWith(BOM) ? text.slice(1) : text;
	return source
		.split("\n", count)
		.map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}
