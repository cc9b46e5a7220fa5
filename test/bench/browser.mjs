/**
 * `npm run bench:browser [-- --runs=N]` (after `npm run build`): the browser timings on the
 * realistic vault (plugin load to index ready, first paint of each view, grade to next card with
 * the dashboard open and closed), the median of N runs (3 by default). A benchmark beside
 * `npm run bench`, never part of `npm test`; the driver is test/browser/checkBrowserRun.ts.
 */
import process from "node:process";
import { buildHarness, DEFAULT_OUTFILE, REPO_ROOT, runDriver } from "../browser/build.mjs";

const runsArg = process.argv.slice(2).find((arg) => arg.startsWith("--runs="));
const runs = runsArg ? Number(runsArg.slice("--runs=".length)) : 3;
if (!Number.isInteger(runs) || runs < 1) {
	console.error("--runs takes a whole number of 1 or more");
	process.exit(2);
}
const harnessScript = await buildHarness(DEFAULT_OUTFILE);
const source = `
import { benchBrowser } from "./checkBrowserRun";
const [root, harness, runs] = process.argv.slice(2);
process.exitCode = await benchBrowser(root, harness, Number(runs));
`;
process.exit(await runDriver("bench-browser", source, [REPO_ROOT, harnessScript, String(runs)]));
