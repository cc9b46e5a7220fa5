import { describe, expect, it } from "vitest";
import { createFakeApp, type FakeApp } from "../obsidian/FakeApp";
import { loadPluginBundle, readManifest, startPlugin } from "../support/loadPluginBundle";
import { generateRealisticVault } from "../support/realisticVault";
import type { LoadedPlugin } from "./support";

/**
 * The built main.js saves its analyses in its own folder and, at the next start-up, reuses those
 * of notes unchanged since (same path, modification time and size). A warm start must give the
 * very index a cold one gives, and a saved file that is stale or corrupt must be ignored.
 */
const ANALYSES = ".obsidian/plugins/interview-vault/analyses.json";
const LATER = Date.parse("2026-01-05T10:00:00Z");

describe("a warm start from the saved analyses", { timeout: 120_000 }, () => {
	const { files } = generateRealisticVault({ paragraphs: 1 });
	const notes = Object.fromEntries([...files].filter(([path]) => path.endsWith(".md") && !path.startsWith(".")));
	const questions = Object.keys(notes).filter((path) => /\/q-[^/]+\.md$/.test(path));
	// 1% of the notes changed since the last start-up: a sentence more, a later modification time.
	const changed = questions.filter((_, i) => i % 100 === 0);
	const edited = { ...notes, ...Object.fromEntries(changed.map((path) => [path, `${notes[path] ?? ""}\nOne more sentence written since.\n`])) };
	const times = Object.fromEntries(changed.map((path) => [path, { mtime: LATER }]));
	// The second question, not among the changed.
	const unchanged = questions[1] ?? "";

	it("gives the same index as a cold start, with 1% of the notes changed since", async () => {
		const saved = await savedAfterStart(notes);
		const warm = await start(edited, times, saved);
		const cold = await start(edited, times);
		expect(warm.plugin.index.questions().length).toBeGreaterThan(1000);
		expect(indexOf(warm)).toEqual(indexOf(cold));
		await stop(warm, cold);
	});

	it("reuses an unchanged note's saved analysis and analyses a changed note again", async () => {
		const saved = marked(await savedAfterStart(notes), [unchanged, changed[0] ?? ""]);
		const warm = await start(edited, times, saved);
		expect(warm.plugin.index.question(unchanged)?.title).toBe("Marked in the saved file");
		expect(warm.plugin.index.question(changed[0] ?? "")?.title).not.toBe("Marked in the saved file");
		await stop(warm);
	});

	it("ignores a saved file of another version of the plugin, and saves its own in its place", async () => {
		const saved = marked(await savedAfterStart(notes), [unchanged]);
		const warm = await start(notes, {}, saved, "0.0.1-older");
		expect(warm.plugin.index.question(unchanged)?.title).not.toBe("Marked in the saved file");
		await warm.app.flush();
		expect(warm.app.fakes.vault.adapter.files.get(ANALYSES)).not.toContain("Marked in the saved file");
		await stop(warm);
	});

	it("ignores a corrupt saved file (cut short, or one entry of the wrong shape) and gives the cold index", async () => {
		const saved = await savedAfterStart(notes);
		const cold = await start(notes);
		const cut = await start(notes, {}, saved.slice(0, Math.floor(saved.length / 2)));
		expect(indexOf(cut)).toEqual(indexOf(cold));
		const data = JSON.parse(marked(saved, [unchanged])) as { notes: { analysis: { question?: { tags: unknown } } }[] };
		const entry = data.notes.find((note) => note.analysis.question);
		if (entry?.analysis.question) entry.analysis.question.tags = "not a list";
		const misshapen = await start(notes, {}, JSON.stringify(data));
		expect(misshapen.plugin.index.question(unchanged)?.title).not.toBe("Marked in the saved file");
		expect(indexOf(misshapen)).toEqual(indexOf(cold));
		await stop(cold, cut, misshapen);
	});
});

interface Started {
	app: FakeApp;
	plugin: LoadedPlugin;
}

async function start(notes: Record<string, string>, times: Record<string, { mtime: number }> = {}, saved?: string, version?: string): Promise<Started> {
	const app = createFakeApp(notes, { times });
	if (saved !== undefined) app.fakes.vault.adapter.files.set(ANALYSES, saved);
	const manifest = readManifest();
	const plugin = await startPlugin(app, loadPluginBundle<LoadedPlugin>(), version ? { ...manifest, version } : manifest);
	app.setLayoutReady();
	for (let turn = 0; turn < 500 && !plugin.index.isReady; turn++) {
		await app.flush();
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	await app.flush();
	return { app, plugin };
}

async function savedAfterStart(notes: Record<string, string>): Promise<string> {
	const first = await start(notes);
	const saved = first.app.fakes.vault.adapter.files.get(ANALYSES);
	await stop(first);
	if (saved === undefined) throw new Error("the first start-up saved no analyses");
	return saved;
}

/** The saved file with these notes' titles changed, to tell a reused analysis from a fresh one. */
function marked(saved: string, paths: string[]): string {
	const data = JSON.parse(saved) as { notes: { analysis: { path: string; question?: { title: string } } }[] };
	for (const note of data.notes) if (paths.includes(note.analysis.path) && note.analysis.question) note.analysis.question.title = "Marked in the saved file";
	return JSON.stringify(data);
}

/** Every note's analysis as the index holds it, as plain data. */
function indexOf({ app, plugin }: Started): unknown {
	const index = plugin.index as LoadedPlugin["index"] & { analysis(path: string): unknown };
	return JSON.parse(JSON.stringify(app.vault.getMarkdownFiles().map((file) => index.analysis(file.path)))) as unknown;
}

async function stop(...started: Started[]): Promise<void> {
	for (const { app, plugin } of started) {
		plugin.unload();
		await app.flush();
	}
}
