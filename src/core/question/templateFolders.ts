/** Where a vault's configuration says its templates live (paths inside the config folder). */
export const TEMPLATE_CONFIG_FILES = {
	/** Obsidian's core Templates plugin: `{"folder": "…"}`. */
	templates: "templates.json",
	/** Templater: `{"templates_folder": "…"}`. */
	templater: "plugins/templater-obsidian/data.json",
} as const;

/**
 * The template folders named in the core Templates plugin's and Templater's settings. Either
 * text may be missing or broken: a folder is read only from a setting that is plainly there.
 */
export function templateFoldersFrom(templatesJson: string | undefined, templaterJson: string | undefined): string[] {
	const folders = [readFolder(templatesJson, "folder"), readFolder(templaterJson, "templates_folder")];
	return [...new Set(folders.filter((folder): folder is string => folder !== undefined))];
}

function readFolder(json: string | undefined, key: string): string | undefined {
	if (json === undefined) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return undefined;
	}
	const value = typeof data === "object" && data !== null ? (data as Record<string, unknown>)[key] : undefined;
	if (typeof value !== "string") return undefined;
	const folder = value.trim().replace(/^\/+|\/+$/g, "");
	return folder === "" ? undefined : folder;
}
