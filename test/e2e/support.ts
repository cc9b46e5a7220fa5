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

/** The quiz pane's content, once a quiz command opened it. */
export function quizPane(app: FakeApp): HTMLElement {
	const leaf = app.workspace.getLeavesOfType("interview-vault-quiz")[0];
	if (!leaf) throw new Error("the quiz pane is not open");
	return leaf.view.containerEl.querySelector(".interview-vault-quiz") ?? leaf.view.containerEl;
}

/** A key pressed on an element, then every pending write and redraw let through. */
export async function press(app: FakeApp, target: HTMLElement, key: string): Promise<void> {
	target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
	await app.flush();
}
