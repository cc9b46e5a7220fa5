import type * as O from "../../../node_modules/obsidian/obsidian";
import { setIcon } from "./functions";
import { Component, trackResult } from "./lifecycle";

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
