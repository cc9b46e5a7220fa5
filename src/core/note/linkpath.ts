/**
 * The paths of the vault's files with this file name (lower case, extension included: `x.md`),
 * as Obsidian's `uniqueFileLookup` keeps them.
 */
export type FilesNamed = (lowerFileName: string) => readonly string[] | undefined;

/**
 * The note a link path leads to from the note at `from`, by Obsidian's own rule
 * (`MetadataCache.getFirstLinkpathDest`), so that the index, the Dataview engine and Obsidian
 * agree when two notes share a name:
 * 1. an empty path is the linking note itself;
 * 2. the files of that name (`x` is looked up as `x.md` unless its name has an extension);
 *    a bare name with one such file is that file;
 * 3. `./` and `../` are taken from the linking note's folder; a candidate at exactly that path wins;
 * 4. a candidate at exactly the path (a leading `/` dropped) wins; a path that starts with `/`
 *    stops there;
 * 5. otherwise the candidates whose path ends with the link's: first those inside the linking
 *    note's folder, then the others, each shortest path first, then by code point.
 */
export function resolveLinkpath(linkpath: string, from: string, filesNamed: FilesNamed): string | undefined {
	if (linkpath === "") return filesNamed(fileName(from).toLowerCase())?.includes(from) ? from : undefined;
	const found = lookUp(linkpath, filesNamed);
	if (!found) return undefined;
	const { candidates } = found;
	let { wanted } = found;
	if (fileName(wanted) === wanted && candidates.length === 1) return candidates[0];
	let folder = parentFolder(from).toLowerCase();
	if (wanted.startsWith("./") || wanted.startsWith("../")) {
		({ wanted, folder } = fromFolder(wanted, folder));
		const relative = candidates.find((path) => path.toLowerCase() === wanted);
		if (relative !== undefined) return relative;
	}
	if (wanted.startsWith("/")) wanted = wanted.slice(1);
	const exact = candidates.find((path) => path.toLowerCase() === wanted);
	if (exact !== undefined || linkpath.startsWith("/")) return exact;
	return closest(candidates.filter((path) => path.toLowerCase().endsWith(wanted)), folder);
}

/** The candidates of the link's file name, and the lower-case path they are matched against. */
function lookUp(linkpath: string, filesNamed: FilesNamed): { wanted: string; candidates: readonly string[] } | undefined {
	const asWritten = linkpath.toLowerCase();
	const named = fileName(asWritten).includes(".") ? filesNamed(fileName(asWritten)) : undefined;
	if (named && named.length > 0) return { wanted: asWritten, candidates: named };
	const withExtension = `${linkpath}.md`.toLowerCase();
	const candidates = filesNamed(fileName(withExtension));
	return candidates && candidates.length > 0 ? { wanted: withExtension, candidates } : undefined;
}

/** A `./` or `../` path made absolute from the linking note's folder (which `../` walks up, as Obsidian's does). */
function fromFolder(path: string, start: string): { wanted: string; folder: string } {
	let wanted = path.startsWith("./../") ? path.slice(2) : path;
	let folder = start;
	if (wanted.startsWith("./")) {
		if (folder !== "") folder += "/";
		return { wanted: folder + wanted.slice(2), folder };
	}
	while (wanted.startsWith("../")) {
		wanted = wanted.slice(3);
		folder = parentFolder(folder);
	}
	if (folder !== "") folder += "/";
	return { wanted: folder + wanted, folder };
}

function closest(candidates: readonly string[], folder: string): string | undefined {
	const inFolder = candidates.filter((path) => path.toLowerCase().startsWith(folder));
	const shortestFirst = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
	return [...inFolder].sort(shortestFirst)[0] ?? candidates.filter((path) => !inFolder.includes(path)).sort(shortestFirst)[0];
}

function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

function parentFolder(path: string): string {
	return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}

/** The path part of a link: `x#Heading` and `x#^block` lead to `x`. */
export function withoutSubpath(link: string): string {
	const hash = link.indexOf("#");
	return hash < 0 ? link : link.slice(0, hash);
}

/** A FilesNamed over a list of paths, for a caller that has no lookup of its own. */
export function filesNamedIn(paths: Iterable<string>): FilesNamed {
	const byName = new Map<string, string[]>();
	for (const path of paths) {
		const name = fileName(path).toLowerCase();
		const list = byName.get(name);
		if (list) list.push(path);
		else byName.set(name, [path]);
	}
	return (name) => byName.get(name);
}
