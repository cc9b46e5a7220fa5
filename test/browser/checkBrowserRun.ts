/** What `npm run check:browser` runs once the harness is built (checkBrowser.mjs bundles this file). */
import { runLayoutChecks, type LayoutReport } from "./layoutChecks";
import { launchChromium, readVaultFolder, realisticVaultFiles, serveHarness } from "./session";

function printText(report: LayoutReport): void {
	console.log(`Layout checks on ${report.vault}:`);
	for (const check of report.checks) console.log(`  ${check.pass ? "pass" : "FAIL"}  ${check.name}: ${check.figure}`);
	console.log("Timings:");
	for (const [name, ms] of Object.entries(report.timings)) console.log(`  ${name}: ${ms.toFixed(0)} ms`);
}

/** Runs the checks on `vaultFolder`, or on the realistic vault; returns the exit status (1 when a check fails). */
export async function printLayoutReport(root: string, harnessScript: string, vaultFolder: string | undefined, json: boolean): Promise<number> {
	const files = vaultFolder === undefined ? realisticVaultFiles() : readVaultFolder(vaultFolder);
	const server = await serveHarness(root, harnessScript, { checked: files });
	const browser = await launchChromium();
	try {
		const report = await runLayoutChecks(browser, server.url, "checked", { timeGrades: true });
		const named = { ...report, vault: vaultFolder ?? "the realistic vault (test/support/realisticVault.ts)" };
		if (json) console.log(JSON.stringify(named, null, 2));
		else printText(named);
		return named.checks.every((check) => check.pass) ? 0 : 1;
	} finally {
		await browser.close();
		await server.close();
	}
}
