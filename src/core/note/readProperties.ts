import { errorText } from "../errorText";
import { EXPANSION_REASON, expandsBeyondBudget } from "./yamlSize";

/** A YAML block read as properties: null when it holds none, or why it cannot be read. */
export type PropertiesResult = { ok: true; properties: Record<string, unknown> | null } | { ok: false; reason: string };

/**
 * Parses a frontmatter block with the caller's YAML parser (Obsidian's, or
 * js-yaml headless). The reason completes "the frontmatter is …": "not valid YAML: …" or
 * "a list, not key: value properties".
 */
export function readProperties(yaml: string, parse: (yaml: string) => unknown): PropertiesResult {
	if (yaml.trim() === "") return { ok: true, properties: null };
	let data: unknown;
	try {
		data = parse(yaml);
	} catch (error) {
		const message = errorText(error);
		return { ok: false, reason: `not valid YAML: ${message.split("\n")[0] ?? message}` };
	}
	if (data === null || data === undefined) return { ok: true, properties: null };
	if (typeof data !== "object" || Array.isArray(data)) {
		return { ok: false, reason: `a ${Array.isArray(data) ? "list" : typeof data}, not key: value properties` };
	}
	// Bounded here, where YAML becomes properties, so no reader ever walks an alias bomb.
	if (expandsBeyondBudget(data, yaml)) return { ok: false, reason: EXPANSION_REASON };
	return { ok: true, properties: data as Record<string, unknown> };
}
