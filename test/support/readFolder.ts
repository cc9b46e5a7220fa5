import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The notes of a real vault folder, path → text; dot-folders such as .obsidian are skipped, as Obsidian's file list does. */
export function readFolderIntoFiles(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile()) files[relative(dir, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return files;
}
