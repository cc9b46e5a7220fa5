import { splitFrontmatter } from "../note/frontmatterBlock";
import { readProperties } from "../note/readProperties";
import { undecodableReason } from "../note/textIntegrity";
import { FrontmatterWriteError, type FrontmatterPatch } from "./frontmatterPatch";

export type YamlParser = (yaml: string) => unknown;

/**
 * Proof before any write: the new text parses, every property outside the patch holds the same
 * value as before, each patched property holds the patched value, and the body is unchanged.
 * Throws FrontmatterWriteError otherwise, so the caller writes nothing.
 */
export function verifyPatch(before: string, after: string, patch: FrontmatterPatch, parse: YamlParser): void {
	const undecodable = undecodableReason(before);
	if (undecodable) throw new FrontmatterWriteError(undecodable);
	const old = readBlock(before, parse, "before");
	const next = readBlock(after, parse, "after");
	if (old.body !== next.body) throw new FrontmatterWriteError("the write would change the note's body");
	for (const key of new Set([...Object.keys(old.data), ...Object.keys(next.data)])) {
		if (key in patch) continue;
		if (!sameValue(old.data[key], next.data[key])) {
			throw new FrontmatterWriteError(`the write would change the property "${key}", which is not the plugin's`);
		}
	}
	for (const [key, value] of Object.entries(patch)) {
		const written = next.data[key];
		if (value === null ? written !== undefined : !sameValue(written, value)) {
			throw new FrontmatterWriteError(`the property "${key}" would not hold the value written`);
		}
	}
}

function readBlock(text: string, parse: YamlParser, when: string): { data: Record<string, unknown>; body: string } {
	const block = splitFrontmatter(text);
	if (block.kind === "broken") throw new FrontmatterWriteError(`${when} the write: ${block.problem.message}`);
	if (block.kind === "none") return { data: {}, body: block.body };
	const read = readProperties(block.yaml, parse);
	if (!read.ok) throw new FrontmatterWriteError(`${when} the write the frontmatter is ${read.reason}`);
	return { data: read.properties ?? {}, body: block.body };
}

function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
