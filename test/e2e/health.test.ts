import { afterEach, describe, expect, it, vi } from "vitest";
import { ReviewLogStore } from "../../src/obsidian/ReviewLogStore";
import { registerHealthCommands } from "../../src/ui/health/registerHealthCommands";
import { UndoStack } from "../../src/app/notes/UndoStack";
import { VaultNoteWrites } from "../../src/obsidian/VaultNoteWrites";
import { readFolderIntoFiles, type FakeApp } from "../obsidian/FakeApp";
import { WorkspaceLeaf, type Modal } from "../obsidian/obsidian";
import { DEMO_VAULT, startDemo, type LoadedPlugin } from "./support";

const BACKSLASH = "50-Backend/q-broken-backslash-fence--backend--medium.md";
const GLUED = "50-Backend/q-broken-glued-fence--backend--easy.md";
const DUPLICATE = "50-Backend/q-broken-duplicate-key--backend--medium.md";
const REFUSED = "50-Backend/q-broken-refused--backend--easy.md";
const LOG = "Interview Vault/Review log/device-test.md";
const COMMANDS = ["interview-vault:check-vault", "interview-vault:repair-frontmatter-fences", "interview-vault:undo-fence-repair"];

/** A review log with one good entry and one line a sync conflict mangled. */
const LOG_TEXT = [
	"%% Interview Vault review log of device device-test. %%",
	'{"id":"a","at":"2026-11-20T10:00:00Z","day":"2026-11-20","path":"50-Backend/q-acid-properties--backend--easy.md","grade":4,"device":"device-test"}',
	'{"id":"b","at":"2026-11-21T10:00:00Z","day":"2026-11-21","pa',
	"",
].join("\n");

function demoFiles(extra: Record<string, string> = {}): Record<string, string> {
	return { ...readFolderIntoFiles(DEMO_VAULT), [LOG]: LOG_TEXT, ...extra };
}

/**
 * The demo vault in the fake Obsidian with main.js. Until main.ts calls registerHealthCommands
 * (see the first test), the commands are wired here from the source onto the loaded plugin, the
 * same way main.ts would, so the behaviour is tested either way.
 */
async function start(extra: Record<string, string> = {}): Promise<{ app: FakeApp; plugin: LoadedPlugin }> {
	const demo = await startDemo({}, demoFiles(extra));
	wireUnlessWired(demo.app, demo.plugin);
	return demo;
}

function wireUnlessWired(app: FakeApp, plugin: LoadedPlugin): void {
	if (app.commandIds().includes(COMMANDS[0] ?? "")) return;
	const reviewLog = new ReviewLogStore(app, () => "Interview Vault/Review log");
	registerHealthCommands(plugin, { index: plugin.index, logProblems: async () => (await reviewLog.readAll()).problems, notes: { writes: new VaultNoteWrites(app), undo: new UndoStack() } });
}

function lastModal(app: FakeApp): Modal {
	const modal = app.openModals().at(-1);
	if (!modal) throw new Error("no modal is open");
	return modal;
}

const texts = (el: HTMLElement, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent ?? "");

function button(modal: Modal, label: string): HTMLButtonElement {
	const found = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === label);
	if (!found) throw new Error(`no button "${label}"`);
	return found;
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("vault health through main.js", () => {
	it("main.js registers Check vault, Repair frontmatter fences and its undo", async () => {
		const { app } = await startDemo();
		expect(app.commandIds()).toEqual(expect.arrayContaining(COMMANDS));
	});

	it("Check vault groups every problem by kind, the costliest first, with its count, its cost and its notes", async () => {
		const { app } = await start();
		expect(await app.runCommand("interview-vault:check-vault")).toBe(true);
		await app.flush();
		const modal = lastModal(app);
		expect(texts(modal.contentEl, ".interview-vault-health-group-title")).toEqual([
			"2 notes have frontmatter that is not valid YAML",
			"1 note opens its frontmatter with `---\\`",
			"1 note has its fence glued to the first key",
			"1 question has an unknown difficulty",
			"1 note has an empty frontmatter block",
			"1 MOC link leads to no note",
			"1 review log line was skipped",
		]);
		expect(texts(modal.contentEl, ".interview-vault-health-cost")[0]).toBe(
			"2 questions are quizzed without their properties (difficulty and topic from the file name), and their grades stay in the review log until repaired.",
		);
		expect(texts(modal.contentEl, ".interview-vault-health-file")).toEqual([
			`${DUPLICATE}:1`,
			"50-Backend/q-broken-unparseable-yaml--backend--hard.md:1",
			`${BACKSLASH}:1`,
			`${GLUED}:1`,
			"50-Backend/q-broken-template-difficulty--backend--medium.md",
			"50-Backend/q-broken-empty-frontmatter--backend--easy.md:1",
			"90-MOCs/moc-backend.md:54",
			`${LOG}:3`,
		]);
		expect(texts(modal.contentEl, "button")).toEqual(["Repair all (2)", "Repair all (1)", "Repair all (1)"]);
		expect(texts(modal.contentEl, ".interview-vault-health-summary")[0]).toBe(
			"4 notes have properties Obsidian cannot read: they are kept without them and never written; 3 warnings; 1 review log line skipped.",
		);
	});

	it("says what unreadable MOCs cost, and folds a long group behind Show all", async () => {
		const mocs = Object.fromEntries(
			Array.from({ length: 12 }, (_, i) => [`90-MOCs/moc-broken-${i}.md`, `---\\\ntitle: Broken ${i}\n---\\\n# Broken ${i}\n## Basics\n- [[q-acid-properties--backend--easy]]\n`]),
		);
		const { app } = await start(mocs);
		await app.runCommand("interview-vault:check-vault");
		await app.flush();
		const modal = lastModal(app);
		expect(texts(modal.contentEl, ".interview-vault-health-group-title")[0]).toBe("13 notes open their frontmatter with `---\\`");
		expect(texts(modal.contentEl, ".interview-vault-health-cost")[0]).toBe(
			"12 MOCs have no properties: their study paths are read from their text; their properties are not; 1 question is quizzed without its properties (difficulty and topic from the file name), and its grades stay in the review log until repaired.",
		);
		const group = modal.contentEl.querySelector(".interview-vault-health-group") as HTMLElement;
		const visible = () => [...group.querySelectorAll<HTMLElement>("li")].filter((li) => li.style.display !== "none").length;
		expect(visible()).toBe(10);
		button(modal, "Show all 13").click();
		expect(visible()).toBe(13);
		button(modal, "Repair all (13)").click();
		await app.flush();
		expect(lastModal(app).titleEl.textContent).toBe("Repair frontmatter: 13 notes");
	});

	it("a click opens the note at the problem's line", async () => {
		const { app } = await start();
		const openFile = vi.spyOn(WorkspaceLeaf.prototype, "openFile");
		await app.runCommand("interview-vault:check-vault");
		await app.flush();
		const link = [...lastModal(app).contentEl.querySelectorAll<HTMLElement>(".interview-vault-health-file")].find((a) => a.textContent === "90-MOCs/moc-backend.md:54");
		link?.click();
		await app.flush();
		expect(app.openModals()).toHaveLength(0);
		expect(app.workspace.getActiveFile()?.path).toBe("90-MOCs/moc-backend.md");
		expect(openFile).toHaveBeenCalledWith(app.file("90-MOCs/moc-backend.md"), expect.objectContaining({ eState: { line: 53 } }));
	});

	it("Repair frontmatter… previews each repair, applies only the ticked ones, and Obsidian then reads the note", async () => {
		const { app, plugin } = await start();
		const glued = app.readText(GLUED) ?? "";
		const backslash = app.readText(BACKSLASH) ?? "";
		const duplicate = app.readText(DUPLICATE) ?? "";
		await app.runCommand("interview-vault:repair-frontmatter-fences");
		await app.flush();
		const modal = lastModal(app);
		expect(modal.titleEl.textContent).toBe("Repair frontmatter: 3 notes");
		const items = [...modal.contentEl.querySelectorAll<HTMLElement>(".interview-vault-repair-item")];
		expect(items.map((item) => item.querySelector(".interview-vault-repair-file")?.textContent)).toEqual([BACKSLASH, DUPLICATE, GLUED]);
		expect(texts(items[2] as HTMLElement, "pre")[1]?.startsWith("---\nid: be-glued\ntitle: What is a reverse proxy?")).toBe(true);
		expect(texts(items[0] as HTMLElement, "pre")[1]?.startsWith("---\nid: be-broken-01")).toBe(true);
		// The duplicated key: both values named, the last kept unless the choice says otherwise.
		expect(items[1]?.querySelector(".interview-vault-repair-fix")?.textContent).toBe("`difficulty` is written 2 times (`difficulty: medium`, `difficulty: hard`): keeping `difficulty: hard`");
		const boxes = items.map((item) => item.querySelector<HTMLInputElement>("input[type=checkbox]"));
		expect(boxes.map((box) => box?.checked)).toEqual([true, true, true]);
		boxes[0]?.click();
		button(modal, "Repair selected").click();
		await app.flush();
		expect(app.readText(BACKSLASH)).toBe(backslash);
		expect(app.readText(GLUED)).toBe(glued.replace(/^---id: be-glued\n/, "---\nid: be-glued\n"));
		expect(app.readText(DUPLICATE)).toBe(duplicate.replace(/^difficulty: medium\n/m, ""));
		expect(app.notices().at(-1)).toMatch(/^Repaired the frontmatter of 2 notes\. "Undo the last frontmatter repair" puts them back\.$/);
		expect(plugin.index.question(GLUED)?.title).toBe("What is a reverse proxy?");
		expect(plugin.index.question(DUPLICATE)?.difficulty).toBe("hard");
		expect(plugin.index.problems().map((p) => p.path)).not.toContain(GLUED);
	});

	it("keeps the first value of a duplicated key when the preview says so", async () => {
		const { app } = await start();
		await app.runCommand("interview-vault:repair-frontmatter-fences");
		await app.flush();
		const select = lastModal(app).contentEl.querySelector<HTMLSelectElement>(".interview-vault-repair-keep select");
		if (!select) throw new Error("no choice for the duplicated key");
		select.value = "first";
		select.dispatchEvent(new Event("change"));
		await app.flush();
		const fix = [...lastModal(app).contentEl.querySelectorAll(".interview-vault-repair-fix")].map((el) => el.textContent ?? "");
		expect(fix).toContain("`difficulty` is written 2 times (`difficulty: medium`, `difficulty: hard`): keeping `difficulty: medium`");
	});

	it("lists a repair it refuses with the reason, and never writes that note", async () => {
		const text = "---\\\ntitle: [never closed\ndifficulty: easy\n---\n# Question (EN)\n> Why?\n";
		const { app } = await start({ [REFUSED]: text });
		await app.runCommand("interview-vault:repair-frontmatter-fences");
		await app.flush();
		const modal = lastModal(app);
		const refused = texts(modal.contentEl, ".interview-vault-repair-refused li");
		expect(refused).toEqual([expect.stringMatching(new RegExp(`^${REFUSED}: after the repair the frontmatter would not be valid YAML`))]);
		button(modal, "Repair selected").click();
		await app.flush();
		expect(app.readText(REFUSED)).toBe(text);
		expect(app.notices().at(-1)).toMatch(/of 3 notes/);
	});

	it("skips a note edited between the preview and the repair, and says so", async () => {
		const { app } = await start();
		await app.runCommand("interview-vault:repair-frontmatter-fences");
		await app.flush();
		const edited = `${app.readText(GLUED) ?? ""}\nA line written while the preview was open.\n`;
		await app.writeText(GLUED, edited);
		button(lastModal(app), "Repair selected").click();
		await app.flush();
		expect(app.readText(GLUED)).toBe(edited);
		expect(app.readText(BACKSLASH)?.startsWith("---\nid: be-broken-01\n")).toBe(true);
		expect(app.notices().at(-1)).toContain(`1 note skipped because the note changed since the preview: ${GLUED}.`);
	});

	it("Undo the last frontmatter repair puts the notes back byte for byte, but not one edited since", async () => {
		const { app } = await start();
		const before = { glued: app.readText(GLUED), backslash: app.readText(BACKSLASH), duplicate: app.readText(DUPLICATE) };
		expect(await app.runCommand("interview-vault:undo-fence-repair")).toBe(false);
		await app.runCommand("interview-vault:repair-frontmatter-fences");
		await app.flush();
		button(lastModal(app), "Repair selected").click();
		await app.flush();
		const editedGlued = `${app.readText(GLUED) ?? ""}edited after the repair\n`;
		await app.writeText(GLUED, editedGlued);
		expect(await app.runCommand("interview-vault:undo-fence-repair")).toBe(true);
		await app.flush();
		expect(app.readText(BACKSLASH)).toBe(before.backslash);
		expect(app.readText(DUPLICATE)).toBe(before.duplicate);
		expect(app.readText(GLUED)).toBe(editedGlued);
		expect(app.notices().at(-1)).toBe(`Put back 2 notes as before the frontmatter repair. 1 changed since the repair and were left as they are: ${GLUED}.`);
		expect(await app.runCommand("interview-vault:undo-fence-repair")).toBe(false);
		expect(before.glued?.startsWith("---id: be-glued\n")).toBe(true);
	});

	it("says the notes are still being read instead of showing an empty list", async () => {
		const { createFakeApp } = await import("../obsidian/FakeApp");
		const { loadPluginBundle, startPlugin } = await import("../support/loadPluginBundle");
		const app = createFakeApp(demoFiles());
		const plugin = await startPlugin(app, loadPluginBundle<LoadedPlugin>());
		wireUnlessWired(app, plugin);
		for (const command of COMMANDS.slice(0, 2)) {
			await app.runCommand(command);
			expect(app.openModals()).toHaveLength(0);
			expect(app.notices().at(-1)).toMatch(/still reading/);
		}
	});

	it("Check vault's Repair all repairs one kind; with nothing left, the repair says there is nothing to do", async () => {
		const { app } = await start();
		await app.runCommand("interview-vault:check-vault");
		await app.flush();
		button(lastModal(app), "Repair all (2)").click();
		await app.flush();
		// Of the two notes with invalid YAML, only the duplicated key has a known repair.
		expect(lastModal(app).titleEl.textContent).toBe("Repair frontmatter: 1 note");
		expect(texts(lastModal(app).contentEl, ".interview-vault-repair-file")).toEqual([DUPLICATE]);
		button(lastModal(app), "Repair selected").click();
		await app.flush();
		await app.runCommand("interview-vault:repair-frontmatter-fences");
		await app.flush();
		expect(lastModal(app).titleEl.textContent).toBe("Repair frontmatter: 2 notes");
		button(lastModal(app), "Repair selected").click();
		await app.flush();
		await app.runCommand("interview-vault:repair-frontmatter-fences");
		await app.flush();
		expect(app.openModals()).toHaveLength(0);
		expect(app.notices().at(-1)).toBe("No note's frontmatter needs a repair.");
	});
});
