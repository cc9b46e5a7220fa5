import { CORE_SCHEMA, load } from "js-yaml";

/**
 * YAML read as Obsidian reads properties, for every headless reader (the CLI, tests, the bench):
 * js-yaml 4 with the core schema, so `2025-10-03` stays the text the user typed, and without
 * json mode, so a duplicated key throws ("duplicated mapping key") and the note has no
 * properties — what Obsidian's Properties panel and Dataview show. The plugin itself uses
 * Obsidian's own `parseYaml`.
 */
export function parseYamlAsObsidian(yaml: string): unknown {
	return load(yaml, { schema: CORE_SCHEMA });
}
