import { describe, expect, it } from "vitest";
import { createFakeApp, type FakeApp } from "../obsidian/FakeApp";
import { loadPluginBundle, startPlugin } from "../support/loadPluginBundle";
import { generateRealisticVault } from "../support/realisticVault";
import type { LoadedPlugin } from "./support";

/**
 * The built main.js on a vault shaped like REAL-VAULTS.md: templates found from the vault's own
 * configuration, every q- note and MOC kept, and the first-run profile proposing the concept folder.
 */
describe("main.js on a vault shaped like REAL-VAULTS.md", { timeout: 120_000 }, () => {
	it("keeps every q- note and MOC, leaves the template out, and on first run proposes excluding the concept folder", async () => {
		const { files, expected } = generateRealisticVault({ paragraphs: 1 });
		const notes = Object.fromEntries([...files].filter(([path]) => !path.startsWith(".obsidian/")));
		const app = createFakeApp(notes);
		app.fakes.vault.adapter.files.set(".obsidian/templates.json", files.get(".obsidian/templates.json") ?? "");
		const plugin = await startPlugin(app, loadPluginBundle<LoadedPlugin>());
		app.setLayoutReady();
		await untilReady(app, plugin);

		const questions = plugin.index.questions();
		expect(questions).toHaveLength(expected.questions.length + expected.readableConcepts.length);
		expect(questions.some((q) => q.path.startsWith("_templates/"))).toBe(false);
		expect(plugin.index.mocs().map((moc) => moc.path)).toEqual(expected.mocs.map((moc) => moc.path).sort());
		for (const moc of expected.mocs) expect(plugin.index.moc(moc.path)?.studyPaths.map((path) => path.name)).toEqual(moc.studyPaths);
		expect(questions.filter((q) => q.propertiesUnreadable !== undefined)).toHaveLength(expected.glued.length + expected.flowThenBlock.length + expected.duplicateKey.length);

		const profile = app.openModals().at(-1);
		expect(profile?.titleEl.textContent).toBe("Vault profile");
		const exclude = [...(profile?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Exclude 10-Concepts");
		expect(profile?.contentEl.textContent).toContain("150 notes carry a `difficulty` but are not named like the vault's questions (q-…), tagged `concept`");
		exclude?.click();
		await untilReady(app, plugin, 1295);
		expect(plugin.index.questions()).toHaveLength(1295);
		profile?.close();

		// Shown once: a restart with the saved settings does not show it again.
		const again = createFakeApp(notes, { pluginData: { "interview-vault": app.pluginData("interview-vault") } });
		const restarted = await startPlugin(again, loadPluginBundle<LoadedPlugin>());
		again.setLayoutReady();
		await untilReady(again, restarted);
		expect(again.openModals()).toHaveLength(0);
		// Nothing may keep running once the test is over.
		plugin.unload();
		restarted.unload();
		await app.flush();
		await again.flush();
	});
});

/** The start-up read goes in slices with a turn for the interface between them: wait for all of them. */
async function untilReady(app: FakeApp, plugin: LoadedPlugin, questions?: number): Promise<void> {
	const indexer = (plugin as unknown as { indexer: { isReady: boolean } }).indexer;
	for (let turn = 0; turn < 500; turn++) {
		await app.flush();
		if (indexer.isReady && (questions === undefined || plugin.index.questions().length === questions)) return;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}
