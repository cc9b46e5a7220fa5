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
 *
 * The stub is split by API area under ./api/ (lifecycle: events and components; functions; keymap;
 * files; plugin; setting; modals; workspace: views and leaves; markdown); this module re-exports
 * all of it, so every importer keeps importing from here.
 */
import type * as O from "../../node_modules/obsidian/obsidian";
import type { Platform, apiVersion, debounce, getLinkpath, normalizePath, parseLinktext, parseYaml, prepareFuzzySearch, requireApiVersion, setIcon, setTooltip, stringifyYaml } from "./api/functions";
import type { Keymap, Scope } from "./api/keymap";
import type { Component, Events } from "./api/lifecycle";
import type { MarkdownRenderer } from "./api/markdown";
import type { Modal, Notice } from "./api/modals";
import type { ButtonComponent, ColorComponent, DropdownComponent, ExtraButtonComponent, MomentFormatComponent, ProgressBarComponent, SearchComponent, Setting, SliderComponent, TextAreaComponent, TextComponent, ToggleComponent } from "./api/setting";
import type { MarkdownRenderChild } from "./api/workspace";

export { Component, Events, onloadSettled, recordError, settleTrackedWork, takeErrors, trackResult } from "./api/lifecycle";
export { Platform, apiVersion, debounce, getLinkpath, normalizePath, parseLinktext, parseYaml, prepareFuzzySearch, requireApiVersion, setIcon, setTooltip, stringifyYaml } from "./api/functions";
export { Keymap, Scope } from "./api/keymap";
export { TAbstractFile, TFile, TFolder } from "./api/files";
export { type CodeBlockHandler, Plugin, type PluginHost, PluginSettingTab, SettingTab, attachPluginHost, pluginHostOf } from "./api/plugin";
export { AbstractTextComponent, BaseComponent, ButtonComponent, ColorComponent, DropdownComponent, ExtraButtonComponent, MomentFormatComponent, ProgressBarComponent, SearchComponent, Setting, SliderComponent, TextAreaComponent, TextComponent, ToggleComponent, ValueComponent } from "./api/setting";
export { FuzzySuggestModal, Modal, Notice, SuggestModal, notices, openModals, resetStubState } from "./api/modals";
export { ItemView, type LeafOwner, MarkdownRenderChild, View, WorkspaceLeaf, asObsidianLeaf, toStubLeaf } from "./api/workspace";
export { MarkdownRenderer } from "./api/markdown";

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
