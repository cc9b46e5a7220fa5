import { lstatSync, realpathSync } from "fs";
import { dirname, isAbsolute, join, relative, resolve } from "path";

/** Why a path given for a note cannot be used: it leads out of the vault, or is not a plain file. */
export class OutsideVaultError extends Error {}

/**
 * The one guard for a note path the CLI is handed or is about to write: the note's path inside
 * the vault (with "/"), after proving it names a plain file reached through real folders only:
 * no `..` out of the vault, no absolute path elsewhere, no symbolic link on the way or at the end.
 */
export function noteInsideVault(root: string, path: string): { relativePath: string; file: string } {
	const vault = resolve(root);
	const file = isAbsolute(path) ? path : resolve(vault, path);
	const inside = relative(vault, file);
	if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) throw new OutsideVaultError("the path leads outside the vault");
	let stat;
	try {
		stat = lstatSync(file);
	} catch {
		throw new OutsideVaultError("no such note");
	}
	if (!stat.isFile() || stat.isSymbolicLink()) throw new OutsideVaultError("not a plain file (a symbolic link is never followed)");
	if (realpathSync(dirname(file)) !== join(realpathSync(vault), dirname(inside))) throw new OutsideVaultError("a folder on the way is a symbolic link");
	return { relativePath: inside.split("\\").join("/"), file };
}
