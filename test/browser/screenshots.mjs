/**
 * `npm run screenshots` (after `npm run build`): the plugin's views in headless Chromium, light
 * and dark, saved as docs/screenshots/<name>-<theme>.png.
 *
 * Builds the harness page (build.mjs), bundles the TypeScript driver (screenshots.ts, which shares
 * session.ts with the browser test) into node_modules/.cache, and runs it in a child Node process.
 * The browser is Debian's /usr/bin/chromium, driven by playwright-core; nothing is downloaded.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import esbuild from "esbuild";
import { buildHarness, DEFAULT_OUTFILE, REPO_ROOT } from "./build.mjs";

const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
	console.error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium).`);
	process.exit(1);
}

const harnessScript = await buildHarness(DEFAULT_OUTFILE);
const driver = join(REPO_ROOT, "node_modules", ".cache", "interview-vault-browser", "screenshots.mjs");
await esbuild.build({
	stdin: {
		contents: [
			'import { takeScreenshots } from "./screenshots";',
			"const [root, harness] = process.argv.slice(2);",
			"const written = await takeScreenshots(root, harness);",
			"for (const file of written) console.log(file.slice(root.length + 1));",
		].join("\n"),
		resolveDir: join(REPO_ROOT, "test", "browser"),
		sourcefile: "run-screenshots.ts",
		loader: "ts",
	},
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	outfile: driver,
	packages: "external",
	logLevel: "warning",
});

const run = spawnSync(process.execPath, [driver, REPO_ROOT, harnessScript], { stdio: "inherit" });
process.exit(run.status ?? 1);
