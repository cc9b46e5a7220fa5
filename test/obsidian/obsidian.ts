import { parseYamlAsObsidian } from "../../src/core/note/yamlEngine";
/**
 * The run-time stand-in for the `obsidian` module, which on npm ships only types. Vitest aliases
 * `obsidian` to this file, and loadPluginBundle hands this very module to the built main.js.
 *
 * Every class states which part of the real API it covers with `implements` against the real
 * declarations (the relative import below is obsidian.d.ts itself, untouched by the alias), so
 * when the API changes shape tsc fails here instead of the tests quietly testing a fiction.
 *
 * Internal state lives in `#private` fields: the plugin's own subclasses (a Component with a
 * `loaded` flag, a Modal with `problems`) must never collide with the stub's bookkeeping.
 */
import { CORE_SCHEMA, dump } from "js-yaml";
import type * as O from "../../node_modules/obsidian/obsidian";

// ---------------------------------------------------------------------------------------------
// Errors and promises the tests must not lose

/**
 * Obsidian catches what an event listener throws and only logs it. The stub does the same, but
 * keeps the errors, and the promises UI callbacks return, so `FakeApp.flush()` can wait for them
 * and fail the test instead of letting a broken listener pass unseen.
 */
const collectedErrors: unknown[] = [];
const pendingWork = new Set<PromiseLike<unknown>>();

export function recordError(error: unknown): void {
	collectedErrors.push(error);
}

/** Tracks a callback's result when it is a promise; nothing is attached to it before settling. */
export function trackResult(result: unknown): void {
	if (isThenable(result)) pendingWork.add(result);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
	return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

/** Waits for every tracked promise; says whether there was any. Rejections become errors. */
export async function settleTrackedWork(): Promise<boolean> {
	if (pendingWork.size === 0) return false;
	const batch = [...pendingWork];
	pendingWork.clear();
	const results = await Promise.allSettled(batch);
	for (const result of results) if (result.status === "rejected") recordError(result.reason);
	return true;
}

/** The errors recorded since the last call. */
export function takeErrors(): unknown[] {
	return collectedErrors.splice(0, collectedErrors.length);
}

// ---------------------------------------------------------------------------------------------
// Events

/**
 * What `on` accepts: a callback for any arguments. `never[]` lets the typed overloads of Vault,
 * MetadataCache and Workspace (file: TFile, …) be implemented by this one method.
 */
type EventCallback = (...data: never[]) => unknown;
/** How trigger calls it: with whatever it was given, as Obsidian does. */
type Invocable = (...data: unknown[]) => unknown;

class Listener implements O.EventRef {
	readonly callback: EventCallback;
	readonly invoke: Invocable;

	constructor(
		readonly owner: Events,
		readonly name: string,
		callback: EventCallback,
		readonly ctx: unknown,
	) {
		this.callback = callback;
		// The listener trusts the event's documented arguments; trigger passes them through unchecked.
		this.invoke = callback as Invocable;
	}
}

export class Events implements O.Events {
	readonly #listeners = new Map<string, Listener[]>();

	// `ctx` is `any` in obsidian.d.ts; unknown accepts the same values.
	on(name: string, callback: EventCallback, ctx?: unknown): O.EventRef {
		const ref = new Listener(this, name, callback, ctx);
		this.#listeners.set(name, [...(this.#listeners.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: EventCallback): void {
		this.#remove(name, (ref) => ref.callback === callback);
	}

	offref(ref: O.EventRef): void {
		if (ref instanceof Listener && ref.owner === this) this.#remove(ref.name, (candidate) => candidate === ref);
	}

	trigger(name: string, ...data: unknown[]): void {
		// A copy, as in Obsidian: a listener that removes another does not change this round.
		for (const ref of [...(this.#listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: O.EventRef, args: unknown[]): void {
		if (!(evt instanceof Listener)) return;
		try {
			trackResult(evt.invoke.apply(evt.ctx, args));
		} catch (error) {
			console.error(error);
			recordError(error);
		}
	}

	/** Test only: how many listeners are attached, for one event or all. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.#listeners.get(name)?.length ?? 0;
		let total = 0;
		for (const refs of this.#listeners.values()) total += refs.length;
		return total;
	}

	#remove(name: string, matches: (ref: Listener) => boolean): void {
		const remaining = (this.#listeners.get(name) ?? []).filter((ref) => !matches(ref));
		if (remaining.length > 0) this.#listeners.set(name, remaining);
		else this.#listeners.delete(name);
	}
}

// ---------------------------------------------------------------------------------------------
// Component

const onloadResults = new WeakMap<O.Component, Promise<void>>();

/** Resolves when the component's (possibly async) onload has finished; rejects if it threw. */
export function onloadSettled(component: O.Component): Promise<void> {
	return onloadResults.get(component) ?? Promise.resolve();
}

export class Component implements O.Component {
	#loaded = false;
	#children: Component[] = [];
	#cleanups: (() => unknown)[] = [];

	load(): void {
		if (this.#loaded) return;
		this.#loaded = true;
		onloadResults.set(this, runOnload(this));
		for (const child of [...this.#children]) child.load();
	}

	onload(): void {}

	/** Obsidian's order: children first, then everything registered (newest first), then onunload. */
	unload(): void {
		if (!this.#loaded) return;
		this.#loaded = false;
		for (const child of this.#children.splice(0).reverse()) child.unload();
		for (const cleanup of this.#cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends O.Component>(component: T): T {
		const child = asStubComponent(component);
		this.#children.push(child);
		if (this.#loaded) child.load();
		return component;
	}

	removeChild<T extends O.Component>(component: T): T {
		const child = asStubComponent(component);
		const index = this.#children.indexOf(child);
		if (index >= 0) {
			this.#children.splice(index, 1);
			child.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.#cleanups.push(cb);
	}

	registerEvent(eventRef: O.EventRef): void {
		if (!(eventRef instanceof Listener)) throw new TypeError("registerEvent expects a ref returned by an Events.on of the stub");
		this.register(() => eventRef.owner.offref(eventRef));
	}

	registerDomEvent<K extends keyof WindowEventMap>(el: Window, type: K, callback: (this: HTMLElement, ev: WindowEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof DocumentEventMap>(el: Document, type: K, callback: (this: HTMLElement, ev: DocumentEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent(el: Window | Document | HTMLElement, type: string, callback: (this: HTMLElement, ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}

/** Plugin.onload may be async: the promise is kept so startPlugin can wait for it. */
function runOnload(component: Component): Promise<void> {
	try {
		const result: unknown = component.onload();
		return Promise.resolve(result).then(() => undefined);
	} catch (error) {
		return Promise.reject(error instanceof Error ? error : new Error(String(error)));
	}
}

function asStubComponent(component: O.Component): Component {
	if (component instanceof Component) return component;
	throw new TypeError("Only components built on the stub's Component can be children");
}

// ---------------------------------------------------------------------------------------------
// Small functions of the module

export const apiVersion = "1.8.7";

export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const difference = (have[i] ?? 0) - (want[i] ?? 0);
		if (difference !== 0) return difference > 0;
	}
	return true;
}

/** Obsidian's rule: one forward slash between parts, none at the ends, NFC, no odd spaces. */
export function normalizePath(path: string): string {
	const cleaned = path
		.replace(/[\\/]+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.replace(/[\u00A0\u202F]/g, " ")
		.normalize("NFC");
	return cleaned === "" ? "/" : cleaned;
}

/**
 * YAML as Obsidian reads properties: the core schema (no timestamps, so `2025-10-03` stays the
 * string the user typed); a repeated key throws, so the note has no properties.
 */
export function parseYaml(yaml: string): unknown {
	// No json mode: a duplicated key throws, as in Obsidian (its Properties then show nothing).
	return parseYamlAsObsidian(yaml);
}

/**
 * The writer behind processFrontMatter. The core schema keeps date-like strings unquoted, as
 * Obsidian writes them; lineWidth -1 keeps long values on one line instead of folding them.
 */
export function stringifyYaml(obj: unknown): string {
	return dump(obj, { schema: CORE_SCHEMA, lineWidth: -1 });
}

/** `Note#Heading` → `Note`. */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const index = linktext.search(/[#^]/);
	if (index < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, index), subpath: linktext.slice(index) };
}

/** The real one draws a Lucide SVG; the stub leaves a marker the tests can query. */
export function setIcon(parent: HTMLElement, iconId: O.IconName): void {
	parent.empty();
	parent.setAttr("data-icon", iconId);
	parent.createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`] });
}

export function setTooltip(el: HTMLElement, tooltip: string, options?: O.TooltipOptions): void {
	el.setAttr("aria-label", tooltip);
	if (options?.placement) el.setAttr("data-tooltip-position", options.placement);
}

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
	let timer: number | undefined;
	let latestArgs: [...T] | undefined;
	const run = (): V | void => {
		window.clearTimeout(timer);
		timer = undefined;
		const args = latestArgs;
		latestArgs = undefined;
		return args === undefined ? undefined : cb(...args);
	};
	const call = (...args: [...T]): O.Debouncer<T, V> => {
		latestArgs = args;
		if (timer === undefined || resetTimer) {
			window.clearTimeout(timer);
			timer = window.setTimeout(run, timeout);
		}
		return debouncer;
	};
	const cancel = (): O.Debouncer<T, V> => {
		window.clearTimeout(timer);
		timer = undefined;
		latestArgs = undefined;
		return debouncer;
	};
	// A function with methods attached is what a Debouncer is; TypeScript cannot build one without a cast.
	const debouncer = Object.assign(call, { cancel, run }) as O.Debouncer<T, V>;
	return debouncer;
}

export const Platform: typeof O.Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

/** A subsequence match, case-insensitive; tighter matches score higher (closer to 0). */
export function prepareFuzzySearch(query: string): (text: string) => O.SearchResult | null {
	const needle = query.toLowerCase().replace(/\s+/g, "");
	return (text) => {
		const haystack = text.toLowerCase();
		const matches: O.SearchMatches = [];
		let from = 0;
		for (const char of needle) {
			const at = haystack.indexOf(char, from);
			if (at < 0) return null;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else matches.push([at, at + 1]);
			from = at + 1;
		}
		const first = matches[0]?.[0] ?? 0;
		return { score: -(from - first - needle.length) - matches.length / 10, matches };
	};
}

// ---------------------------------------------------------------------------------------------
// Keyboard scopes

export class Scope implements O.Scope {
	readonly #handlers = new Map<O.KeymapEventHandler, O.KeymapEventListener>();

	constructor(readonly parent?: O.Scope) {}

	register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
		const handler: O.KeymapEventHandler = { scope: this, modifiers: modifiers?.join(",") ?? null, key };
		this.#handlers.set(handler, func);
		return handler;
	}

	unregister(handler: O.KeymapEventHandler): void {
		this.#handlers.delete(handler);
	}
}

export class Keymap implements O.Keymap {
	readonly #scopes: O.Scope[] = [];

	pushScope(scope: O.Scope): void {
		this.#scopes.push(scope);
	}

	popScope(scope: O.Scope): void {
		const index = this.#scopes.lastIndexOf(scope);
		if (index >= 0) this.#scopes.splice(index, 1);
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
		const flags: Record<O.Modifier, boolean> = {
			Mod: evt.ctrlKey || evt.metaKey,
			Ctrl: evt.ctrlKey,
			Meta: evt.metaKey,
			Shift: evt.shiftKey,
			Alt: evt.altKey,
		};
		return flags[modifier];
	}

	static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
		if (!evt) return false;
		return evt.ctrlKey || evt.metaKey ? "tab" : false;
	}
}

// ---------------------------------------------------------------------------------------------
// Files

export abstract class TAbstractFile implements O.TAbstractFile {
	vault: O.Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;

	/** Sets the fields directly: a subclass's field initialisers would undo an overridden call here. */
	constructor(vault: O.Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = nameOf(path);
	}

	/** Used by the fake vault on rename: the object stays, its path changes. */
	setPath(path: string): void {
		this.path = path;
		this.name = nameOf(path);
	}
}

/** The root folder `/` has the empty name, as in Obsidian. */
function nameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

export class TFile extends TAbstractFile implements O.TFile {
	stat: O.FileStats;
	basename = "";
	extension = "";

	constructor(vault: O.Vault, path: string, stat: O.FileStats) {
		super(vault, path);
		this.stat = stat;
		this.setPath(path);
	}

	override setPath(path: string): void {
		super.setPath(path);
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile implements O.TFolder {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

// ---------------------------------------------------------------------------------------------
// What a plugin registers, kept by the fake app

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<unknown> | void;

/** The fake app's side of Plugin: where commands, views and data go. */
export interface PluginHost {
	readonly commands: Map<string, O.Command>;
	readonly viewCreators: Map<string, O.ViewCreator>;
	readonly codeBlockProcessors: Map<string, CodeBlockHandler>;
	/** Every plugin's markdown post-processors, run in order after a note is rendered. */
	readonly postProcessors: Set<O.MarkdownPostProcessor>;
	/** By plugin id. */
	readonly settingTabs: Map<string, O.PluginSettingTab>;
	/** By plugin id: the JSON text of data.json. */
	readonly pluginData: Map<string, string>;
	readonly ribbonEl: HTMLElement;
	readonly statusBarEl: HTMLElement;
	/** A plugin went away: its views close, their leaves stay (Obsidian shows them as inactive). */
	closeViewsOfType(type: string): void;
}

const hosts = new WeakMap<object, PluginHost>();

export function attachPluginHost(app: O.App, host: PluginHost): void {
	hosts.set(app, host);
}

export function pluginHostOf(app: O.App): PluginHost {
	const host = hosts.get(app);
	if (!host) throw new Error("This App has no plugin host; build it with createFakeApp()");
	return host;
}

// ---------------------------------------------------------------------------------------------
// Plugin and setting tabs

type PluginPart =
	| "app"
	| "manifest"
	| "onload"
	| "addRibbonIcon"
	| "addStatusBarItem"
	| "addCommand"
	| "removeCommand"
	| "addSettingTab"
	| "registerView"
	| "registerMarkdownCodeBlockProcessor"
	| "registerMarkdownPostProcessor"
	| "loadData"
	| "saveData"
	| "onUserEnable";

export class Plugin extends Component implements Pick<O.Plugin, PluginPart> {
	app: O.App;
	manifest: O.PluginManifest;

	constructor(app: O.App, manifest: O.PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	addRibbonIcon(icon: O.IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = pluginHostOf(this.app).ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => trackResult(callback(evt)));
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = pluginHostOf(this.app).statusBarEl.createDiv("status-bar-item");
		this.register(() => el.detach());
		return el;
	}

	/** Like Obsidian, prefixes the id with the plugin's and the name with the plugin's name. */
	addCommand(command: O.Command): O.Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		pluginHostOf(this.app).commands.set(command.id, command);
		this.register(() => pluginHostOf(this.app).commands.delete(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		pluginHostOf(this.app).commands.delete(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: O.PluginSettingTab): void {
		const tabs = pluginHostOf(this.app).settingTabs;
		tabs.set(this.manifest.id, settingTab);
		this.register(() => {
			settingTab.hide();
			tabs.delete(this.manifest.id);
		});
	}

	registerView(type: string, viewCreator: O.ViewCreator): void {
		const host = pluginHostOf(this.app);
		host.viewCreators.set(type, viewCreator);
		this.register(() => {
			host.closeViewsOfType(type);
			host.viewCreators.delete(type);
		});
	}

	/** One processor per language across all plugins, as in Obsidian: a second registration throws. */
	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, sortOrder?: number): O.MarkdownPostProcessor {
		const processors = pluginHostOf(this.app).codeBlockProcessors;
		if (processors.has(language)) throw new Error(`Attempting to register a code block processor for language "${language}", but one is already registered`);
		processors.set(language, handler);
		this.register(() => processors.delete(language));
		const processor: O.MarkdownPostProcessor = (el, ctx) => runCodeBlockHandler(language, handler, el, ctx);
		if (sortOrder !== undefined) processor.sortOrder = sortOrder;
		return processor;
	}

	registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor, sortOrder?: number): O.MarkdownPostProcessor {
		const processors = pluginHostOf(this.app).postProcessors;
		if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
		processors.add(postProcessor);
		this.register(() => processors.delete(postProcessor));
		return postProcessor;
	}

	/** data.json: null until saved; JSON in between, so non-JSON values are lost as in Obsidian. */
	loadData(): Promise<unknown> {
		const text = pluginHostOf(this.app).pluginData.get(this.manifest.id);
		try {
			return Promise.resolve(text === undefined ? null : (JSON.parse(text) as unknown));
		} catch (error) {
			// Obsidian's loadData rejects when data.json is not JSON.
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	saveData(data: unknown): Promise<void> {
		pluginHostOf(this.app).pluginData.set(this.manifest.id, JSON.stringify(data, null, 2));
		return Promise.resolve();
	}

	onUserEnable(): void {}
}

/** A post-processor over rendered HTML: runs the handler on each `pre > code.language-x`. */
async function runCodeBlockHandler(language: string, handler: CodeBlockHandler, el: HTMLElement, ctx: O.MarkdownPostProcessorContext): Promise<void> {
	for (const code of el.findAll(`pre > code.language-${language}`)) {
		const pre = code.parentElement;
		if (!pre) continue;
		const container = createDiv({ cls: `block-language-${language}` });
		pre.replaceWith(container);
		await handler(code.getText().replace(/\n$/, ""), container, ctx);
	}
}

export abstract class SettingTab implements O.SettingTab {
	app: O.App;
	containerEl: HTMLElement;

	constructor(app: O.App) {
		this.app = app;
		this.containerEl = createDiv("vertical-tab-content");
	}

	abstract display(): void;

	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab implements O.PluginSettingTab {
	// The plugin is part of the real signature; the fake app learns the pairing in addSettingTab.
	constructor(app: O.App, _plugin: O.Plugin) {
		super(app);
	}
}

// ---------------------------------------------------------------------------------------------
// Setting and its components

export abstract class BaseComponent implements O.BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent implements O.ValueComponent<T> {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined && value !== this.getValue()) this.setValue(value);
			return this.getValue();
		};
		return this;
	}

	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export abstract class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement>
	extends ValueComponent<string>
	implements O.AbstractTextComponent<T>
{
	inputEl: T;
	#onChange: ((value: string) => unknown) | undefined;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	/** Like Obsidian, setting the value from code does not call onChange. */
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		if (this.#onChange) trackResult(this.#onChange(this.getValue()));
	}

	onChange(callback: (value: string) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> implements O.TextComponent {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text", attr: { spellcheck: false } }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> implements O.TextAreaComponent {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class ToggleComponent extends ValueComponent<boolean> implements O.ToggleComponent {
	toggleEl: HTMLElement;
	#inputEl: HTMLInputElement;
	#on = false;
	#onChange: ((value: boolean) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv("checkbox-container");
		this.#inputEl = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", (evt) => {
			evt.preventDefault();
			this.onClick();
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		this.#inputEl.disabled = disabled;
		return this;
	}

	getValue(): boolean {
		return this.#on;
	}

	/** Obsidian's toggle calls onChange from setValue too, when the value really changes. */
	setValue(on: boolean): this {
		const changed = on !== this.#on;
		this.#on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		this.#inputEl.checked = on;
		if (changed && this.#onChange) trackResult(this.#onChange(on));
		return this;
	}

	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.toggleEl, tooltip, options);
		return this;
	}

	onClick(): void {
		if (!this.disabled) this.setValue(!this.#on);
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> implements O.DropdownComponent {
	selectEl: HTMLSelectElement;
	#onChange: ((value: string) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => {
			if (this.#onChange) trackResult(this.#onChange(this.getValue()));
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

export class SliderComponent extends ValueComponent<number> implements O.SliderComponent {
	sliderEl: HTMLInputElement;
	#instant = false;
	#onChange: ((value: number) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
		const changed = (): void => {
			if (this.#onChange) trackResult(this.#onChange(this.getValue()));
		};
		this.sliderEl.addEventListener("input", () => {
			if (this.#instant) changed();
		});
		this.sliderEl.addEventListener("change", () => {
			if (!this.#instant) changed();
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}

	setInstant(instant: boolean): this {
		this.#instant = instant;
		return this;
	}

	setLimits(min: number, max: number, step: number | "any"): this {
		this.sliderEl.min = String(min);
		this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number {
		return Number(this.sliderEl.value);
	}

	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}

	getValuePretty(): string {
		return String(this.getValue());
	}

	setDynamicTooltip(): this {
		return this;
	}

	showTooltip(): void {}

	onChange(callback: (value: number) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

export class ButtonComponent extends BaseComponent implements O.ButtonComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}

	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.buttonEl, tooltip, options);
		return this;
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setIcon(icon: O.IconName): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) trackResult(callback(evt));
		});
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent implements O.ExtraButtonComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv("clickable-icon extra-setting-button");
		setIcon(this.extraSettingsEl, "gear");
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.extraSettingsEl, tooltip, options);
		return this;
	}

	setIcon(icon: O.IconName): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) trackResult(callback());
		});
		return this;
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> implements O.SearchComponent {
	clearButtonEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		const wrapper = containerEl.createDiv("search-input-container");
		super(wrapper.createEl("input", { type: "search", attr: { enterkeyhint: "search", spellcheck: false } }));
		this.clearButtonEl = wrapper.createDiv({ cls: "search-input-clear-button" });
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
		});
	}

	override onChanged(): void {
		this.clearButtonEl.toggle(this.getValue() !== "");
		super.onChanged();
	}
}

/** The stub has no moment: the sample shows the format itself rather than a formatted date. */
export class MomentFormatComponent extends TextComponent implements O.MomentFormatComponent {
	sampleEl: HTMLElement;
	#defaultFormat = "";

	constructor(containerEl: HTMLElement) {
		super(containerEl);
		this.sampleEl = containerEl.createSpan("moment-format-sample");
	}

	setDefaultFormat(defaultFormat: string): this {
		this.#defaultFormat = defaultFormat;
		this.setPlaceholder(defaultFormat);
		this.updateSample();
		return this;
	}

	setSampleEl(sampleEl: HTMLElement): this {
		this.sampleEl = sampleEl;
		this.updateSample();
		return this;
	}

	override setValue(value: string): this {
		super.setValue(value);
		this.updateSample();
		return this;
	}

	override onChanged(): void {
		this.updateSample();
		super.onChanged();
	}

	updateSample(): void {
		this.sampleEl.setText(this.getValue() || this.#defaultFormat);
	}
}

export class ColorComponent extends ValueComponent<string> implements O.ColorComponent {
	#inputEl: HTMLInputElement;
	#onChange: ((value: string) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.#inputEl = containerEl.createEl("input", { type: "color" });
		this.#inputEl.addEventListener("change", () => {
			if (this.#onChange) trackResult(this.#onChange(this.getValue()));
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.#inputEl.disabled = disabled;
		return this;
	}

	getValue(): O.HexString {
		return this.#inputEl.value;
	}

	getValueRgb(): O.RGB {
		const hex = this.getValue().replace(/^#/, "");
		const channel = (at: number): number => parseInt(hex.slice(at, at + 2), 16) || 0;
		return { r: channel(0), g: channel(2), b: channel(4) };
	}

	getValueHsl(): O.HSL {
		return rgbToHsl(this.getValueRgb());
	}

	setValue(value: O.HexString): this {
		this.#inputEl.value = value;
		return this;
	}

	setValueRgb({ r, g, b }: O.RGB): this {
		const hex = (channel: number): string => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, "0");
		return this.setValue(`#${hex(r)}${hex(g)}${hex(b)}`);
	}

	setValueHsl(hsl: O.HSL): this {
		return this.setValueRgb(hslToRgb(hsl));
	}

	onChange(callback: (value: string) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

/** h in degrees, s and l in 0..1, as Obsidian's HSL. */
function rgbToHsl({ r, g, b }: O.RGB): O.HSL {
	const [red, green, blue] = [r / 255, g / 255, b / 255];
	const max = Math.max(red, green, blue);
	const min = Math.min(red, green, blue);
	const l = (max + min) / 2;
	const d = max - min;
	if (d === 0) return { h: 0, s: 0, l };
	const s = d / (1 - Math.abs(2 * l - 1));
	const h = max === red ? ((green - blue) / d) % 6 : max === green ? (blue - red) / d + 2 : (red - green) / d + 4;
	return { h: (h * 60 + 360) % 360, s, l };
}

function hslToRgb({ h, s, l }: O.HSL): O.RGB {
	const c = (1 - Math.abs(2 * l - 1)) * s;
	const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
	const m = l - c / 2;
	const sector = Math.floor((((h % 360) + 360) % 360) / 60);
	const sectors: [number, number, number][] = [
		[c, x, 0],
		[x, c, 0],
		[0, c, x],
		[0, x, c],
		[x, 0, c],
		[c, 0, x],
	];
	const [r, g, b] = sectors[sector] ?? [0, 0, 0];
	return { r: (r + m) * 255, g: (g + m) * 255, b: (b + m) * 255 };
}

export class ProgressBarComponent extends ValueComponent<number> implements O.ProgressBarComponent {
	#lineEl: HTMLElement;
	#value = 0;

	constructor(containerEl: HTMLElement) {
		super();
		this.#lineEl = containerEl.createDiv("setting-progress-bar").createDiv("setting-progress-bar-inner");
	}

	getValue(): number {
		return this.#value;
	}

	setValue(value: number): this {
		this.#value = value;
		this.#lineEl.setCssProps({ width: `${value}%` });
		return this;
	}
}

export class Setting implements O.Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: O.BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv("setting-item");
		this.infoEl = this.settingEl.createDiv("setting-item-info");
		this.nameEl = this.infoEl.createDiv("setting-item-name");
		this.descEl = this.infoEl.createDiv("setting-item-description");
		this.controlEl = this.settingEl.createDiv("setting-item-control");
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}

	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.nameEl, tooltip, options);
		return this;
	}

	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.#add(new ButtonComponent(this.controlEl), cb);
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.#add(new ExtraButtonComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.#add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.#add(new TextComponent(this.controlEl), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.#add(new TextAreaComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.#add(new DropdownComponent(this.controlEl), cb);
	}

	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.#add(new SliderComponent(this.controlEl), cb);
	}

	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.#add(new SearchComponent(this.controlEl), cb);
	}

	addMomentFormat(cb: (component: MomentFormatComponent) => unknown): this {
		return this.#add(new MomentFormatComponent(this.controlEl), cb);
	}

	addColorPicker(cb: (component: ColorComponent) => unknown): this {
		return this.#add(new ColorComponent(this.controlEl), cb);
	}

	addProgressBar(cb: (component: ProgressBarComponent) => unknown): this {
		return this.#add(new ProgressBarComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}

	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}

	#add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

// ---------------------------------------------------------------------------------------------
// Modal, Notice, suggesters

const openModalList: Modal[] = [];
const noticeList: string[] = [];

/** Test only: the modals open right now, oldest first. */
export function openModals(): readonly Modal[] {
	return [...openModalList];
}

/** Test only: every notice message shown so far, oldest first. */
export function notices(): readonly string[] {
	return [...noticeList];
}

/** Test only: forgets notices, errors and open modals, e.g. when a new fake app starts. */
export function resetStubState(): void {
	for (const modal of openModalList.splice(0)) modal.containerEl.detach();
	noticeList.length = 0;
	for (const el of document.body.findAll(".notice-container")) el.detach();
	collectedErrors.length = 0;
	pendingWork.clear();
}

export class Modal implements O.Modal {
	app: O.App;
	scope: O.Scope = new Scope();
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	#isOpen = false;

	constructor(app: O.App) {
		this.app = app;
		this.containerEl = createDiv("modal-container mod-dim");
		this.containerEl.createDiv("modal-bg").addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv("modal");
		this.modalEl.createDiv("modal-close-button").addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv("modal-header").createDiv("modal-title");
		this.contentEl = this.modalEl.createDiv("modal-content");
		this.containerEl.addEventListener("keydown", (evt) => {
			if (evt.key === "Escape") this.close();
		});
	}

	open(): void {
		if (this.#isOpen) return;
		this.#isOpen = true;
		document.body.appendChild(this.containerEl);
		openModalList.push(this);
		this.onOpen();
	}

	/** As in Obsidian, onClose runs after the modal has left the screen. */
	close(): void {
		if (!this.#isOpen) return;
		this.#isOpen = false;
		this.containerEl.detach();
		const index = openModalList.indexOf(this);
		if (index >= 0) openModalList.splice(index, 1);
		this.onClose();
	}

	onOpen(): void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}

export class Notice implements O.Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;

	// The duration is accepted and ignored: notices stay until the test resets, so none is missed.
	constructor(message: string | DocumentFragment, _duration?: number) {
		this.containerEl = document.body.createDiv("notice-container");
		const noticeEl = this.containerEl.createDiv("notice");
		// Deprecated in obsidian.d.ts but still declared, so the stub provides it (the linter warns).
		this.noticeEl = noticeEl;
		this.messageEl = noticeEl.createDiv("notice-message");
		this.setMessage(message);
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		noticeList.push(this.messageEl.getText());
		return this;
	}

	hide(): void {
		this.containerEl.detach();
	}
}

export abstract class SuggestModal<T> extends Modal implements O.SuggestModal<T> {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	#suggestions: { value: T; el: HTMLElement }[] = [];
	#selected = 0;
	#generation = 0;

	constructor(app: O.App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv("prompt-results");
		this.inputEl.addEventListener("input", () => trackResult(this.updateSuggestions()));
		this.inputEl.addEventListener("keydown", (evt) => this.#onKey(evt));
	}

	override open(): void {
		super.open();
		trackResult(this.updateSuggestions());
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: O.Instruction[]): void {
		this.modalEl.find(".prompt-instructions")?.detach();
		const el = this.modalEl.createDiv("prompt-instructions");
		for (const { command, purpose } of instructions) {
			const item = el.createDiv("prompt-instruction");
			item.createSpan({ cls: "prompt-instruction-command", text: command });
			item.createSpan({ text: purpose });
		}
	}

	onNoSuggestion(): void {
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	/** Obsidian closes first, then reports the choice: onClose runs before onChooseSuggestion. */
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		trackResult(this.onChooseSuggestion(value, evt));
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const active = this.#suggestions[this.#selected];
		if (active) this.selectSuggestion(active.value, evt);
	}

	/** Runs the query in the input again; the stub's way to redraw, awaited by flush(). */
	async updateSuggestions(): Promise<void> {
		const generation = ++this.#generation;
		const values = await this.getSuggestions(this.inputEl.value);
		if (generation !== this.#generation) return;
		this.resultContainerEl.empty();
		this.#suggestions = [];
		this.#selected = 0;
		if (values.length === 0) {
			this.onNoSuggestion();
			return;
		}
		for (const value of values.slice(0, this.limit)) this.#renderOne(value);
		this.#highlight();
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	#renderOne(value: T): void {
		const el = this.resultContainerEl.createDiv("suggestion-item");
		const index = this.#suggestions.length;
		this.#suggestions.push({ value, el });
		this.renderSuggestion(value, el);
		el.addEventListener("mousemove", () => {
			this.#selected = index;
			this.#highlight();
		});
		el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
	}

	#onKey(evt: KeyboardEvent): void {
		const count = this.#suggestions.length;
		if (evt.key === "Enter") {
			evt.preventDefault();
			this.selectActiveSuggestion(evt);
		} else if (count > 0 && (evt.key === "ArrowDown" || evt.key === "ArrowUp")) {
			evt.preventDefault();
			this.#selected = (this.#selected + (evt.key === "ArrowDown" ? 1 : count - 1)) % count;
			this.#highlight();
		}
	}

	#highlight(): void {
		this.#suggestions.forEach(({ el }, index) => el.toggleClass("is-selected", index === this.#selected));
	}
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> implements O.FuzzySuggestModal<T> {
	getSuggestions(query: string): O.FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const found: O.FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) found.push({ item, match });
		}
		// Array.prototype.sort is stable, so equal scores keep the order getItems gave.
		return query.trim() === "" ? found : found.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: O.FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(item.item));
	}

	onChooseSuggestion(item: O.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

// ---------------------------------------------------------------------------------------------
// Views and leaves

/** How a leaf tells the fake workspace what happened to it. */
export interface LeafOwner {
	readonly app: O.App;
	activate(leaf: WorkspaceLeaf): void;
	detached(leaf: WorkspaceLeaf): void;
	fileOpened(leaf: WorkspaceLeaf, file: TFile): void;
	layoutChanged(): void;
}

type ViewPart =
	| "app"
	| "icon"
	| "navigation"
	| "leaf"
	| "containerEl"
	| "scope"
	| "getViewType"
	| "getState"
	| "setState"
	| "getEphemeralState"
	| "setEphemeralState"
	| "getIcon"
	| "onResize"
	| "getDisplayText";

let startView: (view: View) => Promise<void>;
let stopView: (view: View) => Promise<void>;

export abstract class View extends Component implements Pick<O.View, ViewPart> {
	app: O.App;
	icon: O.IconName = "document";
	navigation = false;
	leaf: O.WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: O.Scope | null = null;

	static {
		// onOpen/onClose are protected, as in Obsidian; only the leaf, through these, calls them.
		startView = async (view) => {
			view.load();
			await view.onOpen();
		};
		stopView = async (view) => {
			await view.onClose();
			view.unload();
		};
	}

	constructor(leaf: O.WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = toStubLeaf(leaf).app;
		this.containerEl = createDiv("workspace-leaf-content");
	}

	protected onOpen(): Promise<void> {
		return Promise.resolve();
	}

	protected onClose(): Promise<void> {
		return Promise.resolve();
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	setState(_state: unknown, _result: O.ViewStateResult): Promise<void> {
		return Promise.resolve();
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): O.IconName {
		return this.icon;
	}

	onResize(): void {}
}

export abstract class ItemView extends View implements Pick<O.ItemView, "contentEl" | "addAction"> {
	contentEl: HTMLElement;
	#actionsEl: HTMLElement;

	constructor(leaf: O.WorkspaceLeaf) {
		super(leaf);
		this.containerEl.setAttr("data-type", "");
		// Obsidian's layout: plugins reach the content as containerEl.children[1].
		this.#actionsEl = this.containerEl.createDiv("view-header").createDiv("view-actions");
		this.contentEl = this.containerEl.createDiv("view-content");
	}

	addAction(icon: O.IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.#actionsEl.createEl("a", { cls: "view-action clickable-icon", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => trackResult(callback(evt)));
		return el;
	}
}

/** What a fresh or emptied leaf shows. */
class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

/** What openFile shows: the fake has no editor, only which file is open. */
class OpenedFileView extends ItemView {
	file: TFile | null = null;

	override navigation = true;

	getViewType(): string {
		return "markdown";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override setState(state: unknown, _result: O.ViewStateResult): Promise<void> {
		const path = typeof state === "object" && state !== null ? (state as { file?: unknown }).file : undefined;
		const file = typeof path === "string" ? this.app.vault.getAbstractFileByPath(path) : null;
		this.file = file instanceof TFile ? file : null;
		this.contentEl.setText(this.file?.path ?? "");
		return Promise.resolve();
	}
}

const builtInViews: Record<string, O.ViewCreator> = {
	empty: (leaf) => asObsidianView(new EmptyView(leaf)),
	markdown: (leaf) => asObsidianView(new OpenedFileView(leaf)),
};

type LeafPart =
	| "getViewState"
	| "setViewState"
	| "openFile"
	| "detach"
	| "getDisplayText"
	| "getIcon"
	| "onResize"
	| "isDeferred"
	| "loadIfDeferred"
	| "getEphemeralState"
	| "setEphemeralState"
	| "togglePinned"
	| "setPinned";

export class WorkspaceLeaf extends Events implements Pick<O.WorkspaceLeaf, LeafPart> {
	readonly app: O.App;
	view: View;
	containerEl: HTMLElement;
	pinned = false;
	#owner: LeafOwner;

	constructor(owner: LeafOwner) {
		super();
		this.#owner = owner;
		this.app = owner.app;
		this.containerEl = createDiv("workspace-leaf");
		this.view = new EmptyView(asObsidianLeaf(this));
		this.containerEl.appendChild(this.view.containerEl);
	}

	get isDeferred(): boolean {
		return false;
	}

	loadIfDeferred(): Promise<void> {
		return Promise.resolve();
	}

	getViewState(): O.ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
	}

	/** Builds the registered view, opens it (onOpen), then hands it the state, as Obsidian does. */
	async setViewState(viewState: O.ViewState, eState?: unknown): Promise<void> {
		const creator = builtInViews[viewState.type] ?? pluginHostOf(this.app).viewCreators.get(viewState.type);
		if (!creator) throw new Error(`No view is registered for the type "${viewState.type}"`);
		await this.#replaceView(toStubView(creator(asObsidianLeaf(this))));
		if (viewState.state) await this.view.setState(viewState.state, { history: false });
		if (eState !== undefined) this.view.setEphemeralState(eState);
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (viewState.active) this.#owner.activate(this);
		this.#owner.layoutChanged();
	}

	async openFile(file: O.TFile, openState?: O.OpenViewState): Promise<void> {
		await this.setViewState({ type: "markdown", state: { file: file.path }, active: openState?.active ?? true }, openState?.eState);
		if (file instanceof TFile) this.#owner.fileOpened(this, file);
	}

	/** Closes the view and leaves the workspace; the close itself finishes on a later tick. */
	detach(): void {
		const view = this.view;
		this.containerEl.detach();
		this.#owner.detached(this);
		trackResult(stopView(view));
	}

	/** The plugin that owned the view went away: close it, keep the leaf, as Obsidian does. */
	async closeView(): Promise<void> {
		await this.#replaceView(new EmptyView(asObsidianLeaf(this)));
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): O.IconName {
		return this.view.getIcon();
	}

	onResize(): void {
		this.view.onResize();
	}

	getEphemeralState(): Record<string, unknown> {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	async #replaceView(next: View): Promise<void> {
		const previous = this.view;
		this.view = next;
		previous.containerEl.detach();
		await stopView(previous);
		next.containerEl.setAttr("data-type", next.getViewType());
		this.containerEl.appendChild(next.containerEl);
		await startView(next);
	}
}

/**
 * The stub's leaves and views cover only part of the real classes, so handing them to code typed
 * against obsidian.d.ts needs these casts; the `instanceof` checks guard the way back.
 */
export function asObsidianLeaf(leaf: WorkspaceLeaf): O.WorkspaceLeaf {
	return leaf as unknown as O.WorkspaceLeaf;
}

export function toStubLeaf(leaf: O.WorkspaceLeaf): WorkspaceLeaf {
	if (leaf instanceof WorkspaceLeaf) return leaf;
	throw new TypeError("Expected a WorkspaceLeaf of the fake workspace");
}

function asObsidianView(view: View): O.View {
	return view as unknown as O.View;
}

function toStubView(view: O.View): View {
	if (view instanceof View) return view;
	throw new TypeError("A view creator must return a view built on the stub's ItemView or View");
}

export class MarkdownRenderChild extends Component implements O.MarkdownRenderChild {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

// ---------------------------------------------------------------------------------------------
// Markdown rendering: enough for the plugin's views and tests, built with createEl only

interface RenderContext {
	readonly app: O.App | null;
	readonly sourcePath: string;
	readonly component: O.Component;
	readonly frontmatter: Record<string, unknown> | null;
	readonly pending: Promise<unknown>[];
}

let renderCount = 0;

export abstract class MarkdownRenderer extends MarkdownRenderChild {
	/** Paragraphs, headings, lists, quotes, code blocks (with registered processors), links, tags. */
	static render(app: O.App, markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
		return renderInto(app, markdown, el, sourcePath, component);
	}

	/** The deprecated form: without the app, no code block processors run. */
	static renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
		return renderInto(null, markdown, el, sourcePath, component);
	}
}

async function renderInto(app: O.App | null, markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
	const { frontmatter, bodyLines } = splitForRendering(markdown);
	const ctx: RenderContext = { app, sourcePath, component, frontmatter, pending: [] };
	renderLines(bodyLines, el, ctx);
	await Promise.all(ctx.pending);
	// Then the post-processors, over what the code block processors left (raw code blocks included).
	if (!app) return;
	const processors = [...pluginHostOf(app).postProcessors].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
	for (const processor of processors) await processor(el, postProcessorContext(ctx));
}

function splitForRendering(markdown: string): { frontmatter: Record<string, unknown> | null; bodyLines: string[] } {
	const lines = markdown.replace(/^\uFEFF/, "").split(/\r?\n/);
	if (lines[0]?.trimEnd() !== "---") return { frontmatter: null, bodyLines: lines };
	const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
	if (close < 0) return { frontmatter: null, bodyLines: lines };
	let frontmatter: Record<string, unknown> | null = null;
	try {
		const parsed = parseYaml(lines.slice(1, close).join("\n"));
		if (isRecord(parsed)) frontmatter = parsed;
	} catch {
		// Broken YAML: Obsidian renders the body and shows no properties.
	}
	return { frontmatter, bodyLines: lines.slice(close + 1) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

const FENCE = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^\s*>\s?(.*)$/;
const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const TASK = /^\[([ xX])\]\s+(.*)$/;

function renderLines(lines: string[], el: HTMLElement, ctx: RenderContext): void {
	let index = 0;
	while (index < lines.length) index = renderBlock(lines, index, el, ctx);
}

/** Renders the block that starts at `index`; returns where the next block starts. */
function renderBlock(lines: string[], index: number, el: HTMLElement, ctx: RenderContext): number {
	const line = lines[index] ?? "";
	if (line.trim() === "") return index + 1;
	const fence = FENCE.exec(line);
	if (fence) return renderFence(lines, index, fence[1] ?? "```", fence[2] ?? "", el, ctx);
	const heading = HEADING.exec(line);
	if (heading) {
		const level = (heading[1] ?? "#").length as 1 | 2 | 3 | 4 | 5 | 6;
		renderInline(heading[2] ?? "", el.createEl(`h${level}`), ctx);
		return index + 1;
	}
	if (RULE.test(line)) {
		el.createEl("hr");
		return index + 1;
	}
	if (QUOTE.test(line)) return renderQuote(lines, index, el, ctx);
	if (LIST_ITEM.test(line)) return renderList(lines, index, el, ctx);
	return renderParagraph(lines, index, el, ctx);
}

function startsBlock(line: string): boolean {
	return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || LIST_ITEM.test(line);
}

function renderFence(lines: string[], index: number, marker: string, language: string, el: HTMLElement, ctx: RenderContext): number {
	const body: string[] = [];
	let next = index + 1;
	while (next < lines.length && !(lines[next] ?? "").trim().startsWith(marker)) body.push(lines[next++] ?? "");
	const source = body.join("\n");
	const handler = ctx.app && language !== "" ? pluginHostOf(ctx.app).codeBlockProcessors.get(language) : undefined;
	if (handler) {
		const container = el.createDiv({ cls: `block-language-${language}` });
		const result = handler(source, container, postProcessorContext(ctx));
		if (result) ctx.pending.push(result);
	} else {
		const pre = el.createEl("pre");
		pre.createEl("code", { cls: language === "" ? [] : [`language-${language}`], text: source });
	}
	return next + 1;
}

function postProcessorContext(ctx: RenderContext): O.MarkdownPostProcessorContext {
	return {
		docId: `fake-doc-${++renderCount}`,
		sourcePath: ctx.sourcePath,
		frontmatter: ctx.frontmatter,
		addChild: (child) => ctx.component.addChild(child),
		getSectionInfo: () => null,
	};
}

function renderQuote(lines: string[], index: number, el: HTMLElement, ctx: RenderContext): number {
	const inner: string[] = [];
	let next = index;
	for (let match = QUOTE.exec(lines[next] ?? ""); match; match = QUOTE.exec(lines[++next] ?? "")) inner.push(match[1] ?? "");
	renderLines(inner, el.createEl("blockquote"), ctx);
	return next;
}

function renderList(lines: string[], index: number, el: HTMLElement, ctx: RenderContext): number {
	const first = LIST_ITEM.exec(lines[index] ?? "");
	const indent = first?.[1]?.length ?? 0;
	const list = el.createEl(/\d/.test(first?.[2] ?? "") ? "ol" : "ul");
	let item: HTMLLIElement | null = null;
	let next = index;
	while (next < lines.length) {
		const match = LIST_ITEM.exec(lines[next] ?? "");
		if (!match) break;
		const depth = match[1]?.length ?? 0;
		if (depth < indent) break;
		if (depth > indent && item) {
			next = renderList(lines, next, item, ctx);
			continue;
		}
		item = renderListItem(match[3] ?? "", list, ctx);
		next++;
	}
	return next;
}

function renderListItem(text: string, list: HTMLElement, ctx: RenderContext): HTMLLIElement {
	const item = list.createEl("li");
	const task = TASK.exec(text);
	if (!task) {
		renderInline(text, item, ctx);
		return item;
	}
	const done = task[1] !== " ";
	item.addClass("task-list-item");
	item.setAttr("data-task", task[1] ?? " ");
	item.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox" }).checked = done;
	renderInline(task[2] ?? "", item, ctx);
	return item;
}

/** Obsidian's default keeps single line breaks, so the lines of a paragraph are joined by <br>. */
function renderParagraph(lines: string[], index: number, el: HTMLElement, ctx: RenderContext): number {
	const p = el.createEl("p");
	let next = index;
	while (next < lines.length && (lines[next] ?? "").trim() !== "" && (next === index || !startsBlock(lines[next] ?? ""))) {
		if (next > index) p.createEl("br");
		renderInline((lines[next] ?? "").trim(), p, ctx);
		next++;
	}
	return next;
}

/**
 * One alternative per inline form. Italics and tags must not start inside a word: instead of a
 * lookbehind (which older iOS lacks, and the linter forbids) they capture the character before.
 */
const INLINE =
	/`([^`]+)`|(!?)\[\[([^\]]+)\]\]|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|==(.+?)==|(^|[^\w*])\*(?!\s)(.+?)\*(?![\w*])|(^|\W)_(?!\s)(.+?)_(?!\w)|(^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;

function renderInline(text: string, el: HTMLElement, ctx: RenderContext): void {
	let last = 0;
	for (const match of text.matchAll(INLINE)) {
		const at = match.index ?? 0;
		if (at > last) el.appendText(text.slice(last, at));
		renderToken(match, el, ctx);
		last = at + match[0].length;
	}
	if (last < text.length) el.appendText(text.slice(last));
}

function renderToken(match: RegExpMatchArray, el: HTMLElement, ctx: RenderContext): void {
	const [, code, bang, wikilink, linkText, linkTarget, bold, highlight, starPrefix, italic, underscorePrefix, underscored, tagPrefix, tag] = match;
	const prefix = starPrefix ?? underscorePrefix ?? tagPrefix;
	if (prefix) el.appendText(prefix);
	if (code !== undefined) el.createEl("code", { text: code });
	else if (wikilink !== undefined) renderWikilink(wikilink, bang === "!", el, ctx);
	else if (linkText !== undefined && linkTarget !== undefined) renderMarkdownLink(linkText, linkTarget, el, ctx);
	else if (bold !== undefined) renderInline(bold, el.createEl("strong"), ctx);
	else if (highlight !== undefined) renderInline(highlight, el.createEl("mark"), ctx);
	else if (italic !== undefined || underscored !== undefined) renderInline(italic ?? underscored ?? "", el.createEl("em"), ctx);
	else if (tag !== undefined) el.createEl("a", { cls: "tag", href: `#${tag}`, text: `#${tag}` });
}

function renderWikilink(inner: string, embed: boolean, el: HTMLElement, ctx: RenderContext): void {
	const bar = inner.indexOf("|");
	const target = (bar < 0 ? inner : inner.slice(0, bar)).trim();
	const alias = bar < 0 ? undefined : inner.slice(bar + 1).trim();
	if (embed) {
		el.createSpan({ cls: "internal-embed", attr: { src: target, alt: alias ?? null } });
		return;
	}
	const { path, subpath } = parseLinktext(target);
	const text = alias ?? (subpath === "" ? path : `${path} > ${subpath.slice(1)}`);
	const link = el.createEl("a", { cls: "internal-link", href: target, text, attr: { "data-href": target } });
	markUnresolved(link, path, ctx);
}

function renderMarkdownLink(text: string, target: string, el: HTMLElement, ctx: RenderContext): void {
	if (/^[a-z][a-z\d+.-]*:/i.test(target)) {
		const link = el.createEl("a", { cls: "external-link", href: target, attr: { target: "_blank", rel: "noopener nofollow" } });
		renderInline(text, link, ctx);
		return;
	}
	const decoded = safeDecode(target);
	const link = el.createEl("a", { cls: "internal-link", href: decoded, attr: { "data-href": decoded } });
	renderInline(text, link, ctx);
	markUnresolved(link, getLinkpath(decoded), ctx);
}

/** Links are drawn, not wired: as with the real render(), the caller decides what a click does. */
function markUnresolved(link: HTMLElement, path: string, ctx: RenderContext): void {
	if (ctx.app && path !== "" && !ctx.app.metadataCache.getFirstLinkpathDest(path, ctx.sourcePath)) link.addClass("is-unresolved");
}

function safeDecode(text: string): string {
	try {
		return decodeURI(text);
	} catch {
		return text;
	}
}

// ---------------------------------------------------------------------------------------------
// Compile-time proof that the functions and the fully implemented classes have the real shape

type Conforms<Actual extends Expected, Expected> = [Actual, Expected];

/** Never used at run time: tsc fails here when obsidian.d.ts and the stub disagree. */
export type StubConformsToObsidian = Conforms<
	{
		parseYaml: typeof parseYaml;
		stringifyYaml: typeof stringifyYaml;
		normalizePath: typeof normalizePath;
		getLinkpath: typeof getLinkpath;
		parseLinktext: typeof parseLinktext;
		setIcon: typeof setIcon;
		setTooltip: typeof setTooltip;
		debounce: typeof debounce;
		prepareFuzzySearch: typeof prepareFuzzySearch;
		requireApiVersion: typeof requireApiVersion;
		apiVersion: typeof apiVersion;
		Platform: typeof Platform;
		Events: typeof Events;
		Component: typeof Component;
		Scope: typeof Scope;
		Keymap: typeof Keymap;
		Modal: typeof Modal;
		Notice: typeof Notice;
		TextComponent: typeof TextComponent;
		TextAreaComponent: typeof TextAreaComponent;
		ToggleComponent: typeof ToggleComponent;
		DropdownComponent: typeof DropdownComponent;
		SliderComponent: typeof SliderComponent;
		ButtonComponent: typeof ButtonComponent;
		ExtraButtonComponent: typeof ExtraButtonComponent;
		SearchComponent: typeof SearchComponent;
		MomentFormatComponent: typeof MomentFormatComponent;
		ColorComponent: typeof ColorComponent;
		ProgressBarComponent: typeof ProgressBarComponent;
		Setting: typeof Setting;
		MarkdownRenderChild: typeof MarkdownRenderChild;
		MarkdownRenderer: Pick<typeof MarkdownRenderer, "render" | "renderMarkdown">;
	},
	Pick<
		typeof O,
		| "parseYaml"
		| "stringifyYaml"
		| "normalizePath"
		| "getLinkpath"
		| "parseLinktext"
		| "setIcon"
		| "setTooltip"
		| "debounce"
		| "prepareFuzzySearch"
		| "requireApiVersion"
		| "apiVersion"
		| "Platform"
		| "Events"
		| "Component"
		| "Scope"
		| "Keymap"
		| "Modal"
		| "Notice"
		| "TextComponent"
		| "TextAreaComponent"
		| "ToggleComponent"
		| "DropdownComponent"
		| "SliderComponent"
		| "ButtonComponent"
		| "ExtraButtonComponent"
		| "SearchComponent"
		| "MomentFormatComponent"
		| "ColorComponent"
		| "ProgressBarComponent"
		| "Setting"
		| "MarkdownRenderChild"
	> & { MarkdownRenderer: Pick<typeof O.MarkdownRenderer, "render" | "renderMarkdown"> }
>;
