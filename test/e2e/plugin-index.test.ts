import { describe, expect, it } from "vitest";
import { startDemo } from "./support";

describe("main.js in Obsidian (fake) with the demo vault: the question index", () => {
	it("indexes the vault once the layout is ready, with the counts of the hand count", async () => {
		const { plugin } = await startDemo();
		// Every q- note is a question (see test/fixtures/demo-vault-expected.md): the 48 well-formed ones and the 6 flawed ones.
		expect(plugin.index.questions()).toHaveLength(54);
		expect(Object.fromEntries(plugin.index.countBy("difficulty"))).toEqual({ easy: 18, medium: 22, hard: 14 });
		expect(plugin.index.mocs().map((moc) => moc.basename)).toEqual(["moc-backend"]);
		const unreadable = [
			"q-broken-backslash-fence--backend--medium.md",
			"q-broken-duplicate-key--backend--medium.md",
			"q-broken-glued-fence--backend--easy.md",
			"q-broken-unparseable-yaml--backend--hard.md",
		];
		expect(plugin.index.problems().filter((p) => p.severity === "error").map((p) => p.path.split("/").pop())).toEqual(unreadable);
		const kept = plugin.index.questions().filter((q) => q.propertiesUnreadable !== undefined);
		expect(kept.map((q) => q.basename + ".md")).toEqual(unreadable);
		expect(kept.every((q) => Object.keys(q.frontmatter).length === 0)).toBe(true);
	});

	it("follows an edit, a new note, a rename and a delete without rescanning", async () => {
		const { app, plugin } = await startDemo();
		const path = "50-Backend/q-acid-properties--backend--easy.md";
		const reads = spyOnReads(app);
		const text = app.readText(path) ?? "";
		await app.writeText(path, text.replace(/^difficulty: .*$/m, "difficulty: hard"));
		await app.flush();
		expect(plugin.index.question(path)?.difficulty).toBe("hard");

		await app.writeText("50-Backend/q-new-one--backend--medium.md", "---\ndifficulty: medium\nsubtopics: [api]\n---\n# Question (EN)\n> New?\n");
		await app.flush();
		expect(plugin.index.question("50-Backend/q-new-one--backend--medium.md")?.subtopics).toEqual(["api"]);

		await app.vault.rename(app.file(path), "Archive/q-acid-properties--backend--easy.md");
		await app.flush();
		expect(plugin.index.question(path)).toBeUndefined();
		expect(plugin.index.question("Archive/q-acid-properties--backend--easy.md")?.difficulty).toBe("hard");

		await app.vault.delete(app.file("50-Backend/q-new-one--backend--medium.md"));
		await app.flush();
		expect(plugin.index.question("50-Backend/q-new-one--backend--medium.md")).toBeUndefined();
		expect(plugin.index.questions()).toHaveLength(54);
		// Following changes reads the changed notes (the index on rename, the search on each change), never the rest.
		expect(new Set(reads.paths)).toEqual(new Set(["50-Backend/q-acid-properties--backend--easy.md", "50-Backend/q-new-one--backend--medium.md", "Archive/q-acid-properties--backend--easy.md"]));
	});

	it("keeps a question whose frontmatter breaks, without its properties and with the problem, and takes them back when fixed", async () => {
		const { app, plugin } = await startDemo();
		const path = "50-Backend/q-acid-properties--backend--easy.md";
		const text = app.readText(path) ?? "";
		await app.writeText(path, text.replace(/^---\n/, "---\\\n"));
		await app.flush();
		expect(plugin.index.question(path)).toMatchObject({ difficulty: "easy", frontmatter: {}, propertiesUnreadable: expect.stringContaining("---\\") as string });
		expect(plugin.index.problems()).toContainEqual(expect.objectContaining({ path, code: "fence-backslash" }));
		await app.writeText(path, text);
		await app.flush();
		expect(plugin.index.question(path)?.propertiesUnreadable).toBeUndefined();
		expect(plugin.index.question(path)?.frontmatter.difficulty).toBe("easy");
	});

	it("Show index problems (the older command id) opens Check vault's list; a click opens the note", async () => {
		const { app } = await startDemo();
		expect(await app.runCommand("interview-vault:show-index-problems")).toBe(true);
		await app.flush();
		const modal = app.openModals()[0];
		expect(modal?.titleEl.textContent).toBe("Check vault");
		const items = [...(modal?.contentEl.querySelectorAll(".interview-vault-health-item") ?? [])];
		expect(items.map((item) => item.querySelector(".interview-vault-health-file")?.textContent)).toContain("50-Backend/q-broken-glued-fence--backend--easy.md:1");
		const link = items[0]?.querySelector<HTMLElement>(".interview-vault-health-file");
		const place = link?.textContent ?? "";
		link?.click();
		await app.flush();
		expect(place).toMatch(/^50-Backend\/q-broken-.*\.md:\d+$/);
		expect(app.workspace.getActiveFile()?.path).toBe(place.replace(/:\d+$/, ""));
		expect(app.openModals()).toHaveLength(0);
	});

	it("says the index is not ready rather than showing an empty list before the layout is ready", async () => {
		const { createFakeApp, readFolderIntoFiles } = await import("../obsidian/FakeApp");
		const { loadPluginBundle, startPlugin } = await import("../support/loadPluginBundle");
		const app = createFakeApp(readFolderIntoFiles("test/fixtures/demo-vault"));
		await startPlugin(app, loadPluginBundle());
		await app.runCommand("interview-vault:show-index-problems");
		expect(app.openModals()).toHaveLength(0);
		expect(app.notices().at(-1)).toMatch(/still reading/);
	});

	it("leaves no listener, view or DOM behind when unloaded", async () => {
		const { app, plugin } = await startDemo();
		expect(app.listenerCount()).toBeGreaterThan(0);
		plugin.unload();
		await app.flush();
		expect(app.listenerCount()).toBe(0);
		expect(document.body.querySelectorAll(".interview-vault-health, .interview-vault-quiz")).toHaveLength(0);
	});
});

/** Records full-text reads after start-up: following a change must not read the vault again. */
function spyOnReads(app: Awaited<ReturnType<typeof startDemo>>["app"]): { paths: string[] } {
	const reads = { paths: [] as string[] };
	const original = app.vault.cachedRead.bind(app.vault);
	app.vault.cachedRead = (file) => {
		reads.paths.push(file.path);
		return original(file);
	};
	return reads;
}
