import { readFileSync } from "fs";
import { builtinModules } from "module";
import { describe, expect, it } from "vitest";

/** The plugin runs on Obsidian mobile too (isDesktopOnly: false), where Node does not exist. */
describe("the built main.js", () => {
	const bundle = readFileSync("main.js", "utf8");
	const requires = [...bundle.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);

	it("requires nothing but obsidian", () => {
		expect(requires.length).toBeGreaterThan(0);
		expect(new Set(requires)).toEqual(new Set(["obsidian"]));
	});

	it("loads no Node built-in module in any form, and uses no Buffer or Node-only global", () => {
		const builtins = builtinModules.filter((name) => !name.startsWith("_"));
		for (const name of builtins) {
			const quoted = `["'\`](node:)?${name.replace("/", "\\/")}["'\`]`;
			expect(bundle, `loads the Node module "${name}"`).not.toMatch(new RegExp(`(require|import)\\(\\s*${quoted}|from\\s*${quoted}`));
		}
		expect(bundle).not.toMatch(/\bBuffer\b/);
		expect(bundle).not.toMatch(/\b(__dirname|__filename)\b/);
		expect(bundle).not.toMatch(/\bprocess\.(env|cwd|argv|platform|exit|nextTick|versions)\b/);
	});

	it("uses no eval and no Function constructor", () => {
		expect(bundle).not.toMatch(/\beval\(/);
		expect(bundle).not.toMatch(/new Function\(/);
	});
});
