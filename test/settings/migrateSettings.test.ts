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

describe("the scheduling group (version 2)", () => {
	it("brings version 1 forward with the scheduling defaults and says it was migrated", () => {
		const { settings, warnings, migratedFrom } = migrateSettings({ settingsVersion: 1, newPerDay: 4 });
		expect(settings.scheduling).toEqual(DEFAULT_SETTINGS.scheduling);
		expect(settings).toMatchObject({ settingsVersion: 2, newPerDay: 4 });
		expect(migratedFrom).toBe(1);
		expect(warnings).toEqual([]);
	});

	it("keeps good scheduling values, resets a bad one by itself and names it", () => {
		const weights = Array.from({ length: 21 }, (_, i) => i / 10);
		const { settings, warnings } = migrateSettings({
			settingsVersion: 2,
			scheduling: { desiredRetention: 0.85, maximumInterval: 0, fsrsParameters: weights, reviewsPerDay: 50, studyGuideWeeks: "Week 1: SQL" },
		});
		expect(settings.scheduling).toMatchObject({ desiredRetention: 0.85, maximumInterval: 36_500, fsrsParameters: weights, reviewsPerDay: 50, studyGuideWeeks: "Week 1: SQL" });
		expect(warnings).toEqual([expect.stringContaining("scheduling.maximumInterval")]);
	});

	it("refuses a parameter list FSRS cannot use", () => {
		const { settings, warnings } = migrateSettings({ settingsVersion: 2, scheduling: { fsrsParameters: [1, 2, 3] } });
		expect(settings.scheduling.fsrsParameters).toEqual([]);
		expect(warnings).toHaveLength(1);
	});

	it("gives each load its own copy of the group", () => {
		const first = migrateSettings(null).settings;
		first.scheduling.fsrsParameters.push(1);
		expect(migrateSettings(null).settings.scheduling.fsrsParameters).toEqual([]);
	});
});
