import { describe, expect, it } from "vitest";
import type { FakeApp } from "../obsidian/FakeApp";
import { press, quizPane, startDemo } from "./support";

const LOG_FOLDER = "Interview Vault/Review log/";

async function startDueQuiz(app: FakeApp): Promise<HTMLElement> {
	expect(await app.runCommand("interview-vault:start-quiz-due")).toBe(true);
	const modal = app.openModals()[0];
	if (!modal) throw new Error("no setup modal");
	await press(app, modal.contentEl, "Enter");
	return quizPane(app);
}

const title = (pane: HTMLElement) => pane.querySelector(".interview-vault-quiz-title")?.textContent ?? "";
const progress = (pane: HTMLElement) => pane.querySelector(".interview-vault-quiz-progress")?.textContent ?? "";

function logLines(app: FakeApp): string[] {
	return app.vault.getMarkdownFiles().filter((f) => f.path.startsWith(LOG_FOLDER)).flatMap((f) => (app.readText(f.path) ?? "").split("\n").filter((line) => line.startsWith("{")));
}

/** Every note as it is now, to start Obsidian again on the same vault. */
function filesOf(app: FakeApp): Record<string, string> {
	return Object.fromEntries(app.vault.getMarkdownFiles().map((file) => [file.path, app.readText(file.path) ?? ""]));
}

/** Skips through the whole session, collecting the titles shown. */
async function titlesOfSession(app: FakeApp, pane: HTMLElement): Promise<string[]> {
	const titles: string[] = [];
	while (pane.querySelector(".interview-vault-quiz-title")) {
		titles.push(title(pane));
		await press(app, pane, "s");
	}
	return titles;
}

describe("same-day relearning through main.js", () => {
	it("brings a card graded 2 back after three other cards; the log gets both attempts, the note the first grade once", async () => {
		const { app, plugin } = await startDemo();
		const pane = await startDueQuiz(app);
		const failed = title(pane);
		const path = plugin.index.questions().find((q) => q.title === failed)?.path ?? "";
		await press(app, pane, " ");
		await press(app, pane, "2");
		expect(pane.querySelector(".interview-vault-quiz-message")?.textContent).toBe(`"${failed}" comes back later in this session.`);
		const afterFirst = app.readText(path);
		expect(afterFirst).toMatch(/^quiz_grade: 2$/m);
		expect(progress(pane)).toBe("2 / 11");
		for (let i = 0; i < 3; i++) {
			expect(title(pane)).not.toBe(failed);
			await press(app, pane, " ");
			await press(app, pane, "4");
		}
		expect(title(pane)).toBe(failed);
		await press(app, pane, " ");
		await press(app, pane, "4");
		expect(app.readText(path)).toBe(afterFirst);
		const lines = logLines(app).filter((line) => line.includes(JSON.stringify(path)));
		expect(lines).toHaveLength(2);
		expect(lines[1]).toContain(`"grade":4`);
		expect(lines[1]).toContain(`"relearning":true`);
		expect(progress(pane)).toBe("6 / 11");
	});
});

describe("suspend and bury through main.js", () => {
	it("X suspends and B buries the card on screen; both hold after a restart, and the burial ends the next day", async () => {
		const first = await startDemo();
		const pane = await startDueQuiz(first.app);
		const suspended = title(pane);
		await press(first.app, pane, "x");
		expect(pane.querySelector(".interview-vault-quiz-message")?.textContent).toContain(`Suspended "${suspended}"`);
		const buried = title(pane);
		await press(first.app, pane, "b");
		const byTitle = (name: string) => first.plugin.index.questions().find((q) => q.title === name)?.path ?? "";
		expect(first.app.readText(byTitle(suspended))).toMatch(/^quiz_hold: suspended$/m);
		expect(first.app.readText(byTitle(buried))).toMatch(/^quiz_hold: buried until 2026-11-24$/m);
		const files = filesOf(first.app);

		const again = await startDemo({}, files);
		expect(again.plugin.index.question(byTitle(suspended))?.learning.hold).toEqual({ kind: "suspended" });
		const today = await titlesOfSession(again.app, await startDueQuiz(again.app));
		expect(today.length).toBeGreaterThan(0);
		expect(today).not.toContain(suspended);
		expect(today).not.toContain(buried);

		const tomorrow = await startDemo({ now: "2026-11-24T09:00:00Z" }, files);
		const next = await titlesOfSession(tomorrow.app, await startDueQuiz(tomorrow.app));
		expect(next).toContain(buried);
		expect(next).not.toContain(suspended);
	});
});

describe("quiz actions as commands", () => {
	it("offers reveal, each grade, skip, undo, suspend and bury as commands, each only while it applies", async () => {
		const { app, plugin } = await startDemo();
		const ids = ["quiz-show-answer", "quiz-grade-1", "quiz-grade-2", "quiz-grade-3", "quiz-grade-4", "quiz-grade-5", "quiz-skip", "quiz-undo", "quiz-suspend", "quiz-bury"];
		expect(app.commandIds()).toEqual(expect.arrayContaining(ids.map((id) => `interview-vault:${id}`)));
		expect(await app.runCommand("interview-vault:quiz-grade-4")).toBe(false);
		const pane = await startDueQuiz(app);
		const shown = title(pane);
		const path = plugin.index.questions().find((q) => q.title === shown)?.path ?? "";
		expect(await app.runCommand("interview-vault:quiz-grade-4")).toBe(false);
		expect(await app.runCommand("interview-vault:quiz-show-answer")).toBe(true);
		await app.flush();
		expect(await app.runCommand("interview-vault:quiz-grade-5")).toBe(true);
		await app.flush();
		expect(app.readText(path)).toMatch(/^quiz_grade: 5$/m);
		expect(await app.runCommand("interview-vault:quiz-undo")).toBe(true);
		await app.flush();
		expect(app.readText(path)).not.toMatch(/^quiz_grade: 5$/m);
		expect(title(pane)).toBe(shown);
	});
});
