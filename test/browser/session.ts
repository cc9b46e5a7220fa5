/**
 * The Node side of the harness, shared by the browser test and `npm run screenshots`: a local
 * server for the page (127.0.0.1 only, an ephemeral port), Debian's Chromium through
 * playwright-core, and the steps that bring the page to each view.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { HarnessWindow, Theme } from "./harness/api";
import { readFolderIntoFiles } from "../support/readFolder";
import { generateRealisticVault } from "../support/realisticVault";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];
export const VIEWPORT = { width: 1100, height: 800 };

/** Where each view lives in the page. */
export const SELECTORS = {
	main: ".workspace-split.mod-root",
	sidebar: ".workspace-split.mod-right-split",
	quiz: ".workspace-leaf-content[data-type='interview-vault-quiz'] .interview-vault-quiz",
	dashboard: ".workspace-leaf-content[data-type='interview-vault-dashboard'] .interview-vault-dashboard",
	browser: ".workspace-leaf-content[data-type='interview-vault-browser'] .interview-vault-browser",
	note: ".harness-note .markdown-preview-view",
	noteScroller: ".harness-note .view-content",
	modal: ".modal-container .modal",
} as const;

export const MOC = "90-MOCs/moc-backend.md";

/** Native blocks, rendered as if they were a note beside the MOC (the demo MOC has only Dataview blocks). */
export const NATIVE_BLOCKS = [
	"# Study board",
	"",
	"Backend questions in progress, the next due first:",
	"",
	"```interview-vault",
	"from: 50-Backend",
	"learning: [learning, review, mastered]",
	"columns: [title, difficulty, subtopics, learning, due]",
	"sort: [due, title]",
	"limit: 6",
	"view: table",
	"```",
	"",
	"The whole vault by difficulty:",
	"",
	"```interview-vault",
	"group-by: difficulty",
	"view: counts",
	"```",
	"",
	"SQL questions:",
	"",
	"```interview-vault",
	"subtopic: sql",
	"view: list",
	"```",
	"",
].join("\n");

export interface HarnessServer {
	readonly url: string;
	close(): Promise<void>;
}

/** A vault the page can start on: path → text. */
export type VaultFiles = Record<string, string>;

/** The vaults a page can ask for by name (`?vault=<name>`): the demo vault is always there. */
export type Vaults = Record<string, VaultFiles>;

/** The notes of a vault folder, path → text (the tests' one folder reader). */
export const readVaultFolder: (dir: string) => VaultFiles = readFolderIntoFiles;

/**
 * The generated vault shaped like ../shared/REAL-VAULTS.md (1,698 notes, 578 subtopics, 10-KB
 * bilingual bodies, 13 MOCs, the broken fences), as the page receives it.
 */
export function realisticVaultFiles(): VaultFiles {
	const { files } = generateRealisticVault({ paragraphs: 14 });
	return Object.fromEntries([...files].filter(([path]) => !path.startsWith(".")));
}

export function demoVaultFiles(root: string): VaultFiles {
	return readVaultFolder(join(root, "test", "fixtures", "demo-vault"));
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Interview Vault harness</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/obsidian-theme.css">
<link rel="stylesheet" href="/styles.css">
</head>
<body class="theme-light">
<script src="/vault/VAULT.js"></script>
<script src="/plugin.js"></script>
<script src="/harness.js"></script>
</body>
</html>
`;

/**
 * Serves the page: its script (built by build.mjs), the theme, and the repository's styles.css
 * and main.js, read at each request so a rebuilt plugin or an edited stylesheet shows on reload.
 */
export async function serveHarness(root: string, harnessScript: string, vaults: Vaults = {}): Promise<HarnessServer> {
	const mainJs = join(root, "main.js");
	if (!existsSync(mainJs)) throw new Error("main.js is missing: run `npm run build` first");
	const served: Vaults = { demo: demoVaultFiles(root), ...vaults };
	const vaultRoutes = Object.fromEntries(Object.entries(served).map(([name, files]) => {
		const body = JSON.stringify(files);
		return [`/vault/${name}.js`, { type: "text/javascript", body: () => `window.interviewVaultFiles = ${body};\n` }];
	}));
	const routes: Record<string, { type: string; body: (query: URLSearchParams) => string }> = {
		...vaultRoutes,
		// The page loads the vault its address names (`?vault=<name>`) as a script, before the harness.
		"/": { type: "text/html", body: (query) => PAGE.replace("VAULT", encodeURIComponent(query.get("vault") ?? "demo")) },
		"/obsidian-theme.css": { type: "text/css", body: () => readFileSync(join(root, "test", "browser", "harness", "obsidian-theme.css"), "utf8") },
		"/styles.css": { type: "text/css", body: () => readFileSync(join(root, "styles.css"), "utf8") },
		// The built plugin, wrapped as CommonJS: the harness calls it with a `require` that gives the stub.
		"/plugin.js": {
			type: "text/javascript",
			body: () => `window.interviewVaultBundle = function (module, exports, require) {\n${readFileSync(mainJs, "utf8")}\n};\n//# sourceURL=main.js\n`,
		},
		"/harness.js": { type: "text/javascript", body: () => readFileSync(harnessScript, "utf8") },
	};
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		const address = new URL(request.url ?? "/", "http://127.0.0.1");
		const route = routes[address.pathname];
		if (!route || request.method !== "GET") {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { "content-type": `${route.type}; charset=utf-8`, "cache-control": "no-store" }).end(route.body(address.searchParams));
	});
	await new Promise<void>((resolve, reject) => {
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface HarnessPage {
	readonly page: Page;
	readonly context: BrowserContext;
	/** Console errors, page errors and refused requests, as they happened. */
	readonly errors: string[];
}

/**
 * A fresh page on the harness, its app started on the named vault (one the server was given);
 * every request off the local server is refused and recorded.
 */
export async function openHarness(browser: Browser, url: string, viewport = VIEWPORT, vault = "demo"): Promise<HarnessPage> {
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1, timezoneId: "UTC", locale: "en-US", reducedMotion: "reduce" });
	const errors: string[] = [];
	await context.route((target) => !target.href.startsWith(url), async (route) => {
		errors.push(`request off the harness refused: ${route.request().url()}`);
		await route.abort();
	});
	const page = await context.newPage();
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(`console error: ${message.text()}`);
	});
	page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
	await page.goto(`${url}?vault=${encodeURIComponent(vault)}`);
	await page.evaluate(() => (window as HarnessWindow).harness.ready);
	return { page, context, errors };
}

export async function setTheme(page: Page, theme: Theme): Promise<void> {
	await page.evaluate((name) => (window as HarnessWindow).harness.setTheme(name), theme);
}

export async function flush(page: Page): Promise<void> {
	await page.evaluate(() => (window as HarnessWindow).harness.flush());
}

/** "Start quiz: due questions", accepted with Enter; the pane opens on its first question. */
export async function startDueQuiz(page: Page): Promise<void> {
	await page.evaluate(() => (window as HarnessWindow).harness.startQuiz("interview-vault:start-quiz-due"));
}

/** A real key press in the quiz pane (Playwright's keyboard, the pane focused first). */
export async function pressInQuiz(page: Page, key: string): Promise<void> {
	await page.focus(SELECTORS.quiz);
	await page.keyboard.press(key);
	await flush(page);
}

/** Grades every remaining card (Space, then a grade) until the summary shows. */
export async function finishQuiz(page: Page, grades: readonly string[] = ["4", "2", "5", "3"]): Promise<void> {
	for (let card = 0; card < 50; card++) {
		if (await page.isVisible(`${SELECTORS.quiz} .interview-vault-summary-verdict`)) return;
		await pressInQuiz(page, "Space");
		await pressInQuiz(page, grades[card % grades.length] ?? "4");
	}
	throw new Error("The quiz never reached its summary");
}

export async function openDashboard(page: Page): Promise<void> {
	await page.evaluate(() => (window as HarnessWindow).harness.openDashboard());
}

export async function openBrowser(page: Page): Promise<void> {
	await page.evaluate(() => (window as HarnessWindow).harness.openBrowser());
}

export async function showQuiz(page: Page): Promise<void> {
	await page.evaluate(() => (window as HarnessWindow).harness.showMain("quiz"));
}

/** The demo MOC when the vault has it, else the vault's first `moc-` note (by path); undefined when it has none. */
async function mocOf(page: Page): Promise<string | undefined> {
	return page.evaluate((demo) => {
		const paths = (window as HarnessWindow).harness.notePaths();
		return paths.includes(demo) ? demo : paths.filter((path) => /(^|\/)moc-[^/]*\.md$/.test(path)).sort()[0];
	}, MOC);
}

/** The MOC in reading view, its Dataview blocks drawn by the plugin; scrolled to "By Difficulty" where it has one. */
export async function renderMoc(page: Page): Promise<void> {
	const moc = await mocOf(page);
	if (moc === undefined) throw new Error("The vault has no MOC");
	await page.evaluate((path) => (window as HarnessWindow).harness.renderNote(path), moc);
	if (moc === MOC) await scrollNoteTo(page, "By Difficulty");
}

/** The native blocks, drawn as if they were in the MOC. */
export async function renderNativeBlocks(page: Page): Promise<void> {
	const moc = (await mocOf(page)) ?? MOC;
	await page.evaluate(({ path, markdown }) => (window as HarnessWindow).harness.renderNote(path, markdown), { path: moc, markdown: NATIVE_BLOCKS });
}

export async function scrollNoteTo(page: Page, heading: string): Promise<void> {
	await page.evaluate(({ scroller, text }) => {
		const view = document.querySelector(scroller);
		const target = [...document.querySelectorAll(".harness-note h1, .harness-note h2, .harness-note h3")].find((h) => h.textContent === text);
		if (!view || !(target instanceof HTMLElement)) throw new Error(`No heading "${text}" in the note`);
		view.scrollTop += target.getBoundingClientRect().top - view.getBoundingClientRect().top - 16;
	}, { scroller: SELECTORS.noteScroller, text: heading });
}

export async function runCommand(page: Page, id: string): Promise<boolean> {
	return page.evaluate((command) => (window as HarnessWindow).harness.runCommand(command), id);
}

/** "Check vault" when the plugin has it, else "Show index problems"; returns the command run. */
export async function openVaultHealth(page: Page): Promise<string> {
	return page.evaluate(() => (window as HarnessWindow).harness.openVaultHealth());
}

export async function closeModals(page: Page): Promise<void> {
	await page.evaluate(() => (window as HarnessWindow).harness.closeModals());
}
