/**
 * An in-memory Obsidian App for tests: a vault over a map of texts, a metadata cache that parses
 * like Obsidian and answers on a later tick, processFrontMatter, and a workspace with leaves.
 * Each part `implements Pick<…>` of the real class, so its shape is checked against obsidian.d.ts;
 * the App itself is cast once, in createFakeApp.
 */
import { vi } from "vitest";
import type * as O from "../../node_modules/obsidian/obsidian";
import {
	Component,
	Events,
	Keymap,
	MarkdownRenderer,
	Scope,
	TAbstractFile,
	TFile,
	TFolder,
	WorkspaceLeaf,
	asObsidianLeaf,
	attachPluginHost,
	getLinkpath,
	normalizePath,
	notices,
	openModals,
	parseYaml,
	resetStubState,
	settleTrackedWork,
	stringifyYaml,
	takeErrors,
	toStubLeaf,
	trackResult,
	type CodeBlockHandler,
	type LeafOwner,
	type Modal,
	type PluginHost,
} from "./obsidian";
import { findFrontmatter, isRecord, parseMetadata } from "./metadataCache";

export { findFrontmatter, parseMetadata } from "./metadataCache";

/** The fake clock's start: a Monday morning, far from any date a fixture hard-codes. */
export const FAKE_NOW = Date.parse("2026-11-23T09:00:00Z");

// ---------------------------------------------------------------------------------------------
// Clock

/** The clock whose time Date.now() reports (one at most); a new app takes the place over. */
const clocksDrivingDate = new Set<FakeClock>();

export class FakeClock {
	#now: number;

	constructor(start: number = FAKE_NOW) {
		this.#now = start;
	}

	now(): number {
		return this.#now;
	}

	advance(ms: number): void {
		this.#now += ms;
		this.#syncDate();
	}

	set(time: string | number | Date): void {
		this.#now = toTime(time);
		this.#syncDate();
	}

	/**
	 * Makes Date.now() and `new Date()` read this clock, for the plugin's "today". Only Date is
	 * faked: timers stay real, so the metadata cache's ticks and flush() keep working.
	 */
	driveSystemDate(): void {
		vi.useFakeTimers({ toFake: ["Date"], now: this.#now });
		clocksDrivingDate.clear();
		clocksDrivingDate.add(this);
	}

	/** Gives Date back to the real time, if this clock had it. */
	releaseSystemDate(): void {
		if (!clocksDrivingDate.delete(this)) return;
		vi.useRealTimers();
	}

	#syncDate(): void {
		if (clocksDrivingDate.has(this)) vi.setSystemTime(this.#now);
	}
}

function toTime(time: string | number | Date): number {
	const value = typeof time === "number" ? time : typeof time === "string" ? Date.parse(time) : time.getTime();
	if (Number.isNaN(value)) throw new Error(`Not a time: ${String(time)}`);
	return value;
}

// ---------------------------------------------------------------------------------------------
// Frontmatter and metadata, parsed like Obsidian
// (the parser is in ./metadataCache.ts)

/**
 * processFrontMatter's rewrite: parse (throwing on broken YAML, so nothing is written), let `fn`
 * change the object, then write the whole block again with stringifyYaml; the body is untouched.
 * A note without a block gets one; a block left empty is removed.
 */
export function rewriteFrontmatter(text: string, fn: (frontmatter: Record<string, unknown>) => void): string {
	const block = findFrontmatter(text);
	const frontmatter = block ? frontmatterForWriting(block.yaml) : {};
	fn(frontmatter);
	const body = block ? text.slice(block.bodyStart) : text;
	if (Object.keys(frontmatter).length === 0) return body;
	return `---\n${stringifyYaml(frontmatter)}---\n${body}`;
}

function frontmatterForWriting(yaml: string): Record<string, unknown> {
	const parsed = parseYaml(yaml);
	if (parsed === null || parsed === undefined) return {};
	if (!isRecord(parsed)) throw new Error("The frontmatter is not a set of key: value properties");
	return parsed;
}

// ---------------------------------------------------------------------------------------------
// Vault

/** How the vault tells the metadata cache, before any listener hears of a change. */
interface VaultObserver {
	created(file: TFile): void;
	modified(file: TFile): void;
	renamed(file: TFile, oldPath: string): void;
	deleted(file: TFile): void;
}

type VaultPart =
	| "configDir"
	| "getName"
	| "getFileByPath"
	| "getFolderByPath"
	| "getAbstractFileByPath"
	| "getRoot"
	| "create"
	| "createFolder"
	| "read"
	| "cachedRead"
	| "delete"
	| "trash"
	| "rename"
	| "modify"
	| "append"
	| "process"
	| "getAllLoadedFiles"
	| "getAllFolders"
	| "getMarkdownFiles"
	| "getFiles"
	| "on";

export class FakeVault extends Events implements Pick<O.Vault, VaultPart> {
	readonly configDir = ".obsidian";
	/** Set by the app: the config folder's files (plugins' data.json and what they write beside it). */
	adapter!: FakeConfigAdapter;
	readonly #name: string;
	readonly #clock: FakeClock;
	readonly #root: TFolder;
	/** Every file and folder but the root, by path. */
	readonly #byPath = new Map<string, TAbstractFile>();
	/** Keyed by the object, so a rename moves nothing. */
	readonly #texts = new Map<TFile, string>();
	#observer: VaultObserver | null = null;

	constructor(clock: FakeClock, name = "Fake vault") {
		super();
		this.#clock = clock;
		this.#name = name;
		this.#root = new TFolder(this.#asVault(), "/");
	}

	/** Test setup: adds a file without events, as if it was there when Obsidian started. */
	seed(path: string, text: string, times: { ctime?: number; mtime?: number } = {}): TFile {
		const normalized = normalizePath(path);
		if (this.#byPath.has(normalized)) throw new Error(`Duplicate path in the fixture: ${normalized}`);
		const now = this.#clock.now();
		const stat = { ctime: times.ctime ?? now, mtime: times.mtime ?? times.ctime ?? now, size: text.length };
		const file = new TFile(this.#asVault(), normalized, stat);
		this.#attach(file, this.#ensureFolder(parentPath(normalized), false));
		this.#texts.set(file, text);
		return file;
	}

	/** @internal The metadata cache hears of every change first, as Obsidian's does. */
	observe(observer: VaultObserver): void {
		this.#observer = observer;
	}

	/** Test only: the current text, without the await of read(). */
	textOf(file: TFile): string {
		const text = this.#texts.get(file);
		if (text === undefined) throw new Error(`${file.path} is not in the vault (deleted?)`);
		return text;
	}

	contains(file: TAbstractFile): boolean {
		return this.#byPath.get(file.path) === file;
	}

	getName(): string {
		return this.#name;
	}

	getRoot(): TFolder {
		return this.#root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		const normalized = normalizePath(path);
		return normalized === "/" ? this.#root : (this.#byPath.get(normalized) ?? null);
	}

	getFileByPath(path: string): TFile | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.getAbstractFileByPath(path);
		return folder instanceof TFolder ? folder : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [this.#root, ...this.#byPath.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		const folders = [...this.#byPath.values()].filter((file): file is TFolder => file instanceof TFolder);
		return includeRoot ? [this.#root, ...folders] : folders;
	}

	getFiles(): TFile[] {
		return [...this.#byPath.values()].filter((file): file is TFile => file instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	read(file: O.TFile): Promise<string> {
		return this.cachedRead(file);
	}

	cachedRead(file: O.TFile): Promise<string> {
		try {
			return Promise.resolve(this.textOf(this.#own(file)));
		} catch (error) {
			return Promise.reject(asError(error));
		}
	}

	/** Missing parent folders are created (with their `create` events); an existing path fails. */
	create(path: string, data: string, options?: O.DataWriteOptions): Promise<TFile> {
		return attempt(() => {
			const normalized = normalizePath(path);
			if (this.#byPath.has(normalized)) throw new Error(`File already exists: ${normalized}`);
			const now = this.#clock.now();
			const stat = { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: data.length };
			const file = new TFile(this.#asVault(), normalized, stat);
			this.#attach(file, this.#ensureFolder(parentPath(normalized), true));
			this.#texts.set(file, data);
			this.#observer?.created(file);
			this.trigger("create", file);
			return file;
		});
	}

	createFolder(path: string): Promise<TFolder> {
		return attempt(() => {
			const normalized = normalizePath(path);
			if (this.#byPath.has(normalized)) throw new Error(`Folder already exists: ${normalized}`);
			return this.#ensureFolder(normalized, true);
		});
	}

	modify(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
		return attempt(() => this.#write(this.#own(file), data, options));
	}

	append(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
		return attempt(() => {
			const own = this.#own(file);
			this.#write(own, this.textOf(own) + data, options);
		});
	}

	/** Read, change and write in one step, nothing can come between; an unchanged text is not written. */
	process(file: O.TFile, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
		return attempt(() => {
			const own = this.#own(file);
			const before = this.textOf(own);
			const after = fn(before);
			if (after !== before) this.#write(own, after, options);
			return after;
		});
	}

	/** A folder goes with everything in it; each file and folder gets its `delete`, deepest first. */
	delete(file: O.TAbstractFile, _force?: boolean): Promise<void> {
		return attempt(() => this.#remove(this.#own(file)));
	}

	trash(file: O.TAbstractFile, _system: boolean): Promise<void> {
		return this.delete(file);
	}

	/**
	 * The object keeps its identity and only its path changes; `rename` fires with the object
	 * already moved and the old path. A folder's contents move along, each with its own event.
	 */
	rename(file: O.TAbstractFile, newPath: string): Promise<void> {
		return attempt(() => {
			const own = this.#own(file);
			const normalized = normalizePath(newPath);
			if (this.#byPath.has(normalized)) throw new Error(`Destination file already exists: ${normalized}`);
			const parent = this.#ensureFolder(parentPath(normalized), true);
			const moves = this.#move(own, normalized, parent);
			for (const [moved, oldPath] of moves) {
				if (moved instanceof TFile) this.#observer?.renamed(moved, oldPath);
			}
			for (const [moved, oldPath] of moves) this.trigger("rename", moved, oldPath);
		});
	}

	#write(file: TFile, data: string, options?: O.DataWriteOptions): void {
		this.#texts.set(file, data);
		file.stat = { ...file.stat, mtime: options?.mtime ?? this.#clock.now(), size: data.length };
		if (options?.ctime !== undefined) file.stat.ctime = options.ctime;
		this.#observer?.modified(file);
		this.trigger("modify", file);
	}

	#remove(file: TAbstractFile): void {
		if (file instanceof TFolder) for (const child of [...file.children]) this.#remove(child);
		this.#detach(file);
		if (file instanceof TFile) {
			this.#texts.delete(file);
			this.#observer?.deleted(file);
		}
		this.trigger("delete", file);
	}

	/** Moves a file or folder; returns every object moved with its old path, the given one first. */
	#move(file: TAbstractFile, newPath: string, parent: TFolder): [TAbstractFile, string][] {
		const oldPath = file.path;
		this.#detach(file);
		file.setPath(newPath);
		this.#attach(file, parent);
		const moves: [TAbstractFile, string][] = [[file, oldPath]];
		if (file instanceof TFolder) {
			for (const child of [...file.children]) moves.push(...this.#move(child, `${newPath}/${child.name}`, file));
		}
		return moves;
	}

	#attach(file: TAbstractFile, parent: TFolder): void {
		file.parent = parent;
		parent.children.push(file);
		this.#byPath.set(file.path, file);
	}

	#detach(file: TAbstractFile): void {
		const siblings = file.parent?.children;
		const index = siblings?.indexOf(file) ?? -1;
		if (siblings && index >= 0) siblings.splice(index, 1);
		this.#byPath.delete(file.path);
	}

	#ensureFolder(path: string, announce: boolean): TFolder {
		if (path === "/") return this.#root;
		const existing = this.#byPath.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`${path} is a file, not a folder`);
		const parent = this.#ensureFolder(parentPath(path), announce);
		const folder = new TFolder(this.#asVault(), path);
		this.#attach(folder, parent);
		if (announce) this.trigger("create", folder);
		return folder;
	}

	/** Code typed against the real API hands back O.TFile; only this vault's own objects are accepted. */
	#own<T extends O.TAbstractFile>(file: T): T & TAbstractFile {
		if (file instanceof TAbstractFile && this.contains(file)) return file;
		throw new Error(`${file.path} is not a file of this vault (deleted, or from another vault)`);
	}

	/** The files point back at the vault through the real type; the fake covers the used part. */
	#asVault(): O.Vault {
		return this as unknown as O.Vault;
	}
}

function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash <= 0 ? "/" : path.slice(0, slash);
}

/** Runs synchronously, as one step, and reports through a promise like the real async API. */
function attempt<T>(step: () => T): Promise<T> {
	try {
		return Promise.resolve(step());
	} catch (error) {
		return Promise.reject(asError(error));
	}
}

function asError(error: unknown): Error {
	return error instanceof Error ? error : new Error(String(error));
}

// ---------------------------------------------------------------------------------------------
// Metadata cache

type MetadataCachePart = "getFileCache" | "getCache" | "getFirstLinkpathDest" | "fileToLinktext" | "on";

export class FakeMetadataCache extends Events implements Pick<O.MetadataCache, MetadataCachePart> {
	readonly #vault: FakeVault;
	/** By path, like Obsidian's; a rename moves the entry. */
	readonly #caches = new Map<string, O.CachedMetadata>();
	#pending = 0;

	constructor(vault: FakeVault) {
		super();
		this.#vault = vault;
		vault.observe({
			created: (file) => this.#schedule(file),
			modified: (file) => this.#schedule(file),
			renamed: (file, oldPath) => this.#renamed(file, oldPath),
			deleted: (file) => this.#deleted(file),
		});
	}

	/** Parses the files present at start-up at once: Obsidian has them cached before plugins load. */
	indexAll(): void {
		for (const file of this.#vault.getMarkdownFiles()) this.#caches.set(file.path, parseMetadata(this.#vault.textOf(file)));
	}

	/** How many re-parses are still waiting for their tick. */
	get pending(): number {
		return this.#pending;
	}

	/** Until `changed` has fired, this still answers with the metadata from before the change. */
	getFileCache(file: O.TFile): O.CachedMetadata | null {
		return this.getCache(file.path);
	}

	getCache(path: string): O.CachedMetadata | null {
		return this.#caches.get(normalizePath(path)) ?? null;
	}

	/**
	 * Resolves a link as Obsidian's own getFirstLinkpathDest does: an exact path first (with or
	 * without `.md`; a link starting with `/` stops there), otherwise the files whose path ends
	 * with the link, those inside the linking note's folder (or its subfolders) first, then the
	 * shortest path, then by code point. (`./` and `../` are not modelled here.)
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = getLinkpath(linkpath).trim();
		if (path === "") return this.#vault.getFileByPath(sourcePath);
		const rooted = path.replace(/^\/+/, "");
		const exact = this.#vault.getFiles().find((file) => [rooted, `${rooted}.md`].some((name) => file.path.toLowerCase() === name.toLowerCase()));
		if (exact || path.startsWith("/")) return exact ?? null;
		const wanted = path.toLowerCase();
		const candidates = this.#vault.getFiles().filter((file) => {
			const candidate = file.path.toLowerCase();
			return [candidate, candidate.replace(/\.md$/, "")].some((name) => name === wanted || name.endsWith(`/${wanted}`));
		});
		const folder = parentPath(normalizePath(sourcePath));
		const sourceFolder = folder === "/" ? "" : folder.toLowerCase();
		const inside = (file: TFile) => Number(file.path.toLowerCase().startsWith(sourceFolder));
		return candidates.sort((a, b) => inside(b) - inside(a) || a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0] ?? null;
	}

	/** The shortest text that still resolves to the file from `sourcePath`. */
	fileToLinktext(file: O.TFile, sourcePath: string, omitMdExtension = true): string {
		const withoutExtension = omitMdExtension && file.extension === "md" ? file.path.replace(/\.md$/, "") : file.path;
		const short = omitMdExtension && file.extension === "md" ? file.basename : file.name;
		return this.getFirstLinkpathDest(short, sourcePath)?.path === file.path ? short : withoutExtension;
	}

	/** Obsidian parses in a worker: `changed` comes on a later tick, `resolved` when all are done. */
	#schedule(file: TFile): void {
		if (file.extension !== "md") return;
		this.#pending++;
		setTimeout(() => {
			this.#pending--;
			if (this.#vault.contains(file)) {
				const data = this.#vault.textOf(file);
				const cache = parseMetadata(data);
				this.#caches.set(file.path, cache);
				this.trigger("changed", file, data, cache);
			}
			if (this.#pending === 0) this.trigger("resolved");
		}, 0);
	}

	/**
	 * The entry moves at once, before any `rename` listener runs. No `changed`: Obsidian does not
	 * send one for a rename, on purpose (obsidianmd/obsidian-api#77).
	 */
	#renamed(file: TFile, oldPath: string): void {
		const cache = this.#caches.get(oldPath);
		this.#caches.delete(oldPath);
		if (cache) this.#caches.set(file.path, cache);
	}

	/** Before the vault's `delete` listeners, as Obsidian's cache is subscribed first. */
	#deleted(file: TFile): void {
		const previous = this.#caches.get(file.path) ?? null;
		this.#caches.delete(file.path);
		if (file.extension === "md") this.trigger("deleted", file, previous);
	}
}

// ---------------------------------------------------------------------------------------------
// File manager

type FileManagerPart = "processFrontMatter" | "renameFile" | "trashFile" | "generateMarkdownLink" | "getNewFileParent";

export class FakeFileManager implements Pick<O.FileManager, FileManagerPart> {
	readonly #vault: FakeVault;
	readonly #metadataCache: FakeMetadataCache;

	constructor(vault: FakeVault, metadataCache: FakeMetadataCache) {
		this.#vault = vault;
		this.#metadataCache = metadataCache;
	}

	/**
	 * Rejects on YAML it cannot parse, leaving the note as it was; otherwise rewrites the whole
	 * block (see rewriteFrontmatter) through vault.process, so `modify` and then `changed` follow.
	 */
	async processFrontMatter(file: O.TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: O.DataWriteOptions): Promise<void> {
		await this.#vault.process(file, (text) => rewriteFrontmatter(text, fn), options);
	}

	/** Moves the file; unlike Obsidian, links to it in other notes are not updated. */
	renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
		return this.#vault.rename(file, newPath);
	}

	trashFile(file: O.TAbstractFile): Promise<void> {
		return this.#vault.delete(file);
	}

	generateMarkdownLink(file: O.TFile, sourcePath: string, subpath = "", alias?: string): string {
		const linktext = this.#metadataCache.fileToLinktext(file, sourcePath);
		return `[[${linktext}${subpath}${alias ? `|${alias}` : ""}]]`;
	}

	getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
		return this.#vault.getRoot();
	}
}

// ---------------------------------------------------------------------------------------------
// Workspace

type Side = "left" | "main" | "right";

export interface OpenedLink {
	readonly linktext: string;
	readonly sourcePath: string;
	readonly newLeaf: O.PaneType | boolean | undefined;
	/** The file it resolved to, or null: the fake does not create notes for unresolved links. */
	readonly path: string | null;
}

type WorkspacePart =
	| "layoutReady"
	| "containerEl"
	| "onLayoutReady"
	| "getActiveFile"
	| "openLinkText"
	| "getLeaf"
	| "getLeftLeaf"
	| "getRightLeaf"
	| "ensureSideLeaf"
	| "getLeavesOfType"
	| "detachLeavesOfType"
	| "revealLeaf"
	| "setActiveLeaf"
	| "getActiveViewOfType"
	| "getMostRecentLeaf"
	| "iterateAllLeaves"
	| "iterateRootLeaves"
	| "on";

export class FakeWorkspace extends Events implements Pick<O.Workspace, WorkspacePart> {
	layoutReady = false;
	containerEl: HTMLElement;
	activeLeaf: WorkspaceLeaf | null = null;
	/** Test only: every openLinkText call, oldest first. */
	readonly openedLinks: OpenedLink[] = [];
	/** Test only: the leaves revealLeaf was called with. */
	readonly revealedLeaves: WorkspaceLeaf[] = [];
	readonly #metadataCache: FakeMetadataCache;
	readonly #leaves = new Map<WorkspaceLeaf, Side>();
	readonly #splits: Record<Side, HTMLElement>;
	readonly #layoutCallbacks: (() => unknown)[] = [];
	readonly #owner: LeafOwner;
	#activeFile: TFile | null = null;

	constructor(app: O.App, metadataCache: FakeMetadataCache, containerEl: HTMLElement) {
		super();
		this.#metadataCache = metadataCache;
		this.containerEl = containerEl;
		this.#splits = {
			left: containerEl.createDiv("workspace-split mod-horizontal mod-left-split"),
			main: containerEl.createDiv("workspace-split mod-vertical mod-root"),
			right: containerEl.createDiv("workspace-split mod-horizontal mod-right-split"),
		};
		this.#owner = {
			app,
			activate: (leaf) => this.#activate(leaf),
			detached: (leaf) => this.#leaves.delete(leaf),
			fileOpened: (_leaf, file) => this.#fileOpened(file),
			layoutChanged: () => this.trigger("layout-change"),
		};
	}

	/** Runs the callback once the layout is ready: now if it already is, else on setLayoutReady. */
	onLayoutReady(callback: () => unknown): void {
		// Obsidian ignores what the callback returns; the fake tracks a promise so that flush() waits for it.
		if (this.layoutReady) trackResult(callback());
		else this.#layoutCallbacks.push(callback);
	}

	/** Test control: Obsidian has finished restoring the layout. */
	setLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const callback of this.#layoutCallbacks.splice(0)) trackResult(callback());
		this.trigger("layout-change");
	}

	getActiveFile(): TFile | null {
		return this.#activeFile;
	}

	/** Test control: the user switched to this file (or to none); `file-open` fires. */
	setActiveFile(file: TFile | null): void {
		this.#fileOpened(file);
	}

	/** Records the call; opens the file in a leaf when the link resolves. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: O.PaneType | boolean, openViewState?: O.OpenViewState): Promise<void> {
		const file = this.#metadataCache.getFirstLinkpathDest(getLinkpath(linktext), sourcePath);
		this.openedLinks.push({ linktext, sourcePath, newLeaf, path: file?.path ?? null });
		if (file) await this.#mainLeaf(newLeaf).openFile(file, openViewState);
	}

	getLeaf(newLeaf?: O.PaneType | boolean, _direction?: O.SplitDirection): O.WorkspaceLeaf {
		return asObsidianLeaf(this.#mainLeaf(newLeaf));
	}

	getLeftLeaf(_split: boolean): O.WorkspaceLeaf | null {
		return asObsidianLeaf(this.#createLeaf("left"));
	}

	getRightLeaf(_split: boolean): O.WorkspaceLeaf | null {
		return asObsidianLeaf(this.#createLeaf("right"));
	}

	async ensureSideLeaf(type: string, side: O.Side, options: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown } = {}): Promise<O.WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type)[0];
		const leaf = existing ?? asObsidianLeaf(this.#createLeaf(side));
		if (!existing) {
			const state = isRecord(options.state) ? options.state : undefined;
			await leaf.setViewState({ type, active: options.active, ...(state ? { state } : {}) });
		}
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	getLeavesOfType(viewType: string): O.WorkspaceLeaf[] {
		return this.#allLeaves()
			.filter((leaf) => leaf.view.getViewType() === viewType)
			.map(asObsidianLeaf);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	revealLeaf(leaf: O.WorkspaceLeaf): Promise<void> {
		this.revealedLeaves.push(toStubLeaf(leaf));
		return Promise.resolve();
	}

	setActiveLeaf(leaf: O.WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		this.#activate(toStubLeaf(leaf));
	}

	getActiveViewOfType<T extends O.View>(type: O.Constructor<T>): T | null {
		const view: unknown = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getMostRecentLeaf(_root?: O.WorkspaceParent): O.WorkspaceLeaf | null {
		const leaf = this.activeLeaf ?? this.#leavesOn("main").at(-1);
		return leaf ? asObsidianLeaf(leaf) : null;
	}

	iterateAllLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
		for (const leaf of this.#allLeaves()) callback(asObsidianLeaf(leaf));
	}

	iterateRootLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
		for (const leaf of this.#leavesOn("main")) callback(asObsidianLeaf(leaf));
	}

	/** For the plugin host: views of an unloaded plugin close, their leaves stay. */
	closeViewsOfType(type: string): Promise<void>[] {
		return this.#allLeaves()
			.filter((leaf) => leaf.view.getViewType() === type)
			.map((leaf) => leaf.closeView());
	}

	#mainLeaf(newLeaf: O.PaneType | boolean | undefined): WorkspaceLeaf {
		if (!newLeaf) {
			const current = this.activeLeaf && this.#leaves.get(this.activeLeaf) === "main" ? this.activeLeaf : this.#leavesOn("main").at(-1);
			if (current && !current.pinned) return current;
		}
		return this.#createLeaf("main");
	}

	#createLeaf(side: Side): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.#owner);
		this.#leaves.set(leaf, side);
		this.#splits[side].appendChild(leaf.containerEl);
		return leaf;
	}

	#allLeaves(): WorkspaceLeaf[] {
		return [...this.#leaves.keys()];
	}

	#leavesOn(side: Side): WorkspaceLeaf[] {
		return this.#allLeaves().filter((leaf) => this.#leaves.get(leaf) === side);
	}

	#activate(leaf: WorkspaceLeaf): void {
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", asObsidianLeaf(leaf));
	}

	#fileOpened(file: TFile | null): void {
		this.#activeFile = file;
		this.trigger("file-open", file);
	}
}

// ---------------------------------------------------------------------------------------------
// The app

export interface FakeAppOptions {
	/** When the fake clock starts; FAKE_NOW by default. */
	now?: string | number | Date;
	/** Date.now() follows the fake clock (true by default); false leaves Date alone. */
	systemDate?: boolean;
	/** Start with the layout ready, as when a plugin is enabled in a running Obsidian. */
	layoutReady?: boolean;
	/** Per-path ctime/mtime for the seeded files (ms or ISO text); the clock's start otherwise. */
	times?: Record<string, { ctime?: string | number; mtime?: string | number }>;
	/** Ids of other community plugins that are enabled (Obsidian's `app.plugins.enabledPlugins`). */
	enabledPlugins?: string[];
	/** data.json of plugins, by plugin id; a string is the file's raw text (which may be broken JSON). */
	pluginData?: Record<string, unknown>;
	vaultName?: string;
}

/** What the tests can do beyond the real API. */
export interface FakeAppControls {
	/** The fakes behind app.vault, app.metadataCache, app.workspace and app.fileManager. */
	readonly fakes: { vault: FakeVault; metadataCache: FakeMetadataCache; workspace: FakeWorkspace; fileManager: FakeFileManager };
	readonly clock: FakeClock;
	readonly ribbonEl: HTMLElement;
	readonly statusBarEl: HTMLElement;
	setLayoutReady(): void;
	setActiveFile(path: string | null): void;
	/** Waits until the metadata cache and every tracked callback are quiet; throws what listeners threw. */
	flush(minTurns?: number): Promise<void>;
	/** Listeners on vault, metadataCache and workspace together. */
	listenerCount(): number;
	/** Runs a command by its full id (`plugin-id:command-id`); false when its check says no. */
	runCommand(fullId: string): Promise<boolean>;
	commandIds(): string[];
	openedLinks(): readonly OpenedLink[];
	notices(): readonly string[];
	openModals(): readonly Modal[];
	/** Puts the plugin's setting tab into the document and calls display(). */
	openSettingTab(pluginId: string): HTMLElement;
	/** Renders a fenced block through the registered code block processor. */
	renderCodeBlock(language: string, source: string, sourcePath?: string): Promise<HTMLElement>;
	/** Renders markdown as a reading view does: code block processors, then every post-processor. */
	renderMarkdown(markdown: string, sourcePath?: string): Promise<HTMLElement>;
	/** Turns on another community plugin while the app runs: it joins enabledPlugins and loads (onload). */
	enablePlugin(id: string, plugin: O.Plugin): Promise<void>;
	/** The plugin's data.json, parsed; null when it never saved. */
	pluginData(pluginId: string): unknown;
	/** The note's text right now, or undefined when there is no such file. */
	readText(path: string): string | undefined;
	/** Writes as an outside editor would: modify when the file exists, create otherwise. */
	writeText(path: string, text: string): Promise<TFile>;
	file(path: string): TFile;
}

export type FakeApp = O.App & FakeAppControls;

type AppPart = "keymap" | "scope" | "lastEvent" | "loadLocalStorage" | "saveLocalStorage";

class FakeAppImpl implements FakeAppControls, Pick<O.App, AppPart> {
	readonly keymap = new Keymap();
	readonly scope = new Scope();
	lastEvent: O.UserEvent | null = null;
	readonly vault: FakeVault;
	readonly metadataCache: FakeMetadataCache;
	readonly fileManager: FakeFileManager;
	readonly workspace: FakeWorkspace;
	readonly fakes: FakeAppControls["fakes"];
	readonly clock: FakeClock;
	readonly ribbonEl: HTMLElement;
	readonly statusBarEl: HTMLElement;
	readonly #host: PluginHost;
	/** Everything of this app in the document, so the next app can clear it. */
	readonly #appEl: HTMLElement;
	readonly #localStorage = new Map<string, unknown>();

	/** Not in obsidian.d.ts, but real: plugins read it to see whether another plugin is on. */
	readonly plugins: { enabledPlugins: Set<string> };

	constructor(files: Record<string, string>, options: FakeAppOptions) {
		this.plugins = { enabledPlugins: new Set(options.enabledPlugins ?? []) };
		this.clock = new FakeClock(options.now === undefined ? FAKE_NOW : toTime(options.now));
		if (options.systemDate !== false) this.clock.driveSystemDate();
		this.vault = new FakeVault(this.clock, options.vaultName);
		for (const [path, text] of Object.entries(files)) this.vault.seed(path, text, seededTimes(options.times?.[path]));
		this.metadataCache = new FakeMetadataCache(this.vault);
		this.metadataCache.indexAll();
		this.fileManager = new FakeFileManager(this.vault, this.metadataCache);
		this.#appEl = document.body.createDiv("app-container fake-app");
		this.ribbonEl = this.#appEl.createDiv("side-dock-ribbon mod-left");
		this.workspace = new FakeWorkspace(asApp(this), this.metadataCache, this.#appEl.createDiv("workspace"));
		this.statusBarEl = this.#appEl.createDiv("status-bar");
		this.fakes = { vault: this.vault, metadataCache: this.metadataCache, workspace: this.workspace, fileManager: this.fileManager };
		this.#host = this.#createHost(options.pluginData ?? {});
		this.vault.adapter = new FakeConfigAdapter(this.vault.configDir, this.#host.pluginData);
		attachPluginHost(asApp(this), this.#host);
		if (options.layoutReady) this.workspace.setLayoutReady();
	}

	loadLocalStorage(key: string): unknown {
		return this.#localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.#localStorage.delete(key);
		else this.#localStorage.set(key, data);
	}

	setLayoutReady(): void {
		this.workspace.setLayoutReady();
	}

	setActiveFile(path: string | null): void {
		this.workspace.setActiveFile(path === null ? null : this.file(path));
	}

	async flush(minTurns = 3): Promise<void> {
		for (let turn = 0; turn < 1000; turn++) {
			await nextMacrotask();
			const hadWork = await settleTrackedWork();
			if (turn + 1 >= minTurns && !hadWork && this.metadataCache.pending === 0) break;
		}
		throwCollected(takeErrors());
	}

	listenerCount(): number {
		return this.vault.listenerCount() + this.metadataCache.listenerCount() + this.workspace.listenerCount();
	}

	async runCommand(fullId: string): Promise<boolean> {
		const command = this.#host.commands.get(fullId);
		if (!command) throw new Error(`No command ${fullId}; registered: ${this.commandIds().join(", ") || "none"}`);
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return false;
			command.checkCallback(false);
			return true;
		}
		if (command.callback) {
			await command.callback();
			return true;
		}
		throw new Error(`${fullId} is an editor command; the fake app has no editor`);
	}

	commandIds(): string[] {
		return [...this.#host.commands.keys()].sort();
	}

	openedLinks(): readonly OpenedLink[] {
		return [...this.workspace.openedLinks];
	}

	notices(): readonly string[] {
		return notices();
	}

	openModals(): readonly Modal[] {
		return openModals();
	}

	openSettingTab(pluginId: string): HTMLElement {
		const tab = this.#host.settingTabs.get(pluginId);
		if (!tab) throw new Error(`The plugin ${pluginId} has no setting tab`);
		this.#appEl.createDiv("modal-container mod-settings").createDiv("vertical-tab-content-container").appendChild(tab.containerEl);
		tab.display();
		return tab.containerEl;
	}

	async renderCodeBlock(language: string, source: string, sourcePath = ""): Promise<HTMLElement> {
		const handler: CodeBlockHandler | undefined = this.#host.codeBlockProcessors.get(language);
		if (!handler) throw new Error(`No code block processor for \`${language}\``);
		const el = this.#appEl.createDiv({ cls: `block-language-${language}` });
		const frontmatter = this.metadataCache.getCache(sourcePath)?.frontmatter ?? null;
		await handler(source, el, {
			docId: `fake-doc-${language}`,
			sourcePath,
			frontmatter,
			// The render child belongs to the note's preview, which the fake does not have; loading it is enough.
			addChild: (child) => child.load(),
			getSectionInfo: () => null,
		});
		return el;
	}

	async renderMarkdown(markdown: string, sourcePath = ""): Promise<HTMLElement> {
		const el = this.#appEl.createDiv({ cls: "markdown-preview-view markdown-rendered" });
		const component = new Component();
		component.load();
		await MarkdownRenderer.render(asApp(this), markdown, el, sourcePath, component);
		return el;
	}

	async enablePlugin(id: string, plugin: O.Plugin): Promise<void> {
		this.plugins.enabledPlugins.add(id);
		plugin.load();
		await this.flush();
	}

	pluginData(pluginId: string): unknown {
		const text = this.#host.pluginData.get(pluginId);
		return text === undefined ? null : (JSON.parse(text) as unknown);
	}

	readText(path: string): string | undefined {
		const file = this.vault.getFileByPath(path);
		return file ? this.vault.textOf(file) : undefined;
	}

	async writeText(path: string, text: string): Promise<TFile> {
		const existing = this.vault.getFileByPath(path);
		if (!existing) return this.vault.create(path, text);
		await this.vault.modify(existing, text);
		return existing;
	}

	file(path: string): TFile {
		const file = this.vault.getFileByPath(path);
		if (!file) throw new Error(`No file ${path} in the fake vault`);
		return file;
	}

	#createHost(pluginData: Record<string, unknown>): PluginHost {
		return {
			commands: new Map(),
			viewCreators: new Map(),
			codeBlockProcessors: new Map(),
			postProcessors: new Set(),
			settingTabs: new Map(),
			pluginData: new Map(Object.entries(pluginData).map(([id, data]) => [id, typeof data === "string" ? data : JSON.stringify(data)])),
			ribbonEl: this.ribbonEl,
			statusBarEl: this.statusBarEl,
			closeViewsOfType: (type) => {
				for (const closing of this.workspace.closeViewsOfType(type)) trackResult(closing);
			},
		};
	}
}

function seededTimes(times: { ctime?: string | number; mtime?: string | number } | undefined): { ctime?: number; mtime?: number } {
	return {
		...(times?.ctime === undefined ? {} : { ctime: toTime(times.ctime) }),
		...(times?.mtime === undefined ? {} : { mtime: toTime(times.mtime) }),
	};
}

/** The one place the fake stands in for the whole App type; the parts are checked on their own. */
function asApp(app: FakeAppImpl): FakeApp {
	return app as unknown as FakeApp;
}

function nextMacrotask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

function throwCollected(errors: unknown[]): void {
	if (errors.length === 1) throw errors[0];
	if (errors.length > 1) throw new AggregateError(errors, `${errors.length} errors in listeners or callbacks`);
}

/**
 * A fake Obsidian over `files` (vault path → text). A new app takes over the document and the
 * date: notices, open modals, the previous fake app's elements and its hold on Date are cleared.
 */
export function createFakeApp(files: Record<string, string> = {}, options: FakeAppOptions = {}): FakeApp {
	for (const clock of [...clocksDrivingDate]) clock.releaseSystemDate();
	resetStubState();
	for (const el of document.body.findAll(".fake-app")) el.detach();
	return asApp(new FakeAppImpl(files, options));
}

/** Reads a real folder into createFakeApp's record (one reader for the tests and the browser harness). */
export { readFolderIntoFiles } from "../support/readFolder";

/**
 * `vault.adapter` for the config folder: plugins' data.json (the text loadData reads) and any file
 * a plugin writes beside it. Notes are not reachable through it here; the plugin has no reason to.
 */
export class FakeConfigAdapter implements Pick<O.DataAdapter, "read" | "write" | "exists" | "remove"> {
	readonly files = new Map<string, string>();

	constructor(
		private readonly configDir: string,
		private readonly pluginData: Map<string, string>,
	) {}

	read(path: string): Promise<string> {
		const text = this.pluginDataId(path) === undefined ? this.files.get(path) : this.pluginData.get(this.pluginDataId(path) ?? "");
		return text === undefined ? Promise.reject(new Error(`ENOENT: ${path}`)) : Promise.resolve(text);
	}

	write(path: string, data: string): Promise<void> {
		const id = this.pluginDataId(path);
		if (id === undefined) this.files.set(path, data);
		else this.pluginData.set(id, data);
		return Promise.resolve();
	}

	exists(path: string): Promise<boolean> {
		const id = this.pluginDataId(path);
		return Promise.resolve(id === undefined ? this.files.has(path) : this.pluginData.has(id));
	}

	remove(path: string): Promise<void> {
		this.files.delete(path);
		return Promise.resolve();
	}

	private pluginDataId(path: string): string | undefined {
		const match = new RegExp(`^${this.configDir}/plugins/([^/]+)/data\\.json$`).exec(path);
		return match?.[1];
	}
}
