/**
 * The fake Obsidian is only worth its tests if it behaves like Obsidian where the product depends
 * on it: how frontmatter is read and written, when the cache answers, what a rename keeps, and
 * that unloading leaves nothing behind.
 */
import {
	Component,
	FuzzySuggestModal,
	ItemView,
	MarkdownRenderer,
	Modal,
	Notice,
	Plugin,
	parseYaml,
	Setting,
	TFile,
	type App,
	type CachedMetadata,
	type TAbstractFile,
	type WorkspaceLeaf,
} from "obsidian";
import { describe, expect, it, vi } from "vitest";
import { loadPluginBundle, readManifest, startPlugin } from "../support/loadPluginBundle";
import { createFakeApp, FAKE_NOW, readFolderIntoFiles } from "./FakeApp";

const QUESTION = `---
id: be-001
difficulty: medium
created: 2025-10-03
quiz_due: 2025-11-01T08:00:00Z
tags: [database, difficulty/medium]
---
# Question (EN)
> What does ACID stand for?

See [[q-mvcc-internals--backend--hard|MVCC]] and #database.
`;

const manifest = readManifest();

describe("the metadata cache reads frontmatter like Obsidian", () => {
	it("keeps dates as the strings the user typed", () => {
		const app = createFakeApp({ "q.md": QUESTION });
		const frontmatter = app.metadataCache.getFileCache(app.file("q.md"))?.frontmatter;
		expect(frontmatter).toMatchObject({ created: "2025-10-03", quiz_due: "2025-11-01T08:00:00Z", difficulty: "medium" });
		expect(frontmatter?.tags).toEqual(["database", "difficulty/medium"]);
	});

	it.each([
		["a backslash after the fence", "---\\\nid: x\ndifficulty: easy\n---\nbody"],
		["a key glued to the fence", "---id: x\ndifficulty: easy\n---\nbody"],
		["a fence that is never closed", "---\nid: x\ndifficulty: easy\nbody"],
		["a fence that is not on the first line", "\n---\nid: x\n---\nbody"],
	])("gives no frontmatter for %s", (_case, text) => {
		const app = createFakeApp({ "q.md": text });
		expect(app.metadataCache.getFileCache(app.file("q.md"))?.frontmatter).toBeUndefined();
	});

	it("gives no frontmatter for YAML it cannot parse, but still the block's position", () => {
		const app = createFakeApp({ "q.md": "---\ntitle: [unclosed, list\ndifficulty: easy\n---\nbody" });
		const cache = app.metadataCache.getFileCache(app.file("q.md"));
		expect(cache?.frontmatter).toBeUndefined();
		expect(cache?.frontmatterPosition?.end.line).toBe(3);
	});

	it("gives a note with a repeated key no properties, as Obsidian does, and parseYaml throws on it", () => {
		const app = createFakeApp({ "q.md": "---\ndifficulty: medium\ndifficulty: hard\n---\n" });
		const cache = app.metadataCache.getFileCache(app.file("q.md"));
		expect(cache?.frontmatter).toBeUndefined();
		expect(cache?.frontmatterPosition).toBeDefined();
		expect(() => {
			parseYaml("difficulty: medium\ndifficulty: hard");
		}).toThrow(/duplicated mapping key/);
	});

	it("opens a block only on a first line that is exactly `---`, and closes it only on a line that is exactly `---`", () => {
		const app = createFakeApp({
			"a.md": "--- \ntitle: A\n---\n",
			"b.md": "---\\\ntitle: B\n---\\\n",
			"c.md": "---\ntitle: C\n--- \n---\n",
		});
		expect(app.metadataCache.getFileCache(app.file("a.md"))?.frontmatter).toBeUndefined();
		expect(app.metadataCache.getFileCache(app.file("b.md"))?.frontmatter).toBeUndefined();
		expect(app.metadataCache.getFileCache(app.file("c.md"))?.frontmatter).toBeUndefined();
	});

	it("indexes headings, links and tags outside code", () => {
		const app = createFakeApp({ "q.md": `${QUESTION}\n\`\`\`\n# not a heading [[not-a-link]]\n\`\`\`\n` });
		const cache = app.metadataCache.getFileCache(app.file("q.md"));
		expect(cache?.headings?.map((heading) => [heading.level, heading.heading])).toEqual([[1, "Question (EN)"]]);
		expect(cache?.links).toEqual([expect.objectContaining({ link: "q-mvcc-internals--backend--hard", displayText: "MVCC" })]);
		expect(cache?.tags?.map((tag) => tag.tag)).toEqual(["#database"]);
	});

	it("answers on a later tick after a change, like Obsidian's worker", async () => {
		const app = createFakeApp({ "q.md": QUESTION });
		const file = app.file("q.md");
		const changed = vi.fn<(file: TFile, data: string, cache: CachedMetadata) => void>();
		const resolved = vi.fn();
		app.metadataCache.on("changed", changed);
		app.metadataCache.on("resolved", resolved);

		await app.vault.modify(file, QUESTION.replace("difficulty: medium", "difficulty: hard"));
		expect(changed).not.toHaveBeenCalled();
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.difficulty).toBe("medium");

		await app.flush();
		expect(changed).toHaveBeenCalledOnce();
		const [changedFile, data, cache] = changed.mock.calls[0] ?? [];
		expect(changedFile).toBe(file);
		expect(data).toContain("difficulty: hard");
		expect(cache?.frontmatter?.difficulty).toBe("hard");
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.difficulty).toBe("hard");
		expect(resolved).toHaveBeenCalledOnce();
	});
});

describe("the vault", () => {
	it("renames in place: same object, moved before `rename` fires with the old path, no `changed`", async () => {
		const app = createFakeApp({ "50-Backend/q-acid.md": QUESTION });
		const file = app.file("50-Backend/q-acid.md");
		const seen: [TAbstractFile, string, string][] = [];
		app.vault.on("rename", (renamed, oldPath) => seen.push([renamed, oldPath, renamed.path]));
		const changed = vi.fn();
		app.metadataCache.on("changed", changed);

		await app.vault.rename(file, "archive/q-acid.md");
		await app.flush();

		expect(seen).toEqual([[file, "50-Backend/q-acid.md", "archive/q-acid.md"]]);
		expect(app.vault.getAbstractFileByPath("archive/q-acid.md")).toBe(file);
		expect(app.vault.getAbstractFileByPath("50-Backend/q-acid.md")).toBeNull();
		expect(file.basename).toBe("q-acid");
		expect(file.parent?.path).toBe("archive");
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.id).toBe("be-001");
		expect(changed).not.toHaveBeenCalled();
	});

	it("keeps the object across a modify and stamps it with the fake clock, which Date follows", async () => {
		const app = createFakeApp({ "q.md": QUESTION });
		const file = app.file("q.md");
		expect(file.stat.mtime).toBe(FAKE_NOW);
		expect(Date.now()).toBe(FAKE_NOW);
		app.clock.advance(60_000);
		expect(new Date().toISOString()).toBe("2026-11-23T09:01:00.000Z");
		await app.vault.process(file, (text) => `${text}\nmore`);
		expect(app.vault.getFileByPath("q.md")).toBe(file);
		expect(file.stat).toMatchObject({ ctime: FAKE_NOW, mtime: FAKE_NOW + 60_000 });
		expect(await app.vault.cachedRead(file)).toMatch(/\nmore$/);
	});

	it("tells the cache's `deleted` listeners before the vault's `delete` listeners", async () => {
		const app = createFakeApp({ "q.md": QUESTION });
		const order: string[] = [];
		app.metadataCache.on("deleted", (_file, previous) => order.push(`deleted:${String(previous?.frontmatter?.id)}`));
		app.vault.on("delete", (file) => order.push(`delete:${file.path}`));
		await app.fileManager.trashFile(app.file("q.md"));
		expect(order).toEqual(["deleted:be-001", "delete:q.md"]);
	});

	it("reads a real folder, skipping dot-folders", () => {
		const files = readFolderIntoFiles("test/fixtures/demo-vault");
		expect(Object.keys(files)).toContain("Welcome.md");
		expect(Object.keys(files).some((path) => path.split("/").some((part) => part.startsWith(".")))).toBe(false);
	});
});

describe("processFrontMatter", () => {
	it("rejects broken YAML and leaves the note untouched", async () => {
		const broken = "---\ntitle: [unclosed, list\n---\nbody\n";
		const app = createFakeApp({ "q.md": broken });
		const modified = vi.fn();
		app.vault.on("modify", modified);
		await expect(
			app.fileManager.processFrontMatter(app.file("q.md"), (frontmatter: Record<string, unknown>) => {
				frontmatter.quiz_status = "learning";
			}),
		).rejects.toThrow();
		expect(app.readText("q.md")).toBe(broken);
		expect(modified).not.toHaveBeenCalled();
	});

	it("rewrites the whole block, keeps the body and writes dates unquoted", async () => {
		const app = createFakeApp({ "q.md": QUESTION });
		await app.fileManager.processFrontMatter(app.file("q.md"), (frontmatter: Record<string, unknown>) => {
			frontmatter.quiz_due = "2026-11-24";
		});
		const text = app.readText("q.md") ?? "";
		expect(text).toContain("quiz_due: 2026-11-24\n");
		expect(text).toContain("created: 2025-10-03\n");
		expect(text).toContain("tags:\n  - database\n  - difficulty/medium\n");
		expect(text.slice(text.indexOf("\n---\n") + 5)).toBe(QUESTION.slice(QUESTION.indexOf("\n---\n") + 5));
	});

	it("adds a block to a note without one, even one whose fence Obsidian does not see", async () => {
		const app = createFakeApp({ "plain.md": "# Plain\n", "slash.md": "---\\\nid: x\n---\nbody\n" });
		const mark = (frontmatter: Record<string, unknown>): void => {
			frontmatter.quiz_status = "new";
		};
		await app.fileManager.processFrontMatter(app.file("plain.md"), mark);
		await app.fileManager.processFrontMatter(app.file("slash.md"), mark);
		expect(app.readText("plain.md")).toBe("---\nquiz_status: new\n---\n# Plain\n");
		expect(app.readText("slash.md")).toBe("---\nquiz_status: new\n---\n---\\\nid: x\n---\nbody\n");
	});
});

describe("Component", () => {
	it("unload detaches events, DOM listeners, intervals and children", () => {
		const app = createFakeApp({ "q.md": QUESTION });
		const clicks = vi.fn();
		const childUnloaded = vi.fn();
		const clearInterval = vi.spyOn(window, "clearInterval");
		const child = new (class extends Component {
			override onload(): void {
				this.registerEvent(app.workspace.on("file-open", () => undefined));
			}
			override onunload(): void {
				childUnloaded();
			}
		})();
		const component = new (class extends Component {
			override onload(): void {
				this.registerEvent(app.vault.on("modify", () => undefined));
				this.registerEvent(app.metadataCache.on("changed", () => undefined));
				this.registerDomEvent(document.body, "click", clicks);
				this.registerInterval(window.setInterval(() => undefined, 1000));
				this.addChild(child);
			}
		})();

		component.load();
		expect(app.listenerCount()).toBe(3);
		component.unload();

		expect(app.listenerCount()).toBe(0);
		expect(childUnloaded).toHaveBeenCalledOnce();
		expect(clearInterval).toHaveBeenCalledOnce();
		document.body.click();
		expect(clicks).not.toHaveBeenCalled();
		clearInterval.mockRestore();
	});
});

describe("Plugin", () => {
	class TestPlugin extends Plugin {
		override async onload(): Promise<void> {
			const saved: unknown = await this.loadData();
			this.addCommand({ id: "say", name: "Say", callback: () => new Notice(`saved: ${JSON.stringify(saved)}`) });
			this.addRibbonIcon("dice", "Roll", () => undefined);
			this.registerView("test-view", (leaf) => new TestView(leaf));
			this.registerMarkdownCodeBlockProcessor("iv-test", (source, el) => {
				el.createEl("b", { text: source.toUpperCase() });
			});
			this.registerEvent(this.app.vault.on("create", () => undefined));
		}
	}

	class TestView extends ItemView {
		getViewType(): string {
			return "test-view";
		}
		getDisplayText(): string {
			return "Test";
		}
		protected override async onOpen(): Promise<void> {
			await MarkdownRenderer.render(this.app, "Open [[q]] or [[missing]].\n\n```iv-test\nhi\n```", this.contentEl, "", this);
		}
	}

	it("registers commands, ribbon icons, views and code blocks, and unload takes them all away", async () => {
		const app = createFakeApp({ "q.md": QUESTION }, { pluginData: { "interview-vault": { language: "ru" } } });
		const plugin = await startPlugin(app, TestPlugin, manifest);

		expect(await app.runCommand("interview-vault:say")).toBe(true);
		expect(app.notices()).toEqual(['saved: {"language":"ru"}']);
		expect(app.ribbonEl.find('[aria-label="Roll"]')?.getAttr("data-icon")).toBe("dice");
		expect((await app.renderCodeBlock("iv-test", "abc")).getText()).toBe("ABC");

		const leaf: WorkspaceLeaf | null = app.workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: "test-view", active: true });
		const content = app.workspace.getLeavesOfType("test-view")[0]?.view.containerEl.children[1] as HTMLElement | undefined;
		expect(content?.findAll("a.internal-link").map((a) => [a.getText(), a.hasClass("is-unresolved")])).toEqual([
			["q", false],
			["missing", true],
		]);
		expect(content?.find("b")?.getText()).toBe("HI");

		plugin.unload();
		await app.flush();
		expect(app.commandIds()).toEqual([]);
		expect(app.ribbonEl.childElementCount).toBe(0);
		expect(app.workspace.getLeavesOfType("test-view")).toEqual([]);
		expect(app.listenerCount()).toBe(0);
	});

	it("keeps saveData as JSON, like data.json", async () => {
		const app = createFakeApp();
		const plugin = await startPlugin(app, TestPlugin, manifest);
		await plugin.saveData({ when: new Date(FAKE_NOW), skip: undefined });
		expect(app.pluginData("interview-vault")).toEqual({ when: "2026-11-23T09:00:00.000Z" });
	});
});

describe("the workspace", () => {
	class CountingView extends ItemView {
		static opened = 0;
		static closed = 0;
		getViewType(): string {
			return "counting";
		}
		getDisplayText(): string {
			return "Counting";
		}
		protected override onOpen(): Promise<void> {
			CountingView.opened++;
			return Promise.resolve();
		}
		protected override onClose(): Promise<void> {
			CountingView.closed++;
			return Promise.resolve();
		}
	}

	class ViewPlugin extends Plugin {
		override onload(): void {
			this.registerView("counting", (leaf) => new CountingView(leaf));
		}
	}

	it("waits for the layout, opens registered views in leaves, and closes them on detach", async () => {
		const app = createFakeApp({ "q.md": QUESTION });
		const ready = vi.fn();
		app.workspace.onLayoutReady(ready);
		expect(ready).not.toHaveBeenCalled();
		app.setLayoutReady();
		expect(ready).toHaveBeenCalledOnce();

		await startPlugin(app, ViewPlugin, manifest);
		const activeLeaves: (WorkspaceLeaf | null)[] = [];
		app.workspace.on("active-leaf-change", (leaf) => activeLeaves.push(leaf));
		const leaf = await app.workspace.ensureSideLeaf("counting", "right", { active: true });
		expect(CountingView.opened).toBe(1);
		expect(activeLeaves).toEqual([leaf]);
		expect(app.workspace.getLeavesOfType("counting")).toEqual([leaf]);
		expect(leaf.view.containerEl.isConnected).toBe(true);

		app.workspace.detachLeavesOfType("counting");
		await app.flush();
		expect(CountingView.closed).toBe(1);
		expect(app.workspace.getLeavesOfType("counting")).toEqual([]);
	});

	it("records openLinkText and opens the resolved file", async () => {
		const app = createFakeApp({ "50-Backend/q-acid.md": QUESTION });
		const opened = vi.fn();
		app.workspace.on("file-open", opened);
		await app.workspace.openLinkText("q-acid#Question (EN)", "", false);
		await app.workspace.openLinkText("nowhere", "", true);
		expect(app.openedLinks().map((link) => link.path)).toEqual(["50-Backend/q-acid.md", null]);
		expect(app.workspace.getActiveFile()).toBe(app.file("50-Backend/q-acid.md"));
		expect(opened).toHaveBeenCalledWith(app.file("50-Backend/q-acid.md"));
	});
});

describe("UI stubs", () => {
	class NotePicker extends FuzzySuggestModal<string> {
		chosen: string[] = [];
		constructor(
			app: App,
			private readonly names: string[],
		) {
			super(app);
		}
		getItems(): string[] {
			return this.names;
		}
		getItemText(item: string): string {
			return item;
		}
		onChooseItem(item: string): void {
			this.chosen.push(item);
		}
	}

	it("suggests fuzzily and reports the choice after closing", async () => {
		const app = createFakeApp();
		const picker = new NotePicker(app, ["q-acid-properties", "q-cap-theorem", "q-cache-stampede"]);
		picker.open();
		picker.inputEl.value = "cap";
		picker.inputEl.dispatchEvent(new Event("input"));
		await app.flush();
		const items = picker.resultContainerEl.findAll(".suggestion-item");
		expect(items.map((item) => item.getText())).toEqual(["q-cap-theorem", "q-cache-stampede"]);
		items[0]?.click();
		expect(picker.chosen).toEqual(["q-cap-theorem"]);
		expect(app.openModals()).toEqual([]);
	});

	it("opens modals in the document and closes them", () => {
		const app = createFakeApp();
		const modal = new Modal(app).setTitle("Hello");
		modal.open();
		expect(app.openModals()).toEqual([modal]);
		expect(document.body.find(".modal-title")?.getText()).toBe("Hello");
		modal.close();
		expect(app.openModals()).toEqual([]);
		expect(document.body.find(".modal-container")).toBeNull();
	});

	it("builds real inputs that call onChange", () => {
		const changes: unknown[] = [];
		const container = createDiv();
		new Setting(container)
			.setName("Prefix")
			.addText((text) => text.setValue("quiz_").onChange((value) => changes.push(value)))
			.addToggle((toggle) => toggle.onChange((value) => changes.push(value)))
			.addDropdown((dropdown) => dropdown.addOptions({ en: "English", ru: "Russian" }).onChange((value) => changes.push(value)));

		const input = container.find("input[type=text]") as HTMLInputElement;
		expect(input.value).toBe("quiz_");
		input.value = "srs_";
		input.dispatchEvent(new Event("input"));
		container.find(".checkbox-container")?.click();
		const select = container.find("select") as HTMLSelectElement;
		select.value = "ru";
		select.dispatchEvent(new Event("change"));

		expect(changes).toEqual(["srs_", true, "ru"]);
		expect(container.find(".setting-item-name")?.getText()).toBe("Prefix");
	});
});

describe("DOM helpers", () => {
	it("createEl builds the element Obsidian would", () => {
		const parent = createDiv({ cls: "root" });
		parent.createSpan({ text: "first" });
		const link = parent.createEl("a", { cls: ["a", "b"], text: "Go", href: "#x", attr: { "data-n": 3, hidden: null }, prepend: true }, (el) => el.addClass("c"));
		const div = parent.createDiv("one two");

		expect(parent.firstChild).toBe(link);
		expect(link.className).toBe("a b c");
		expect(link.getAttr("href")).toBe("#x");
		expect(link.getAttr("data-n")).toBe("3");
		expect(div.hasClass("one") && div.hasClass("two")).toBe(true);
		expect(parent.findAll("span").map((span) => span.getText())).toEqual(["first"]);

		div.toggleClass("one", false);
		div.setText("Some text");
		expect(div.hasClass("one")).toBe(false);
		expect(div.getText()).toBe("Some text");
		div.detach();
		expect(parent.find("div")).toBeNull();
		parent.empty();
		expect(parent.childNodes.length).toBe(0);
		expect(parent.instanceOf(HTMLDivElement)).toBe(true);
		expect(activeDocument).toBe(document);
		expect(createFragment((fragment) => fragment.createEl("p", { text: "Inside" })).find("p")?.getText()).toBe("Inside");
	});
});

describe("loadPluginBundle", () => {
	it("runs the built main.js against the same stub the tests import", async () => {
		const app = createFakeApp(readFolderIntoFiles("test/fixtures/demo-vault"));
		const plugin = await startPlugin(app, loadPluginBundle());
		app.setLayoutReady();
		await app.flush();

		expect(await app.runCommand("interview-vault:show-index-problems")).toBe(true);
		await app.flush();
		const modal = app.openModals()[0];
		expect(modal?.contentEl.findAll(".interview-vault-health-item").length).toBeGreaterThan(0);
		modal?.contentEl.find(".interview-vault-health-file")?.click();
		await app.flush();
		expect(app.workspace.getActiveFile()?.path).toMatch(/\.md$/);

		plugin.unload();
		await app.flush();
		expect(app.listenerCount()).toBe(0);
	});
});
