/**
 * The harness page's script, bundled by test/browser/build.mjs for real Chromium: Obsidian's DOM
 * helpers (test/setup/dom.ts), the fake Obsidian of the tests over the demo vault (embedded at
 * build time), and the BUILT main.js, evaluated with the stub as its `obsidian`, exactly as
 * test/support/loadPluginBundle.ts does under Node. It exposes `window.harness` (see api.ts).
 */
import "../../setup/dom";
import type * as O from "../../../node_modules/obsidian/obsidian";
import manifestJson from "../../../manifest.json";
import { defaultSettings } from "../../../src/settings/settings";
import { createFakeApp, type FakeApp } from "../../obsidian/FakeApp";
import * as obsidianStub from "../../obsidian/obsidian";
import { Component, MarkdownRenderer, onloadSettled, Plugin } from "../../obsidian/obsidian";
import type { HarnessApi, HarnessWindow, MainPane, Theme } from "./api";
import { checks } from "./checks";

const harnessWindow = window as HarnessWindow;
const manifest: O.PluginManifest = manifestJson;
/** An interview day three weeks after the fake clock's start, so the dashboard shows that section too. */
const SETTINGS = { ...defaultSettings(), interviewDate: "2026-12-14" };

const MAIN_TYPES: Record<MainPane, string> = {
	quiz: "interview-vault-quiz",
	browser: "interview-vault-browser",
	note: "markdown",
};

let current: FakeApp | null = null;
let noteScope: Component | null = null;

function app(): FakeApp {
	if (!current) throw new Error("The harness has not started");
	return current;
}

type PluginClass = new (app: O.App, manifest: O.PluginManifest) => O.Plugin;

/** main.js as CommonJS, its `require("obsidian")` answered by the very stub this page uses. */
function loadPluginClass(): PluginClass {
	const evaluate = harnessWindow.interviewVaultBundle;
	if (!evaluate) throw new Error("main.js was not loaded: the server wraps it as /plugin.js");
	const module: { exports: unknown } = { exports: {} };
	evaluate(module, module.exports, (id) => {
		if (id === "obsidian") return obsidianStub;
		throw new Error(`The plugin bundle requires "${id}"; inside Obsidian only "obsidian" is available`);
	});
	const exported = module.exports;
	const candidate = typeof exported === "object" && exported !== null && "default" in exported ? exported.default : exported;
	if (typeof candidate !== "function" || !(candidate.prototype instanceof Plugin)) throw new Error("main.js does not default-export a Plugin");
	// Checked just above: a constructor of the stub's Plugin, named by its real type.
	return candidate as PluginClass;
}

/** The vault the page was opened on (`?vault=<name>`, the demo vault by default): the server's /vault/<name>.js set it. */
function pageVault(): Record<string, string> {
	const files = harnessWindow.interviewVaultFiles;
	if (!files) throw new Error(`The harness server has no vault "${new URLSearchParams(location.search).get("vault") ?? "demo"}"`);
	return files;
}

async function start(): Promise<void> {
	const files = pageVault();
	const loadStarted = performance.now();
	const fake = createFakeApp(files, { pluginData: { [manifest.id]: SETTINGS } });
	current = fake;
	const PluginClass = loadPluginClass();
	const plugin = new PluginClass(fake, { ...manifest, dir: `${fake.vault.configDir}/plugins/${manifest.id}` });
	plugin.load();
	await onloadSettled(plugin);
	fake.setLayoutReady();
	await fake.flush();
	// The first full read runs in slices after layout-ready, beyond what flush() tracks: wait for it.
	while (!indexReady(plugin)) {
		await new Promise((resolve) => setTimeout(resolve, 5));
		await fake.flush();
	}
	timings["plugin load to index ready"] = performance.now() - loadStarted;
}

/** Whether the plugin's first read of the vault is done (its indexer says so). */
function indexReady(plugin: O.Plugin): boolean {
	const indexer: unknown = Reflect.get(plugin, "indexer");
	if (typeof indexer !== "object" || indexer === null) throw new Error("The plugin has no indexer to wait for");
	return Reflect.get(indexer, "isReady") === true;
}

/** Milliseconds each timed step took, last run first-class: read by the browser check and benchmark. */
const timings: Record<string, number> = {};

/** Runs a step and records how long it took until the app was quiet again. */
async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
	const started = performance.now();
	const result = await step();
	// A frame, so the time covers the layout and paint the step caused.
	await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
	timings[name] = performance.now() - started;
	return result;
}

/** Obsidian shows a tab's title in its header; the stub's header holds only the actions. */
function labelHeaders(): void {
	app().workspace.iterateAllLeaves((leaf) => {
		const header = leaf.view.containerEl.querySelector(".view-header");
		if (!header || header.querySelector(".view-header-title")) return;
		header.createDiv({ cls: "view-header-title", text: leaf.getDisplayText(), prepend: true });
	});
}

function showMain(pane: MainPane): void {
	const type = MAIN_TYPES[pane];
	for (const leaf of document.body.findAll(".mod-root > .workspace-leaf")) {
		const shownType = leaf.querySelector(":scope > .workspace-leaf-content")?.getAttribute("data-type");
		leaf.toggleClass("is-harness-shown", shownType === type && (pane !== "note" || leaf.hasClass("harness-note")));
	}
}

function noteLeaf(title: string): HTMLElement {
	for (const old of document.body.findAll(".harness-note")) old.detach();
	const root = document.body.find(".mod-root");
	if (!root) throw new Error("No main area");
	const leaf = root.createDiv({ cls: "workspace-leaf harness-note" });
	const content = leaf.createDiv({ cls: "workspace-leaf-content", attr: { "data-type": "markdown" } });
	content.createDiv({ cls: "view-header" }).createDiv({ cls: "view-header-title", text: title });
	const view = content.createDiv({ cls: "view-content" });
	view.setCssProps({ padding: "0" });
	return view.createDiv({ cls: "markdown-preview-view markdown-rendered" }).createDiv({ cls: "markdown-preview-sizer" });
}

function quizContent(): HTMLElement {
	const el = document.body.find(".workspace-leaf-content[data-type='interview-vault-quiz'] .interview-vault-quiz");
	if (!el) throw new Error("The quiz pane is not open");
	return el;
}

function pressOn(target: HTMLElement, key: string): void {
	target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

const api: HarnessApi = {
	ready: start(),
	setTheme(theme: Theme) {
		document.body.toggleClass("theme-light", theme === "light");
		document.body.toggleClass("theme-dark", theme === "dark");
	},
	commandIds: () => app().commandIds(),
	async runCommand(id) {
		const ran = await app().runCommand(id);
		await app().flush();
		labelHeaders();
		return ran;
	},
	flush: () => app().flush(),
	showMain,
	async openDashboard() {
		await timed("first paint: dashboard", () => api.runCommand("interview-vault:open-dashboard"));
	},
	async openBrowser() {
		await timed("first paint: question browser", async () => {
			await api.runCommand("interview-vault:open-question-browser");
			showMain("browser");
		});
	},
	async startQuiz(commandId) {
		await timed("first paint: quiz card", async () => {
			if (!(await api.runCommand(commandId))) throw new Error(`${commandId} did not run`);
			const modal = app().openModals()[0];
			if (!modal) throw new Error(`${commandId} opened no setup modal`);
			pressOn(modal.contentEl, "Enter");
			await app().flush();
			labelHeaders();
			showMain("quiz");
		});
	},
	async pressInQuiz(key) {
		pressOn(quizContent(), key);
		await app().flush();
	},
	async gradeToNextCard(grade) {
		const started = performance.now();
		pressOn(quizContent(), grade);
		await app().flush();
		await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
		return performance.now() - started;
	},
	timings: () => ({ ...timings }),
	notePaths: () => app().vault.getMarkdownFiles().map((file) => file.path),
	async writeNote(path, text) {
		await app().writeText(path, text);
		app().setActiveFile(path);
		await app().flush();
	},
	closeSidebar() {
		app().workspace.detachLeavesOfType("interview-vault-dashboard");
	},
	async renderNote(path, markdown) {
		const fake = app();
		const file = fake.file(path);
		const sizer = noteLeaf(file.basename);
		noteScope?.unload();
		const scope = new Component();
		noteScope = scope;
		scope.load();
		await MarkdownRenderer.render(fake, markdown ?? fake.readText(path) ?? "", sizer, path, scope);
		fake.setActiveFile(path);
		await fake.flush();
		showMain("note");
	},
	async openVaultHealth() {
		const ids = app().commandIds();
		const id = ids.includes("interview-vault:check-vault") ? "interview-vault:check-vault" : "interview-vault:show-index-problems";
		await api.runCommand(id);
		return id;
	},
	async closeModals() {
		for (const modal of app().openModals()) modal.close();
		await app().flush();
	},
	notices: () => [...app().notices()],
};

harnessWindow.harness = api;
harnessWindow.checks = checks;
