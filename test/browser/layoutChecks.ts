/**
 * The layout checks of issue #14 on any vault, shared by the browser test (which asserts each one
 * passes on the realistic vault) and `npm run check:browser` (which prints them with their figures):
 * the dashboard's first screen in the 360-px sidebar, the question browser's first screen at
 * 1,280 × 800, the grade bar beside a 5,000-px answer, text overflowing its box, console errors,
 * and the timings of the way there.
 */
import type { Browser, Page } from "playwright-core";
import type { HarnessWindow } from "./harness/api";
import { closeModals, openBrowser, openDashboard, openHarness, SELECTORS, startDueQuiz, VIEWPORT, type HarnessPage } from "./session";

export interface LayoutCheck {
	readonly name: string;
	/** What was measured, in words with its number. */
	readonly figure: string;
	readonly pass: boolean;
}

export interface LayoutReport {
	readonly vault: string;
	readonly checks: LayoutCheck[];
	/** Milliseconds: plugin load to index ready, the first paint of each view, grade to next card. */
	readonly timings: Record<string, number>;
}

/** How far down the dashboard its first screen reaches: readiness, today and the forecast must be inside. */
export const DASHBOARD_FIRST_SCREEN = 900;
/** Questions the browser's first screen at 1,280 × 800 must show. */
export const BROWSER_FIRST_SCREEN_QUESTIONS = 10;
export const WIDE_VIEWPORT = { width: 1280, height: 800 };
/** The answer the grade-bar check reveals must be at least this tall. */
export const LONG_ANSWER_PX = 5000;

const LONG_NOTE = "zz-layout-check/q-a-very-long-answer--checks--medium.md";

/** A question whose answer is thousands of pixels tall, in our own words. */
export function longAnswerNote(): string {
	const paragraph = "The answer goes on, step by step, through every case the interviewer may raise, so that the card holds far more than one screen of text. ".repeat(6);
	const body = Array.from({ length: 60 }, (_, i) => `### Part ${i + 1}\n\n${paragraph}`).join("\n\n");
	return `---\ndifficulty: medium\ntopic: checks\nsubtopics: [layout]\n---\n# Question (EN)\n> How long can an answer be before the grade buttons leave the screen?\n\n## Answer (EN)\n\n${body}\n`;
}

/** Where the named parts of a container end, in px from the container's top as if unscrolled. */
async function bottoms(page: Page, container: string, parts: Record<string, string>): Promise<Record<string, number | null>> {
	return page.evaluate(({ container, parts }) => {
		const box = document.querySelector(container);
		if (!box) throw new Error(`Nothing matches ${container}`);
		const top = box.getBoundingClientRect().top - box.scrollTop;
		const out: Record<string, number | null> = {};
		for (const [name, selector] of Object.entries(parts)) {
			const el = box.querySelector(selector);
			const rect = el?.getBoundingClientRect();
			out[name] = rect && rect.height > 0 ? Math.round(rect.bottom - top) : null;
		}
		return out;
	}, { container, parts });
}

async function overflowCheck(page: Page, view: string, container: string): Promise<LayoutCheck> {
	const found = await page.evaluate((selector) => (window as HarnessWindow).checks.overflowingText(selector), container);
	return { name: `${view}: no text overflowing its box`, figure: found.length === 0 ? "0 overflowing" : `${found.length} overflowing: ${found.slice(0, 5).join("; ")}`, pass: found.length === 0 };
}

async function dashboardChecks(page: Page): Promise<LayoutCheck[]> {
	await openDashboard(page);
	const scroller = SELECTORS.dashboard;
	const parts = { readiness: ".interview-vault-readiness", "due now": ".interview-vault-today-due", "new available today": ".interview-vault-today-new", "start button": ".interview-vault-today button", forecast: ".interview-vault-forecast" };
	const found = await bottoms(page, scroller, parts);
	const checks = Object.entries(found).map(([part, bottom]): LayoutCheck => ({
		name: `dashboard: ${part} within the first ${DASHBOARD_FIRST_SCREEN} px of the 360-px sidebar`,
		figure: bottom === null ? "not shown" : `ends at ${bottom} px`,
		pass: bottom !== null && bottom <= DASHBOARD_FIRST_SCREEN,
	}));
	return [...checks, await overflowCheck(page, "dashboard", scroller)];
}

async function browserChecks(page: Page): Promise<LayoutCheck[]> {
	await openBrowser(page);
	const shown = await page.evaluate((selector) => {
		const height = window.innerHeight;
		return [...document.querySelectorAll(`${selector} .interview-vault-list li`)].filter((li) => {
			const rect = li.getBoundingClientRect();
			return rect.height > 0 && rect.top >= 0 && rect.bottom <= height;
		}).length;
	}, SELECTORS.browser);
	return [
		{ name: `question browser: at least ${BROWSER_FIRST_SCREEN_QUESTIONS} questions on the first screen at ${WIDE_VIEWPORT.width} × ${WIDE_VIEWPORT.height}`, figure: `${shown} questions`, pass: shown >= BROWSER_FIRST_SCREEN_QUESTIONS },
		await overflowCheck(page, "question browser", SELECTORS.browser),
	];
}

async function longAnswerChecks(page: Page): Promise<LayoutCheck[]> {
	await page.evaluate(({ path, text }) => (window as HarnessWindow).harness.writeNote(path, text), { path: LONG_NOTE, text: longAnswerNote() });
	await page.evaluate(() => (window as HarnessWindow).harness.runCommand("interview-vault:start-quiz-note"));
	await page.evaluate(() => (window as HarnessWindow).harness.showMain("quiz"));
	await page.evaluate(() => (window as HarnessWindow).harness.pressInQuiz(" "));
	const measured = await page.evaluate((quiz) => {
		const answer = document.querySelector(`${quiz} .interview-vault-quiz-answer`);
		const grades = document.querySelector(`${quiz} .interview-vault-quiz-grades`);
		const buttons = [...document.querySelectorAll<HTMLElement>(`${quiz} .interview-vault-grade`)];
		const inView = buttons.filter((button) => {
			const rect = button.getBoundingClientRect();
			if (rect.height === 0 || rect.top < 0 || rect.bottom > window.innerHeight) return false;
			// Nothing drawn over it: the element at its centre is the button itself (or inside it).
			const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
			return hit !== null && button.contains(hit);
		}).length;
		return { answer: answer?.scrollHeight ?? 0, grades: grades !== null, inView, total: buttons.length };
	}, SELECTORS.quiz);
	return [
		{ name: `quiz: the long answer is at least ${LONG_ANSWER_PX} px tall`, figure: `${measured.answer} px`, pass: measured.answer >= LONG_ANSWER_PX },
		{ name: "quiz: every grade button on screen beside the long answer", figure: `${measured.inView} of ${measured.total} grade buttons visible`, pass: measured.total === 5 && measured.inView === 5 },
		await overflowCheck(page, "quiz card", SELECTORS.quiz),
	];
}

/** The median of grade-to-next-card times over `grades` grades of a due session. */
async function gradeTimes(page: Page, grades: number): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < grades; i++) {
		if (!(await page.isVisible(`${SELECTORS.quiz} .interview-vault-quiz-title`))) break;
		await page.evaluate(() => (window as HarnessWindow).harness.pressInQuiz(" "));
		times.push(await page.evaluate((grade) => (window as HarnessWindow).harness.gradeToNextCard(grade), String(2 + (i % 3))));
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

async function gradeTimingChecks(page: Page, timings: Record<string, number>): Promise<LayoutCheck[]> {
	await openDashboard(page);
	await startDueQuiz(page);
	const open = await gradeTimes(page, 5);
	await page.evaluate(() => (window as HarnessWindow).harness.closeSidebar());
	const closed = await gradeTimes(page, 5);
	timings["grade to next card, dashboard open (median)"] = open;
	timings["grade to next card, dashboard closed (median)"] = closed;
	if (Number.isNaN(open) || Number.isNaN(closed)) return [];
	// A ratio of two medians taken on one page, so the machine's load cancels out; informative, not a gate.
	return [{ name: "timing: grade with the dashboard open against closed", figure: `${(open / closed).toFixed(2)}× (${open.toFixed(0)} ms against ${closed.toFixed(0)} ms)`, pass: open <= 2 * closed + 5 }];
}

async function collect(open: HarnessPage, run: (page: Page) => Promise<LayoutCheck[]>): Promise<LayoutCheck[]> {
	try {
		return await run(open.page);
	} finally {
		await open.context.close();
	}
}

/** Every check on the named vault (one the harness server serves), each on a fresh page. */
export async function runLayoutChecks(browser: Browser, url: string, vault: string, options: { timeGrades?: boolean } = {}): Promise<LayoutReport> {
	const timings: Record<string, number> = {};
	const errors: string[] = [];
	const checks: LayoutCheck[] = [];
	const step = async (viewport: typeof VIEWPORT, run: (page: Page) => Promise<LayoutCheck[]>): Promise<void> => {
		const open = await openHarness(browser, url, viewport, vault);
		// A real vault opens on the vault profile's proposal; the learner closes it first.
		await closeModals(open.page);
		checks.push(...(await collect(open, async (page) => {
			const found = await run(page);
			Object.assign(timings, await page.evaluate(() => (window as HarnessWindow).harness.timings()));
			return found;
		})));
		errors.push(...open.errors);
	};
	await step(VIEWPORT, dashboardChecks);
	await step(WIDE_VIEWPORT, browserChecks);
	await step(VIEWPORT, longAnswerChecks);
	if (options.timeGrades) await step(VIEWPORT, (page) => gradeTimingChecks(page, timings));
	checks.push({ name: "no console or page error", figure: errors.length === 0 ? "0 errors" : `${errors.length} errors: ${errors.slice(0, 3).join("; ")}`, pass: errors.length === 0 });
	return { vault, checks, timings };
}
