import { CORE_SCHEMA, load, type LoadOptions } from "js-yaml";

/**
 * The one js-yaml configuration for every YAML read outside Obsidian: the CLI's note reader, its
 * fence repairs, the fake Obsidian's parseYaml and the tests. YAML 1.2 core types, so `2025-10-03`
 * stays the text the user typed, as in Obsidian; JSON mode, so a duplicated key keeps the last value.
 * Change the options here and every headless reader follows.
 */
export const YAML_OPTIONS: LoadOptions = { schema: CORE_SCHEMA, json: true };

/** YAML text to a value as Obsidian would read it; throws js-yaml's error on invalid YAML. */
export function parseYaml(yaml: string): unknown {
	return load(yaml, YAML_OPTIONS);
}
