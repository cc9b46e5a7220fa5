import type { Source } from "./ast";
import { pageRecord, type DataviewPage, type PageRecord } from "./pageData";

/** The pages of one query run, with the lookups FROM and links need. */
export interface VaultView {
	readonly records: readonly PageRecord[];
	/** Obsidian's link resolution, simplified: exact path, path + `.md`, else the first note with that name. */
	resolve(linkPath: string): PageRecord | undefined;
	matches(source: Source, record: PageRecord): boolean;
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

function buildVaultView(pages: readonly DataviewPage[]): VaultView {
	const records = pages.map(cachedRecord);
	const byPath = new Map(records.map((record) => [record.path, record]));
	const byName = new Map<string, PageRecord>();
	for (const record of records) {
		const name = (record.path.split("/").pop() ?? record.path).replace(/\.md$/i, "").toLowerCase();
		if (!byName.has(name)) byName.set(name, record);
	}
	const folderCache = new Map<string, boolean>();
	const folderExists = (folder: string): boolean => {
		let exists = folderCache.get(folder);
		if (exists === undefined) {
			exists = folder === "" || records.some((record) => record.path.startsWith(`${folder}/`));
			folderCache.set(folder, exists);
		}
		return exists;
	};
	const resolve = (linkPath: string): PageRecord | undefined => {
		const exact = byPath.get(linkPath) ?? byPath.get(`${linkPath}.md`);
		if (exact) return exact;
		const lower = linkPath.toLowerCase().replace(/\.md$/, "");
		if (!lower.includes("/")) return byName.get(lower);
		return records.find((record) => record.path.toLowerCase().replace(/\.md$/, "").endsWith(`/${lower}`));
	};
	const matches = (source: Source, record: PageRecord): boolean => {
		switch (source.type) {
			case "all":
				return true;
			case "folder":
				return inFolder(normalizeFolder(source.folder), record.path, folderExists);
			case "tag":
				// Dataview's tag index is case-insensitive and holds each tag's parents too.
				return record.tagIndex.has(source.tag.toLowerCase());
			case "negate":
				return !matches(source.child, record);
			case "binary":
				return source.op === "&" ? matches(source.left, record) && matches(source.right, record) : matches(source.left, record) || matches(source.right, record);
		}
	};
	return { records, resolve, matches };
}

/**
 * Turning a page into Dataview's row data is most of a query's cost, and a MOC runs many queries
 * over the same pages: each page's record is kept as long as the page object lives and its
 * frontmatter object and times are the same (pages are snapshots: replace, don't mutate).
 */
const recordCache = new WeakMap<DataviewPage, { frontmatter: DataviewPage["frontmatter"]; ctime: number; mtime: number; record: PageRecord }>();

function cachedRecord(page: DataviewPage): PageRecord {
	const cached = recordCache.get(page);
	if (cached && cached.frontmatter === page.frontmatter && cached.ctime === page.ctime && cached.mtime === page.mtime && cached.record.path === page.path) {
		return cached.record;
	}
	const record = pageRecord(page);
	recordCache.set(page, { frontmatter: page.frontmatter, ctime: page.ctime, mtime: page.mtime, record });
	return record;
}

/**
 * Dataview's folder source: a folder means every note below it, subfolders included; when no
 * such folder exists, the string may name one note (`"50-Backend/c-sql-basics"`, `.md` optional).
 * Case-sensitive, as Obsidian's paths are.
 */
function inFolder(folder: string, path: string, folderExists: (folder: string) => boolean): boolean {
	if (folderExists(folder)) return folder === "" || path.startsWith(`${folder}/`);
	return path === folder || path === `${folder}.md`;
}

/** Leading and trailing slashes are not part of a vault path; `"/"` is the whole vault. */
function normalizeFolder(folder: string): string {
	return folder.replace(/^\/+|\/+$/g, "");
}
