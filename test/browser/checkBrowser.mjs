/**
 * `npm run check:browser [-- --vault <folder>] [-- --json]` (after `npm run build`): the layout
 * checks of the browser test (layoutChecks.ts) on the realistic vault, or on the vault folder
 * named, in headless Chromium; prints each check with its figure, pass or fail, and the timings.
 * Exits 1 when a check fails.
 */
import { existsSync } from "node:fs";
import process from "node:process";
import { buildHarness, DEFAULT_OUTFILE, parseDriverArgs, REPO_ROOT, runDriver } from "./build.mjs";

const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
	console.error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium).`);
	process.exit(1);
}
const args = parseDriverArgs(process.argv.slice(2), ["--json"]);
const harnessScript = await buildHarness(DEFAULT_OUTFILE);
const source = `
import { printLayoutReport } from "./checkBrowserRun";
const [root, harness, vault, json] = process.argv.slice(2);
process.exitCode = await printLayoutReport(root, harness, vault === "" ? undefined : vault, json === "json");
`;
process.exit(await runDriver("check-browser", source, [REPO_ROOT, harnessScript, args.vault ?? "", args.flags.has("--json") ? "json" : "text"]));
