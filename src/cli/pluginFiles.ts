import { mkdirSync, rmSync } from "fs";
import { writeAtomically } from "./atomicFile";
import { dirname, join } from "path";

/**
 * The plugin's own files in a vault, which the CLI writes too: its settings (`data.json`, where
 * `optimize --write` puts the FSRS parameters) and the receipts of `import --write`. They live in
 * `.obsidian/plugins/interview-vault/`, never among the notes, so they are the one exception to
 * "every write goes through the note writer" on the CLI's side (as ReviewLogStore and
 * SettingsStore are on the plugin's).
 */
export function pluginFile(root: string, name: string): string {
	return join(root, ".obsidian", "plugins", "interview-vault", name);
}

/** Written beside and renamed over (atomicFile.ts), so a reader (the plugin, a sync) never sees half a file. */
export function writePluginFile(root: string, name: string, text: string): void {
	const file = pluginFile(root, name);
	mkdirSync(dirname(file), { recursive: true });
	writeAtomically(file, text);
}

export function removePluginFile(root: string, name: string): void {
	rmSync(pluginFile(root, name), { force: true });
}
