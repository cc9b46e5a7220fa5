import { existsSync, lstatSync, mkdirSync } from "fs";
import { writeAtomically } from "./atomicFile";
import { noteInsideVault } from "./vaultPath";
import { dirname, isAbsolute, join, relative, resolve, sep } from "path";

/** The note's absolute path, after the one vault-path guard (vaultPath.ts) proved it a plain file inside the vault. */
export function fileInsideVault(root: string, path: string): string {
	return noteInsideVault(root, path).file;
}

/** Replaces a note atomically (atomicFile.ts), keeping its permissions. */
export function replaceAtomically(file: string, text: string): void {
	writeAtomically(file, text, lstatSync(file).mode & 0o777);
}

/**
 * The absolute path for a new note inside the vault: no `..`, and every folder on the way a real
 * folder (a symbolic link is never followed); missing folders are made one by one.
 */
export function newFileInsideVault(root: string, path: string): string {
	const file = resolve(root, path);
	const inside = relative(root, file);
	if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) throw new Error("the path leads outside the vault");
	let folder = root;
	for (const part of dirname(inside).split(sep).filter((name) => name !== "" && name !== ".")) {
		folder = join(folder, part);
		if (!existsSync(folder)) mkdirSync(folder);
		else if (!lstatSync(folder).isDirectory()) throw new Error(`${relative(root, folder)} is not a plain folder (a symbolic link is never followed)`);
	}
	return file;
}
