import type { App } from "obsidian";
import { TEMPLATE_CONFIG_FILES, templateFoldersFrom } from "../core/question/templateFolders";

/** The template folders set in this vault's Templates plugin and Templater; none when unreadable. */
export async function readTemplateFolders(app: App): Promise<string[]> {
	const read = async (file: string): Promise<string | undefined> => {
		try {
			return await app.vault.adapter.read(`${app.vault.configDir}/${file}`);
		} catch {
			// No such plugin configured: no template folder from it.
			return undefined;
		}
	};
	return templateFoldersFrom(await read(TEMPLATE_CONFIG_FILES.templates), await read(TEMPLATE_CONFIG_FILES.templater));
}
