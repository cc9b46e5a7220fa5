/**
 * Stands in for `node:fs` and `node:path` in the browser harness. test/obsidian/FakeApp.ts needs
 * them only in readFolderIntoFiles, which the harness never calls (the page loads its vault from
 * the harness server instead), so every function here refuses loudly rather than pretending.
 */

function unavailable(name: string): never {
	throw new Error(`${name} is not available in the browser harness; the page loads its vault from the harness server instead`);
}

export const sep = "/";

export function readdirSync(): never {
	return unavailable("fs.readdirSync");
}

export function readFileSync(): never {
	return unavailable("fs.readFileSync");
}

export function join(): never {
	return unavailable("path.join");
}

export function relative(): never {
	return unavailable("path.relative");
}
