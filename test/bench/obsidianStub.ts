/**
 * The one run-time piece of `obsidian` the measured code reaches (src/obsidian/readSnapshot.ts
 * asks Obsidian's YAML parser why a block is broken). run.mjs bundles this in place of the
 * package, which on npm ships only types.
 */
export { parseYamlAsObsidian as parseYaml } from "../../src/core/note/yamlEngine";
