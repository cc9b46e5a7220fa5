/**
 * `npm run screenshots` (after `npm run build`): the plugin's views in headless Chromium, light
 * and dark, on the demo vault (docs/screenshots/<name>-<theme>.png) and on the realistic vault of
 * test/support/realisticVault.ts (docs/screenshots/realistic/). `npm run screenshots -- --vault
 * <folder> --out <dir>` draws every view of that vault folder into <dir> instead.
 *
 * Builds the harness page (build.mjs), bundles the TypeScript driver (screenshots.ts, which shares
 * session.ts with the browser test) into node_modules/.cache, and runs it in a child Node process.
 * The browser is Debian's /usr/bin/chromium, driven by playwright-core; nothing is downloaded.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { buildHarness, DEFAULT_OUTFILE, parseDriverArgs, REPO_ROOT, runDriver } from "./build.mjs";

const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
	console.error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium).`);
	process.exit(1);
}
const args = parseDriverArgs(process.argv.slice(2), []);
if ((args.vault === undefined) !== (args.out === undefined)) {
	console.error("Give both --vault <folder> and --out <dir>, or neither (the demo and realistic vaults into docs/screenshots).");
	process.exit(2);
}
const harnessScript = await buildHarness(DEFAULT_OUTFILE);
const source = `
import { takeScreenshots } from "./screenshots";
import { readVaultFolder, realisticVaultFiles } from "./session";
const [root, harness, vault, out] = process.argv.slice(2);
const runs = vault
	? [{ files: readVaultFolder(vault), outDir: out }]
	: [{ outDir: root + "/docs/screenshots" }, { files: realisticVaultFiles(), outDir: root + "/docs/screenshots/realistic" }];
for (const file of await takeScreenshots(root, harness, runs)) console.log(file.startsWith(root) ? file.slice(root.length + 1) : file);
`;
process.exit(await runDriver("screenshots", source, [REPO_ROOT, harnessScript, args.vault ?? "", args.out ?? join(REPO_ROOT, "docs", "screenshots")]));
