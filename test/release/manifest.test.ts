import { Linter } from "eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import { readFileSync } from "fs";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const text = readFileSync("manifest.json", "utf8");
const manifest = JSON.parse(text) as Record<string, unknown>;

/** The obsidianmd rule the plugin review runs on manifest.json (it rejects a ":" in the description). */
function validateManifest(source: string): string[] {
	const config = [{ files: ["**/manifest.json"], plugins: { obsidianmd }, languageOptions: { parser: tseslint.parser }, rules: { "obsidianmd/validate-manifest": "error" as const } }];
	return new Linter({ configType: "flat" }).verify(source, config, "manifest.json").map((m) => m.message);
}

describe("manifest.json", () => {
	it("passes eslint-plugin-obsidianmd's validate-manifest rule", () => {
		expect(validateManifest(text)).toEqual([]);
	});

	it("the rule is really run: a description with a colon is refused", () => {
		const colon = JSON.stringify({ ...manifest, description: "Study questions: quizzes and a dashboard." }, null, "\t");
		expect(validateManifest(colon)).toEqual([expect.stringContaining("description")]);
	});

	it("meets the community-plugins submission checks", () => {
		const keys = ["id", "name", "version", "minAppVersion", "description", "author", "isDesktopOnly"];
		expect(Object.keys(manifest).filter((key) => !["authorUrl", "fundingUrl", "helpUrl", ...keys].includes(key))).toEqual([]);
		for (const key of keys) expect(manifest).toHaveProperty(key);
		const { id, name, description, version } = manifest as Record<"id" | "name" | "description" | "version", string>;
		expect(id).toMatch(/^[a-z0-9-_]+$/);
		for (const value of [id, name, description]) expect(value.toLowerCase()).not.toContain("obsidian");
		expect(`${id} ${name}`.toLowerCase()).not.toMatch(/plugin\b/);
		expect(description).toMatch(/[.?!)]$/);
		expect(description.length).toBeLessThanOrEqual(250);
		expect(description.toLowerCase()).not.toContain("this plugin");
		expect(version).toMatch(/^[0-9.]+$/);
	});

	it("no Obsidian API newer than minAppVersion can be used: the typings are that version's", () => {
		// The obsidian package's .d.ts is what the code type-checks against (and what obsidianmd/no-unsupported-api reads).
		const typings = JSON.parse(readFileSync("node_modules/obsidian/package.json", "utf8")) as { version: string };
		const pinned = (JSON.parse(readFileSync("package.json", "utf8")) as { devDependencies: Record<string, string> }).devDependencies.obsidian;
		expect(typings.version).toBe(manifest.minAppVersion);
		expect(pinned).toBe(manifest.minAppVersion);
	});
});
