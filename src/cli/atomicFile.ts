import { renameSync, rmSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";

/**
 * Temp file in the same folder, then rename over the file: a reader (the plugin, a sync) sees the
 * old file or the new one, never half of one. `wx` refuses a temp name that exists (a link planted
 * there included); `mode` keeps a replaced file's permissions. The one step both CLI writers share:
 * the note writer's (vaultFiles.ts) and the plugin files' (pluginFiles.ts).
 */
export function writeAtomically(file: string, text: string, mode?: number): void {
	const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${Date.now()}.interview-vault-tmp`);
	writeFileSync(temp, text, { encoding: "utf8", flag: "wx", ...(mode === undefined ? {} : { mode }) });
	try {
		renameSync(temp, file);
	} catch (error) {
		rmSync(temp, { force: true });
		throw error;
	}
}
