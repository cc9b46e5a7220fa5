import { normalizePath, type Plugin } from "obsidian";

/** A file of the plugin's own in its folder (`.obsidian/plugins/interview-vault/<name>`), never a note. */
export function pluginFile(plugin: Plugin, name: string): string {
	const folder = plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`;
	return normalizePath(`${folder}/${name}`);
}
