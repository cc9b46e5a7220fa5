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

function rowsOf(el: HTMLElement): string[] {
	return [...el.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "").join(" | "));
}

describe("the MOC's blocks through main.js, without Dataview", () => {
	it("renders every dataview block of the MOC from the index", async () => {
		const { app } = await startDemo();
		const blocks = mocBlocks(app);
		expect(blocks).toHaveLength(7);
		for (const source of blocks) {
			const el = await app.renderCodeBlock("dataview", source, MOC);
			expect(el.querySelector(".interview-vault-notice")).toBeNull();
			expect(el.querySelectorAll("tbody tr").length).toBeGreaterThan(0);
		}
	});

	it("shows a question's changed difficulty within the same block, without a rescan", async () => {
		const { app } = await startDemo();
		const easy = mocBlocks(app)[0] ?? "";
		const el = await app.renderCodeBlock("dataview", easy, MOC);
		expect(rowsOf(el).some((row) => row.includes("q-acid-properties"))).toBe(true);
		const text = app.readText(NOTE) ?? "";
		await app.writeText(NOTE, text.replace(/^difficulty: .*$/m, "difficulty: hard"));
		await app.flush();
		expect(rowsOf(el).some((row) => row.includes("q-acid-properties"))).toBe(false);
		const hard = await app.renderCodeBlock("dataview", mocBlocks(app)[2] ?? "", MOC);
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
		const el = await app.renderCodeBlock("dataview", 'TASK FROM "50-Backend"', MOC);
		expect(el.textContent).toBe('Interview Vault: line 1: not supported by Interview Vault: TASK queries');
		expect(app.commandIds()).not.toContain("dataviewjs");
		await expect(app.renderCodeBlock("dataviewjs", "dv.paragraph('x')", MOC)).rejects.toThrow(/No code block processor/);
	});

	it("leaves dataview blocks to Dataview when it is enabled", async () => {
		const { app } = await startDemo({ enabledPlugins: ["dataview"] }, readFolderIntoFiles(DEMO_VAULT));
		await expect(app.renderCodeBlock("dataview", "LIST", MOC)).rejects.toThrow(/No code block processor/);
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
			"Line 9: stays as it is (not supported by Interview Vault: TASK queries)",
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
});
