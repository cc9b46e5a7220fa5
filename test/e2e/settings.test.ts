import { describe, expect, it, vi } from "vitest";
import { SETTINGS_VERSION } from "../../src/settings/settings";
import { startDemo } from "./support";

const DIR = ".obsidian/plugins/interview-vault";

describe("stored settings through main.js", () => {
	it("an unparseable data.json: defaults in use, a copy of the old file kept, and a notice saying so", async () => {
		const broken = '{"questionFolders": ["Interview",';
		const { app, plugin } = await startDemo({ pluginData: { "interview-vault": broken } });
		expect((plugin as unknown as { settings: { questionFolders: string[] } }).settings.questionFolders).toEqual([]);
		const copies = [...app.fakes.vault.adapter.files.keys()].filter((path) => path.startsWith(`${DIR}/data.backup-`));
		expect(copies).toHaveLength(1);
		expect(app.fakes.vault.adapter.files.get(copies[0] ?? "")).toBe(broken);
		expect(app.notices().join("\n")).toMatch(/could not be read.*A copy of the old file is in \.obsidian\/plugins\/interview-vault\/data\.backup-/s);
		expect(app.pluginData("interview-vault")).toMatchObject({ settingsVersion: SETTINGS_VERSION, questionFolders: [] });
	});

	it("settings from an older version are brought forward, with a copy of the old file", async () => {
		const { app, plugin } = await startDemo({ pluginData: { "interview-vault": { questionFolder: "Interview", language: "RU" } } });
		expect((plugin as unknown as { settings: { questionFolders: string[]; language: string } }).settings).toMatchObject({ questionFolders: ["Interview"], language: "ru" });
		expect(app.notices().join("\n")).toMatch(/older version \(0\) were brought up to date/);
		expect([...app.fakes.vault.adapter.files.keys()].some((path) => path.startsWith(`${DIR}/data.backup-`))).toBe(true);
	});

	it("current settings load quietly, with no copy", async () => {
		const { app } = await startDemo({ pluginData: { "interview-vault": { settingsVersion: SETTINGS_VERSION, newPerDay: 5 } } });
		expect(app.notices()).toEqual([]);
		// The only file beside data.json is the saved analyses of the notes (the warm start's), no copy of the settings.
		expect([...app.fakes.vault.adapter.files.keys()]).toEqual([`${DIR}/analyses.json`]);
	});
});

/** Longer than the plugin's pause after the last key before it reads the notes again. */
const afterTypingPause = () => new Promise((resolve) => setTimeout(resolve, 1200));

describe("changing settings through main.js", () => {
	it("typing a folder name in the settings re-reads the notes once, after the typing stops", async () => {
		const { app, plugin } = await startDemo();
		const tab = app.openSettingTab("interview-vault");
		const field = [...tab.querySelectorAll<HTMLElement>(".setting-item")].find((item) => item.textContent?.includes("Question folders"))?.querySelector("input");
		if (!field) throw new Error("no Question folders field");
		const reads = vi.spyOn(app.vault, "getMarkdownFiles");
		for (const typed of ["9", "90", "90-", "90-M", "90-MOCs"]) {
			field.value = typed;
			field.dispatchEvent(new Event("input"));
		}
		await app.flush();
		expect(reads).not.toHaveBeenCalled();
		expect(app.pluginData("interview-vault")).toMatchObject({ questionFolders: ["90-MOCs"] });
		await afterTypingPause();
		await app.flush();
		expect(reads).toHaveBeenCalledTimes(1);
		expect((plugin as unknown as { settings: { questionFolders: string[] } }).settings.questionFolders).toEqual(["90-MOCs"]);
	});

	it("settings synced from another device are taken up, and the notes re-read when recognition changed", async () => {
		const { app, plugin } = await startDemo();
		const questions = plugin.index.questions().length;
		expect(questions).toBeGreaterThan(0);
		const synced = { settingsVersion: 1, newPerDay: 3, recognizeByDifficultyProperty: false, recognizeByFileName: false, questionFolders: [] };
		await app.vault.adapter.write(`${DIR}/data.json`, JSON.stringify(synced));
		await (plugin as unknown as { onExternalSettingsChange(): Promise<void> }).onExternalSettingsChange();
		expect((plugin as unknown as { settings: { newPerDay: number } }).settings.newPerDay).toBe(3);
		await afterTypingPause();
		await app.flush();
		expect(plugin.index.questions()).toHaveLength(0);
	});

	it("a settings field refuses what data.json would refuse: marked, not saved, the last good value kept", async () => {
		const { app, plugin } = await startDemo();
		const tab = app.openSettingTab("interview-vault");
		const type = (name: string, typed: string) => {
			const item = [...tab.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
			const input = item?.querySelector("input");
			if (!item || !input) throw new Error(`no field ${name}`);
			input.value = typed;
			input.dispatchEvent(new Event("input"));
			return item.querySelector(".setting-item-description")?.classList.contains("mod-warning");
		};
		const settings = () => (plugin as unknown as { settings: { reviewLogFolder: string; hireThreshold: number; newPerDay: number } }).settings;
		const before = { ...settings() };
		expect(type("Review log folder", ".hidden/log")).toBe(true);
		expect(type("Hire threshold", "6")).toBe(true);
		expect(type("New questions per day", "-1")).toBe(true);
		await app.flush();
		expect(settings()).toMatchObject({ reviewLogFolder: before.reviewLogFolder, hireThreshold: before.hireThreshold, newPerDay: before.newPerDay });
		expect(type("New questions per day", "7")).toBe(false);
		await app.flush();
		expect(settings().newPerDay).toBe(7);
	});
});
