/** What `npm run check:browser` runs once the harness is built (checkBrowser.mjs bundles this file). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

function median(values: readonly number[]): number {
	const sorted = [...values].filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * `npm run bench:browser`: the timings of the layout checks on the realistic vault, `runs` times
 * in one browser, as medians, with the open/closed grade ratio; also written to
 * bench-results/browser-latest.json.
 */
export async function benchBrowser(root: string, harnessScript: string, runs: number): Promise<number> {
	const server = await serveHarness(root, harnessScript, { realistic: realisticVaultFiles() });
	const browser = await launchChromium();
	const samples: Record<string, number[]> = {};
	try {
		for (let run = 0; run < runs; run++) {
			const report = await runLayoutChecks(browser, server.url, "realistic", { timeGrades: true });
			for (const [name, ms] of Object.entries(report.timings)) (samples[name] ??= []).push(ms);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
	const open = medians["grade to next card, dashboard open (median)"] ?? Number.NaN;
	const closed = medians["grade to next card, dashboard closed (median)"] ?? Number.NaN;
	console.log(`Browser timings on the realistic vault, median of ${runs} runs (ms):`);
	for (const [name, ms] of Object.entries(medians)) console.log(`  ${name.padEnd(48)} ${ms.toFixed(0).padStart(6)}`);
	console.log(`  grade with the dashboard open / closed: ${(open / closed).toFixed(2)}×`);
	mkdirSync(join(root, "bench-results"), { recursive: true });
	writeFileSync(join(root, "bench-results", "browser-latest.json"), `${JSON.stringify({ runs, medians, samples, openOverClosed: open / closed }, null, 2)}\n`);
	return 0;
}
