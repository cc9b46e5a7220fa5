import type { Plugin } from "obsidian";
import { createFakeApp, readFolderIntoFiles, type FakeApp, type FakeAppOptions } from "../obsidian/FakeApp";
import { loadPluginBundle, startPlugin } from "../support/loadPluginBundle";
import type { QuestionIndex } from "../../src/core/index/QuestionIndex";

export const DEMO_VAULT = "test/fixtures/demo-vault";

/** What the tests read off the plugin instance built from main.js (its public fields). */
export type LoadedPlugin = Plugin & { index: QuestionIndex };

/** Obsidian with the demo vault, the built main.js enabled, and the start-up read finished. */
export async function startDemo(options: FakeAppOptions = {}, files = readFolderIntoFiles(DEMO_VAULT)): Promise<{ app: FakeApp; plugin: LoadedPlugin }> {
	const app = createFakeApp(files, options);
	const plugin = await startPlugin(app, loadPluginBundle<LoadedPlugin>());
	app.setLayoutReady();
	await app.flush();
	return { app, plugin };
}
