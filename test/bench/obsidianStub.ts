/**
 * The one run-time piece of `obsidian` the measured code reaches (src/obsidian/readSnapshot.ts
 * asks Obsidian's YAML parser why a block is broken). run.mjs bundles this in place of the
 * package, which on npm ships only types.
 */
import { CORE_SCHEMA, load } from "js-yaml";

export function parseYaml(text: string): unknown {
	return load(text, { schema: CORE_SCHEMA });
}
