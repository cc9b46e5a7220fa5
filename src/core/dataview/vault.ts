import { filesNamedIn, resolveLinkpath, withoutSubpath } from "../note/linkpath";
import type { Source } from "./ast";
import { linkTargets, pageRecord, pageSource, type DataviewPage, type PageRecord, type PageSource } from "./pageData";

/** The pages of one query run, with the lookups FROM and links need. */
export interface VaultView {
	readonly records: readonly PageRecord[];
	/** Obsidian's link resolution (`getFirstLinkpathDest`) from the note at `from`. */
	resolve(linkPath: string, from?: string): PageRecord | undefined;
	/**
	 * The pages a source selects, in Dataview's order; an error for a link source that names no
	 * note. Kept per source and origin: the 13 blocks of a MOC mostly share one FROM.
	 */
	select(source: Source, origin: string | undefined): readonly PageRecord[] | { error: string };
}

/** One view per pages array: the index hands out a new array on every change, so a kept one is current. */
const views = new WeakMap<readonly DataviewPage[], VaultView>();

export function vaultView(pages: readonly DataviewPage[]): VaultView {
	let view = views.get(pages);
	if (!view) {
		view = buildVaultView(pages);
		views.set(pages, view);
	}
	return view;
}

/** Obsidian's link resolution over these paths (core/note/linkpath), kept per link and linking note. */
function buildResolver(paths: readonly string[]): (linkPath: string, from: string) => string | undefined {
	const filesNamed = filesNamedIn(paths);
	const cache = new Map<string, string | undefined>();
	return (linkPath, from) => {
		const key = `${linkPath}\u0000${from}`;
		if (cache.has(key)) return cache.get(key);
		const found = resolveLinkpath(withoutSubpath(linkPath), from, filesNamed);
		cache.set(key, found);
		return found;
	};
}

function buildVaultView(pages: readonly DataviewPage[]): VaultView {
	const sources = pages.map(cachedSource);
	const resolvePath = buildResolver(pages.map((page) => page.path));
	const outgoing = new Map<string, string[]>();
	const incoming = new Map<string, Set<string>>();
	for (const source of sources) {
		const targets = linkTargets(source, resolvePath);
		outgoing.set(source.page.path, targets);
		for (const target of targets) {
			let set = incoming.get(target);
			if (!set) incoming.set(target, (set = new Set()));
			set.add(source.page.path);
		}
	}
	const context = { resolve: resolvePath, inlinks: (path: string) => [...(incoming.get(path) ?? [])], intern: shortTextPool() };
	const records = sources.map((source) => pageRecord(source, context));
	const byPath = new Map(records.map((record) => [record.path, record]));
	const allPaths = records.map((record) => record.path);
	const resolve = (linkPath: string, from = ""): PageRecord | undefined => {
		const path = resolvePath(linkPath, from);
		return path === undefined ? undefined : byPath.get(path);
	};
	const select = (source: Source, origin: string | undefined): ReadonlySet<string> | { error: string } => {
		switch (source.type) {
			case "all":
				return new Set(allPaths);
			case "folder": {
				// Dataview looks the folder up by its exact path: "50-Backend/" and "/50-Backend" name none.
				const folder = source.folder;
				if (folder === "" || folder === "/") return new Set(allPaths);
				if (allPaths.some((path) => path.startsWith(`${folder}/`))) return new Set(allPaths.filter((path) => path.startsWith(`${folder}/`)));
				const note = byPath.get(folder) ?? byPath.get(`${folder}.md`);
				return new Set(note ? [note.path] : []);
			}
			case "tag": {
				const tag = source.tag.toLowerCase();
				return new Set(records.filter((record) => record.tagIndex.has(tag)).map((record) => record.path));
			}
			case "link": {
				const target = resolvePath(source.link, origin ?? "");
				if (target === undefined) return { error: `Could not resolve link "${source.link}" during link lookup - does it exist?` };
				// Incoming: the linking notes in vault order; outgoing: the targets in the order the note first links them.
				if (source.direction === "incoming") return new Set(allPaths.filter((path) => incoming.get(target)?.has(path)));
				return new Set(outgoing.get(target) ?? []);
			}
			case "negate": {
				const inner = select(source.child, origin);
				if ("error" in inner) return inner;
				return new Set(allPaths.filter((path) => !inner.has(path)));
			}
			case "binary": {
				const left = select(source.left, origin);
				if ("error" in left) return left;
				const right = select(source.right, origin);
				if ("error" in right) return right;
				// Dataview's order: an intersection walks the right side, a union the left then the right.
				return source.op === "&" ? new Set([...right].filter((path) => left.has(path))) : new Set([...left, ...right]);
			}
		}
	};
	const selections = new Map<string, readonly PageRecord[] | { error: string }>();
	const selectRecords = (source: Source, origin: string | undefined): readonly PageRecord[] | { error: string } => {
		// A source is plain parsed data, so its JSON names it; the origin matters only to links.
		const key = `${readsLinks(source) ? (origin ?? "") : ""}\u0000${JSON.stringify(source)}`;
		let selection = selections.get(key);
		if (selection === undefined) {
			const paths = select(source, origin);
			selection = "error" in paths ? paths : [...paths].map((path) => byPath.get(path)).filter((record): record is PageRecord => record !== undefined);
			selections.set(key, selection);
		}
		return selection;
	};
	return { records, resolve, select: selectRecords };
}

/** Short texts (a difficulty, a tag, a status) as one string object each, for the records of one view. */
function shortTextPool(): (text: string) => string {
	const pool = new Map<string, string>();
	return (text) => {
		if (text.length > 64) return text;
		const known = pool.get(text);
		if (known !== undefined) return known;
		pool.set(text, text);
		return text;
	};
}

function readsLinks(source: Source): boolean {
	switch (source.type) {
		case "link":
			return true;
		case "negate":
			return readsLinks(source.child);
		case "binary":
			return readsLinks(source.left) || readsLinks(source.right);
		default:
			return false;
	}
}

/**
 * Reading a page's text (inline fields, tags, links, lists) is most of a query's cost, and a MOC
 * runs many queries over the same pages: each page's reading is kept as long as the page object
 * lives and its frontmatter, body data, text, size and times are the same (pages are snapshots: replace, don't mutate).
 */
const sourceCache = new WeakMap<DataviewPage, { source: PageSource }>();

function cachedSource(page: DataviewPage): PageSource {
	const cached = sourceCache.get(page)?.source;
	const seen = cached?.page;
	if (cached && seen && seen.frontmatter === page.frontmatter && seen.body === page.body && seen.text === page.text && seen.size === page.size && seen.path === page.path && seen.ctime === page.ctime && seen.mtime === page.mtime) {
		return cached;
	}
	const source = pageSource(pageCopy(page));
	sourceCache.set(page, { source });
	return source;
}

/** The page's properties read one by one (a page may compute its body on first read, see compactPage). */
function pageCopy(page: DataviewPage): DataviewPage {
	const { path, frontmatter, ctime, mtime, body, text, size } = page;
	return { path, frontmatter, ctime, mtime, ...(body === undefined ? {} : { body }), ...(text === undefined ? {} : { text }), ...(size === undefined ? {} : { size }) };
}
