import { describe, expect, it } from "vitest";
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
		expect(app.fakes.vault.adapter.files.size).toBe(0);
	});
});
