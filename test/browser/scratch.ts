import { launchChromium, openHarness, realisticVaultFiles, serveHarness, SELECTORS } from "./session";
import { longAnswerNote } from "./layoutChecks";
import type { HarnessWindow } from "./harness/api";
export async function scratch(root: string, harness: string): Promise<void> {
	const server = await serveHarness(root, harness, { realistic: realisticVaultFiles() });
	const browser = await launchChromium();
	const { page, errors } = await openHarness(browser, server.url, undefined, "realistic");
	await page.evaluate(({ path, text }) => (window as HarnessWindow).harness.writeNote(path, text), { path: "zz/q-long--x--medium.md", text: longAnswerNote() });
	console.log(await page.evaluate(() => (window as HarnessWindow).harness.runCommand("interview-vault:start-quiz-note")));
	await page.evaluate(() => (window as HarnessWindow).harness.showMain("quiz"));
	await page.evaluate(() => (window as HarnessWindow).harness.pressInQuiz(" "));
	console.log(await page.evaluate((q) => { const el = document.querySelector(q); const c = el?.parentElement; return [el?.className, el?.getBoundingClientRect().height, c?.className, c?.getBoundingClientRect().height, document.querySelector(q + " .interview-vault-quiz-grades")?.getBoundingClientRect().top]; }, SELECTORS.quiz));
	await page.screenshot({ path: "/tmp/wt2-quiz.png" });
	console.log(errors, await page.evaluate(() => (window as HarnessWindow).harness.notices()));
	await browser.close(); await server.close();
}
