/**
 * Loads the BUILT plugin (main.js), the file Obsidian itself would load, so the end-to-end tests
 * exercise what ships: bundling mistakes and a `require` of anything but `obsidian` show up here.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { runInThisContext } from "node:vm";
import type * as O from "../../node_modules/obsidian/obsidian";
import * as obsidianStub from "../obsidian/obsidian";
import { onloadSettled, Plugin } from "../obsidian/obsidian";

const REPO_ROOT = resolve(import.meta.dirname, "../..");

type CommonJsWrapper = (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;

/** Typed against the real API, as the plugin's own source is: `loadPluginBundle<InterviewVaultPlugin>()`. */
export type PluginClass<T extends O.Plugin = O.Plugin> = new (app: O.App, manifest: O.PluginManifest) => T;

/**
 * Evaluates the bundle as CommonJS. Its `require("obsidian")` gets this very stub module, the one
 * the tests import, so `instanceof TFile` holds on both sides; any other module is refused, since
 * Obsidian would not provide it either.
 */
export function loadPluginBundle<T extends O.Plugin = O.Plugin>(path = "main.js"): PluginClass<T> {
	const file = resolve(REPO_ROOT, path);
	if (!existsSync(file)) throw new Error(`${path} is missing: run \`npm run build\` first`);
	const module: { exports: unknown } = { exports: {} };
	// The wrapper Node itself puts around a CommonJS file; its signature is fixed by the text below.
	const evaluate = runInThisContext(`(function (module, exports, require) {${readFileSync(file, "utf8")}\n})`, { filename: file }) as CommonJsWrapper;
	evaluate(module, module.exports, requireForBundle);
	return pluginClassOf(module.exports, path);
}

function requireForBundle(id: string): unknown {
	if (id === "obsidian") return obsidianStub;
	throw new Error(`The plugin bundle requires "${id}"; inside Obsidian only "obsidian" is available`);
}

function pluginClassOf<T extends O.Plugin>(exports: unknown, path: string): PluginClass<T> {
	const candidate = typeof exports === "object" && exports !== null && "default" in exports ? exports.default : exports;
	if (typeof candidate !== "function" || !(candidate.prototype instanceof Plugin)) {
		throw new Error(`${path} does not default-export a class extending Plugin`);
	}
	// Checked just above: a constructor of the stub's Plugin, which the caller names by its real type.
	return candidate as PluginClass<T>;
}

/** manifest.json of the repository, as Obsidian reads it for the plugin. */
export function readManifest(path = "manifest.json"): O.PluginManifest {
	return JSON.parse(readFileSync(resolve(REPO_ROOT, path), "utf8")) as O.PluginManifest;
}

/** Constructs the plugin, loads it as Obsidian does, and waits for an async onload to finish. */
export async function startPlugin<T extends O.Plugin>(app: O.App, PluginClass: PluginClass<T>, manifest: O.PluginManifest = readManifest()): Promise<T> {
	// Obsidian tells a plugin where its folder is; data.json lives there.
	const plugin = new PluginClass(app, { ...manifest, dir: manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}` });
	plugin.load();
	await onloadSettled(plugin);
	return plugin;
}
