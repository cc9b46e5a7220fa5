import { describe, expect, it } from "vitest";
import { migrateSettings } from "../../src/settings/migrateSettings";
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from "../../src/settings/settings";

describe("migrateSettings", () => {
	it("gives a fresh copy of the defaults for a new install, never the shared defaults object", () => {
		const { settings, warnings } = migrateSettings(null);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		settings.questionFolders.push("x");
		expect(DEFAULT_SETTINGS.questionFolders).toEqual([]);
		expect(warnings).toEqual([]);
	});

	it("moves the unversioned layout forward: one comma-separated folder text, any-case language", () => {
		const { settings, warnings } = migrateSettings({ questionFolder: "Interview, Backend/Qs", language: "RU", propertyPrefix: "sr_" });
		expect(settings).toMatchObject({
			settingsVersion: SETTINGS_VERSION,
			questionFolders: ["Interview", "Backend/Qs"],
			language: "ru",
			propertyPrefix: "sr_",
		});
		expect(warnings).toEqual([]);
	});

	it("keeps current values and fills what is missing from the defaults", () => {
		const { settings } = migrateSettings({ settingsVersion: 1, recognizeByFileName: false });
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, recognizeByFileName: false });
	});

	it("resets values of the wrong type and says which", () => {
		const { settings, warnings } = migrateSettings({ settingsVersion: 1, questionFolders: 7, propertyPrefix: "has space", language: "de" });
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(warnings).toHaveLength(3);
	});

	it("falls back to the defaults, with a warning, when the stored data is not an object", () => {
		expect(migrateSettings("garbage")).toEqual({ settings: DEFAULT_SETTINGS, warnings: [expect.stringContaining("not readable")] });
	});
});
