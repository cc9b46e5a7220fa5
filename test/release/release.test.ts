import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { describe, expect, it } from "vitest";

function bump(dir: string, version: string): void {
	const run = spawnSync(process.execPath, ["version-bump.mjs"], { cwd: dir, env: { ...process.env, npm_package_version: version }, encoding: "utf8" });
	expect(run.status, run.stderr).toBe(0);
}

const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

describe("npm run version", () => {
	it("moves manifest.json and versions.json to the new version together, keeping older entries", () => {
		const dir = mkdtempSync(join(tmpdir(), "interview-vault-version-"));
		try {
			for (const file of ["manifest.json", "versions.json", "version-bump.mjs"]) copyFileSync(file, join(dir, file));
			const minApp = json("manifest.json").minAppVersion;
			bump(dir, "0.2.0");
			bump(dir, "0.2.1");
			expect(json(join(dir, "manifest.json"))).toMatchObject({ version: "0.2.1", minAppVersion: minApp });
			expect(json(join(dir, "versions.json"))).toMatchObject({ "0.1.0": minApp, "0.2.0": minApp, "0.2.1": minApp });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("keeps package.json, manifest.json and versions.json in step in the repository", () => {
		const version = json("package.json").version as string;
		expect(json("manifest.json").version).toBe(version);
		expect(json("versions.json")[version]).toBe(json("manifest.json").minAppVersion);
	});
});

describe("the production bundle", () => {
	const bundle = readFileSync("main.js", "utf8");

	it("is minified", () => {
		const lines = bundle.split("\n").length;
		expect(bundle.length / lines).toBeGreaterThan(500);
	});

	it("opens with a banner naming each bundled package and its licence, and nothing that is not bundled", () => {
		const banner = bundle.slice(0, bundle.indexOf("*/") + 2);
		const listed = [...banner.matchAll(/^ \* (\S+) [\d.]+: (\S+)/gm)].map((m) => [m[1], m[2]?.replace(/,$/, "")]);
		expect(listed).toEqual([["minisearch", "MIT"], ["ts-fsrs", "MIT"]]);
		for (const [name] of listed) expect(readFileSync(`node_modules/${name}/package.json`, "utf8")).toContain('"license": "MIT"');
	});
});

/**
 * Built-ins and CSS that the oldest WebViews Obsidian's mobile app still runs on lack (ES2022 and
 * later; Safari before 15.4). esbuild lowers syntax to ES2020 but leaves built-ins and CSS alone.
 */
const NEWER_BUILT_INS = [
	// A method call, not a spread of a minified function that happens to be called `at` (`...at(`).
	/(?<!\.)\.(?:at|findLast|findLastIndex|toSorted|toReversed|toSpliced)\(/,
	/\b(?:Object\.hasOwn|structuredClone|Array\.fromAsync|Object\.groupBy|Map\.groupBy)\(/,
];
const NEWER_CSS = [/color-mix\(/, /:has\(/, /@container\b/, /@layer\b/, /\b\d+(?:\.\d+)?(?:dvh|svh|lvh|dvw|svw|lvw)\b/, /^\s*&/m];

/** The stylesheet without the blocks that apply only where `color-mix()` exists. */
function withoutColorMixFallbacks(css: string): string {
	return css.replace(/@supports \(color: color-mix\([^)]*\)\) \{(?:[^{}]*\{[^{}]*\})*\s*\}/g, "");
}

describe("what older mobile WebViews can run", () => {
	it("main.js calls no built-in newer than ES2021", () => {
		const bundle = readFileSync("main.js", "utf8");
		expect(NEWER_BUILT_INS.flatMap((pattern) => bundle.match(new RegExp(`.{0,40}${pattern.source}`, "g")) ?? [])).toEqual([]);
	});

	it("styles.css uses color-mix() only inside @supports, with a plain colour before it, and nothing newer", () => {
		const css = readFileSync("styles.css", "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
		expect(css).toContain("color-mix(");
		expect(NEWER_CSS.filter((pattern) => pattern.test(withoutColorMixFallbacks(css))).map(String)).toEqual([]);
	});

	it("the scan finds each of them when present", () => {
		expect(NEWER_BUILT_INS.filter((pattern) => pattern.test("x.at(-1)"))).toHaveLength(1);
		expect(NEWER_BUILT_INS.filter((pattern) => pattern.test("f({...at(i,s)})") || pattern.test("Object.hasOwnProperty(x)"))).toEqual([]);
		expect(NEWER_BUILT_INS.filter((pattern) => pattern.test("Object.hasOwn(o,k)"))).toHaveLength(1);
		expect(NEWER_CSS.some((pattern) => pattern.test(withoutColorMixFallbacks(".a { color: color-mix(in srgb, red, blue); }")))).toBe(true);
		expect(withoutColorMixFallbacks("@supports (color: color-mix(in srgb, currentColor 50%, transparent)) {\n\t.a { color: color-mix(x); }\n}")).toBe("");
	});
});

describe("styles.css", () => {
	const css = readFileSync("styles.css", "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

	it("scopes every rule to the plugin's own classes", () => {
		// An @supports block's prelude is a condition, not a selector: its rules are checked as any other.
		const selectors = [...css.replace(/@supports[^{]*\{/g, "").matchAll(/([^{}]+)\{/g)].flatMap((m) => (m[1] ?? "").split(",")).map((s) => s.trim()).filter((s) => s !== "");
		expect(selectors.length).toBeGreaterThan(20);
		expect(selectors.filter((selector) => !selector.includes(".interview-vault"))).toEqual([]);
	});

	it("takes every colour from Obsidian's theme variables", () => {
		const declarations = [...css.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)].map((m) => [m[1] ?? "", m[2] ?? ""]);
		const literalColours = declarations.filter(([, value = ""]) => /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|\b(white|black|red|green|blue|grey|gray)\b/i.test(value.replace(/var\([^)]*\)/g, "")));
		expect(literalColours).toEqual([]);
	});
});

describe("the release path", () => {
	it("tags versions without a 'v' (.npmrc), as the community-plugin review requires", () => {
		expect(readFileSync(".npmrc", "utf8")).toMatch(/^tag-version-prefix=""$/m);
	});

	it("the release workflow runs on such a tag and attaches main.js, manifest.json and styles.css", () => {
		const workflow = readFileSync(".github/workflows/release.yml", "utf8");
		expect(workflow).toContain('- "[0-9]+.[0-9]+.[0-9]+"');
		expect(workflow).toMatch(/gh release create "\$GITHUB_REF_NAME" main\.js manifest\.json styles\.css/);
	});

	it("CHANGELOG.md has a section for the manifest's version, which becomes the release notes", () => {
		const version = json("manifest.json").version as string;
		const notes = spawnSync(process.execPath, ["scripts/release-notes.mjs", version], { encoding: "utf8" });
		expect(notes.status, notes.stderr).toBe(0);
		expect(notes.stdout.trim().length).toBeGreaterThan(20);
		expect(spawnSync(process.execPath, ["scripts/release-notes.mjs", "0.0.0-none"], { encoding: "utf8" }).status).toBe(1);
	});
});
