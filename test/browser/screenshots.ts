/**
 * What `npm run screenshots` does once the harness is built (screenshots.mjs bundles and runs
 * this file): drives the page through each view of a vault and saves it in light and dark as
 * <out>/<name>-<theme>.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { HarnessWindow, Theme } from "./harness/api";
import {
	SELECTORS, closeModals, finishQuiz, launchChromium, openBrowser, openDashboard, openHarness, openVaultHealth, pressInQuiz,
	renderMoc, renderNativeBlocks, serveHarness, setTheme, startDueQuiz, VIEWPORT, type VaultFiles,
} from "./session";

const THEMES: readonly Theme[] = ["light", "dark"];

/** Which part of the window a picture shows: the main area, the right sidebar, or everything. */
type Frame = "main" | "sidebar" | "window";

interface Shot {
	readonly name: string;
	readonly frame: Frame;
	/** Brings the page to the view; the steps run in this order, each on the state the last one left. */
	readonly prepare: (page: Page) => Promise<void>;
}

const SHOTS: readonly Shot[] = [
	{ name: "quiz-question", frame: "main", prepare: startDueQuiz },
	{ name: "quiz-answer", frame: "main", prepare: (page) => pressInQuiz(page, "Space") },
	{ name: "quiz-summary", frame: "main", prepare: (page) => finishQuiz(page) },
	{ name: "question-browser", frame: "main", prepare: openBrowser },
	{ name: "moc-dataview-blocks", frame: "main", prepare: renderMoc },
	{ name: "native-blocks", frame: "main", prepare: renderNativeBlocks },
	// After the quiz (its reviews show) and with the MOC as the active note (its readiness shows).
	{ name: "dashboard", frame: "sidebar", prepare: openDashboard },
	{ name: "vault-health", frame: "window", prepare: async (page) => void (await openVaultHealth(page)) },
];

/** The sidebar picture shows the whole dashboard: the window grows to its height for the shot. */
async function fullSidebarHeight(page: Page): Promise<number> {
	const needed = await page.evaluate((selector) => {
		const content = document.querySelector(selector);
		const header = content?.parentElement?.querySelector(".view-header");
		return (content?.scrollHeight ?? 0) + (header?.getBoundingClientRect().height ?? 0);
	}, SELECTORS.dashboard);
	return Math.min(2400, Math.max(VIEWPORT.height, Math.ceil(needed)));
}

async function capture(page: Page, frame: Frame, path: string): Promise<void> {
	// No caret or hover state in a picture.
	await page.mouse.move(0, 0);
	const options = { path, animations: "disabled", caret: "hide" } as const;
	if (frame === "window") {
		await page.screenshot(options);
	} else if (frame === "main") {
		await page.locator(SELECTORS.main).screenshot(options);
	} else {
		await page.setViewportSize({ width: VIEWPORT.width, height: await fullSidebarHeight(page) });
		await page.locator(SELECTORS.sidebar).screenshot(options);
		await page.setViewportSize(VIEWPORT);
	}
}

/** A vault to draw and where its pictures go. */
export interface ScreenshotRun {
	/** The vault's notes; the demo vault when absent. */
	readonly files?: VaultFiles;
	readonly outDir: string;
}

/** Saves every picture of every run; returns the files written. */
export async function takeScreenshots(root: string, harnessScript: string, runs: readonly ScreenshotRun[]): Promise<string[]> {
	const vaults = Object.fromEntries(runs.flatMap((run, i) => (run.files ? [[`run-${i}`, run.files]] : [])));
	const server = await serveHarness(root, harnessScript, vaults);
	const browser = await launchChromium();
	const written: string[] = [];
	try {
		for (const [i, run] of runs.entries()) written.push(...(await shootVault(browser, server.url, run.files ? `run-${i}` : "demo", run.outDir)));
	} finally {
		await browser.close();
		await server.close();
	}
	return written;
}

async function shootVault(browser: Browser, url: string, vault: string, outDir: string): Promise<string[]> {
	mkdirSync(outDir, { recursive: true });
	const written: string[] = [];
	const { page, errors, context } = await openHarness(browser, url, VIEWPORT, vault);
	try {
		// A real vault opens on the vault profile's proposal; the pictures show the views behind it.
		await closeModals(page);
		const hasMoc = await page.evaluate(() => (window as HarnessWindow).harness.notePaths().some((path) => /(^|\/)moc-[^/]*\.md$/.test(path)));
		for (const shot of SHOTS) {
			if (!hasMoc && (shot.name === "moc-dataview-blocks" || shot.name === "native-blocks")) continue;
			await shot.prepare(page);
			// The quiz pane keeps focus from the keyboard; a picture shows it at rest.
			await page.evaluate(() => {
				if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
			});
			for (const theme of THEMES) {
				await setTheme(page, theme);
				const path = join(outDir, `${shot.name}-${theme}.png`);
				await capture(page, shot.frame, path);
				written.push(path);
			}
			await setTheme(page, "light");
			if (shot.frame === "window") await closeModals(page);
		}
		if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join("\n")}`);
	} finally {
		await context.close();
	}
	return written;
}
