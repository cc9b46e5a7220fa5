import { describe, expect, it, vi } from "vitest";
import { createFakeApp } from "../obsidian/FakeApp";
import { loadPluginBundle, startPlugin } from "../support/loadPluginBundle";
import type { LoadedPlugin } from "./support";

function manyNotes(count: number): Record<string, string> {
	return Object.fromEntries(
		Array.from({ length: count }, (_, i) => [`q/q-note-${i}--backend--easy.md`, `---\ndifficulty: easy\nsubtopics: [api]\n---\n# Question (EN)\n> Question ${i}?\n`]),
	);
}

describe("start-up with 1,000 notes, through main.js", () => {
	it("reads the vault in slices, giving the interface a turn between them, and then has every note", async () => {
		const app = createFakeApp(manyNotes(1000));
		const plugin = await startPlugin(app, loadPluginBundle<LoadedPlugin>());
		// Turns the plugin's own code gives away while the index is still empty: the start-up read's.
		let turnsDuringRead = 0;
		const original = window.setTimeout.bind(window);
		const spy = vi.spyOn(window, "setTimeout").mockImplementation(((handler: () => void, delay?: number) => {
			const fromPlugin = (new Error().stack ?? "").includes("main.js");
			if (fromPlugin && plugin.index.size === 0 && (delay ?? 0) === 0) turnsDuringRead++;
			return original(handler, delay);
		}) as typeof window.setTimeout);
		// Slices are cut by time (12 ms): a clock that moves 1 ms per reading makes each note cost 1 ms,
		// whatever this machine's speed, so 1,000 notes need dozens of slices.
		let now = 0;
		const clock = vi.spyOn(performance, "now").mockImplementation(() => now++);
		app.setLayoutReady();
		await app.flush(50);
		spy.mockRestore();
		clock.mockRestore();
		expect(turnsDuringRead).toBeGreaterThanOrEqual(40);
		expect(plugin.index.questions()).toHaveLength(1000);
	});
});

describe("an edit made while the start-up read is running", () => {
	it("is not overwritten by the older read of the same note", async () => {
		const notes = manyNotes(1000);
		const app = createFakeApp(notes);
		const plugin = await startPlugin(app, loadPluginBundle<LoadedPlugin>());
		app.setLayoutReady();
		// The read has begun (the layout is ready) but not finished: edit the first note now.
		await app.writeText("q/q-note-0--backend--easy.md", "---\ndifficulty: hard\n---\n# Question (EN)\n> Edited?\n");
		await app.flush(50);
		expect(plugin.index.question("q/q-note-0--backend--easy.md")?.difficulty).toBe("hard");
		expect(plugin.index.questions()).toHaveLength(1000);
	});
});
