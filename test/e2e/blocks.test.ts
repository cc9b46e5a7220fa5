import { Plugin, type PluginManifest } from "obsidian";
import { describe, expect, it } from "vitest";
import { readFolderIntoFiles, type FakeApp } from "../obsidian/FakeApp";
import { DEMO_VAULT, startDemo } from "./support";

const MOC = "90-MOCs/moc-backend.md";
const NOTE = "50-Backend/q-acid-properties--backend--easy.md";

/** The MOC's dataview blocks, in order, as Obsidian hands them to a code block processor. */
function mocBlocks(app: FakeApp): string[] {
	const text = app.readText(MOC) ?? "";
	return [...text.matchAll(/```dataview\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
}

/** A ```dataview block rendered as a reading view renders it: processors, then post-processors. */
async function renderDataview(app: FakeApp, source: string, path = MOC): Promise<HTMLElement> {
	const el = await app.renderMarkdown(`\`\`\`dataview\n${source}\n\`\`\`\n`, path);
	return el.querySelector<HTMLElement>(".block-language-dataview") ?? el;
}

/** Dataview, as far as Obsidian sees it: a plugin that registers the `dataview` code block processor. */
class FakeDataview extends Plugin {
	override onload(): void {
		this.registerMarkdownCodeBlockProcessor("dataview", (_source, el) => {
			el.setText("Drawn by Dataview");
		});
		this.app.metadataCache.trigger("dataview:index-ready");
	}
}

function rowsOf(el: HTMLElement): string[] {
	return [...el.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "").join(" | "));
}

describe("the MOC's blocks through main.js, without Dataview", () => {
	it("renders every dataview block of the MOC from the index", async () => {
		const { app } = await startDemo();
		const blocks = mocBlocks(app);
		expect(blocks).toHaveLength(7);
		for (const source of blocks) {
			const el = await renderDataview(app, source);
			expect(el.querySelector(".interview-vault-notice")).toBeNull();
			expect(el.querySelectorAll("tbody tr").length).toBeGreaterThan(0);
		}
	});

	it("shows a question's changed difficulty within the same block, without a rescan", async () => {
		const { app } = await startDemo();
		const easy = mocBlocks(app)[0] ?? "";
		const el = await renderDataview(app, easy);
		expect(rowsOf(el).some((row) => row.includes("q-acid-properties"))).toBe(true);
		const text = app.readText(NOTE) ?? "";
		await app.writeText(NOTE, text.replace(/^difficulty: .*$/m, "difficulty: hard"));
		await app.flush();
		expect(rowsOf(el).some((row) => row.includes("q-acid-properties"))).toBe(false);
		const hard = await renderDataview(app, mocBlocks(app)[2] ?? "");
		expect(rowsOf(hard).some((row) => row.includes("q-acid-properties"))).toBe(true);
	});

	it("redraws a native block after an edit, but not a hidden one until it is shown", async () => {
		const { app } = await startDemo();
		const shown = await app.renderCodeBlock("interview-vault", "difficulty: easy\nview: counts", MOC);
		const hidden = await app.renderCodeBlock("interview-vault", "difficulty: easy\nview: counts", MOC);
		hidden.hide();
		const countOf = (el: HTMLElement) => el.querySelector("tbody td:last-child")?.textContent;
		expect(countOf(shown)).toBe("18");
		await app.writeText(NOTE, (app.readText(NOTE) ?? "").replace(/^difficulty: .*$/m, "difficulty: hard"));
		await app.flush();
		expect(countOf(shown)).toBe("17");
		expect(countOf(hidden)).toBe("18");
		hidden.show();
		app.workspace.trigger("layout-change");
		await app.flush();
		expect(countOf(hidden)).toBe("17");
	});

	it("shows a clear notice for a query outside the subset and never runs dataviewjs", async () => {
		const { app } = await startDemo();
		const el = await renderDataview(app, 'CALENDAR created FROM "50-Backend"');
		expect(el.textContent).toBe("Interview Vault: line 1: not supported by Interview Vault: CALENDAR queries (use a TABLE of the dates instead)");
		expect(app.commandIds()).not.toContain("dataviewjs");
		await expect(app.renderCodeBlock("dataviewjs", "dv.paragraph('x')", MOC)).rejects.toThrow(/No code block processor/);
	});

	it("leaves dataview blocks to Dataview when it is enabled", async () => {
		const { app } = await startDemo({ enabledPlugins: ["dataview"] }, readFolderIntoFiles(DEMO_VAULT));
		const el = await renderDataview(app, "LIST");
		expect(el.querySelector("pre > code.language-dataview")).not.toBeNull();
		expect(el.querySelector(".interview-vault-dataview")).toBeNull();
	});

	it("shows TASK results read-only: a checkbox click opens the note at the task and changes nothing", async () => {
		const files = { ...readFolderIntoFiles(DEMO_VAULT), "Plans/week.md": "# Week\n\n- [ ] Review the ACID question\n- [x] Read about MVCC\n" };
		const { app } = await startDemo({}, files);
		const el = await renderDataview(app, 'TASK FROM "Plans"', "Plans/week.md");
		const boxes = [...el.querySelectorAll<HTMLInputElement>("input.task-list-item-checkbox")];
		expect(boxes.map((box) => [box.checked, box.parentElement?.textContent?.trim()])).toEqual([
			[false, "Review the ACID question"],
			[true, "Read about MVCC"],
		]);
		boxes[0]?.click();
		await app.flush();
		expect(boxes[0]?.checked).toBe(false);
		expect(app.readText("Plans/week.md")).toBe(files["Plans/week.md"]);
		expect(app.openedLinks().at(-1)).toMatchObject({ linktext: "Plans/week.md" });
	});
});

describe("Dataview enabled while Interview Vault runs, through main.js", () => {
	const manifest: PluginManifest = { id: "dataview", name: "Dataview", version: "0.5.70", minAppVersion: "0.13.11", author: "test", description: "stand-in" };

	it("lets Dataview register its code block processor, and hands our blocks back to it", async () => {
		const { app } = await startDemo();
		const ours = await renderDataview(app, mocBlocks(app)[0] ?? "");
		expect(ours.querySelectorAll("tbody tr").length).toBeGreaterThan(0);
		const holder = ours.parentElement;

		// Obsidian allows one processor per language: had we registered one, this would throw.
		await app.enablePlugin("dataview", new FakeDataview(app, manifest));

		// The block we drew is raw code again, for Dataview to draw when the view renders next.
		expect(holder?.querySelector(".interview-vault-dataview")).toBeNull();
		expect(holder?.querySelector("pre > code.language-dataview")?.textContent).toContain("TABLE file.link");
		const again = await app.renderMarkdown("```dataview\nLIST\n```\n", MOC);
		expect(again.textContent).toBe("Drawn by Dataview");
		expect(again.querySelector(".interview-vault-dataview")).toBeNull();
	});
});

describe("Convert this note's Dataview blocks, through main.js", () => {
	const NOTE_WITH_BLOCKS = "Notes/design-overview.md";
	const TEXT = 'Design questions:\n\n```dataview\nTABLE difficulty\nFROM "60-SystemDesign"\nSORT file.name ASC\n```\n\n```dataview\nTASK\n```\n';

	it("previews every block, converts the chosen one, and undoes it while the note is unchanged", async () => {
		const { app } = await startDemo({}, { ...readFolderIntoFiles(DEMO_VAULT), [NOTE_WITH_BLOCKS]: TEXT });
		app.setActiveFile(NOTE_WITH_BLOCKS);
		expect(await app.runCommand("interview-vault:convert-dataview-blocks")).toBe(true);
		await app.flush();
		const modal = app.openModals()[0];
		const items = [...(modal?.contentEl.querySelectorAll(".interview-vault-convert-item") ?? [])];
		expect(items.map((item) => item.querySelector(".interview-vault-convert-head")?.textContent)).toEqual([
			"Line 3: same rows",
			"Line 9: stays as it is (a TASK query has no native form)",
		]);
		expect(items[0]?.querySelector<HTMLInputElement>("input[type=checkbox]")?.checked).toBe(true);
		[...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Convert selected")?.click();
		await app.flush();
		const converted = app.readText(NOTE_WITH_BLOCKS) ?? "";
		expect(converted).toContain("```interview-vault\nfrom: 60-SystemDesign\ncolumns: [title, difficulty]\nsort: file\nview: table\n```");
		expect(converted).toContain("```dataview\nTASK\n```");
		const block = await app.renderCodeBlock("interview-vault", "from: 60-SystemDesign\ncolumns: [title, difficulty]\nsort: file\nview: table", NOTE_WITH_BLOCKS);
		expect(block.querySelectorAll("tbody tr")).toHaveLength(4);

		expect(await app.runCommand("interview-vault:undo-dataview-conversion")).toBe(true);
		await app.flush();
		expect(app.readText(NOTE_WITH_BLOCKS)).toBe(TEXT);
		expect(await app.runCommand("interview-vault:undo-dataview-conversion")).toBe(false);
	});

	it("lands on the one undo stack with the repairs: each undo command takes back its own action, newest first", async () => {
		const BACKSLASH = "50-Backend/q-broken-backslash-fence--backend--medium.md";
		const { app } = await startDemo({}, { ...readFolderIntoFiles(DEMO_VAULT), [NOTE_WITH_BLOCKS]: TEXT });
		const broken = app.readText(BACKSLASH);
		await app.runCommand("interview-vault:repair-frontmatter-fences");
		await app.flush();
		const click = (label: string) => [...(app.openModals().at(-1)?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === label)?.click();
		click("Repair selected");
		await app.flush();
		expect(app.readText(BACKSLASH)).not.toBe(broken);
		app.setActiveFile(NOTE_WITH_BLOCKS);
		await app.runCommand("interview-vault:convert-dataview-blocks");
		await app.flush();
		click("Convert selected");
		await app.flush();
		expect(app.readText(NOTE_WITH_BLOCKS)).not.toBe(TEXT);

		expect(await app.runCommand("interview-vault:undo-fence-repair")).toBe(true);
		await app.flush();
		expect(app.readText(BACKSLASH)).toBe(broken);
		expect(app.readText(NOTE_WITH_BLOCKS)).not.toBe(TEXT);
		expect(await app.runCommand("interview-vault:undo-fence-repair")).toBe(false);
		// The documents' own undo has nothing of these two actions to take back.
		expect(await app.runCommand("interview-vault:undo-document-change")).toBe(false);
		expect(await app.runCommand("interview-vault:undo-dataview-conversion")).toBe(true);
		await app.flush();
		expect(app.readText(NOTE_WITH_BLOCKS)).toBe(TEXT);
	});
});
