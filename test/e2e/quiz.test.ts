import { describe, expect, it } from "vitest";
import type { FakeApp } from "../obsidian/FakeApp";
import { startDemo } from "./support";

const FIRST_DUE = "50-Backend/q-what-is-an-index--backend--easy.md";

function quizPane(app: FakeApp): HTMLElement {
	const leaf = app.workspace.getLeavesOfType("interview-vault-quiz")[0];
	if (!leaf) throw new Error("the quiz pane is not open");
	return leaf.view.containerEl.querySelector(".interview-vault-quiz") ?? leaf.view.containerEl;
}

async function press(app: FakeApp, target: HTMLElement, key: string): Promise<void> {
	target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
	await app.flush();
}

/** Runs a quiz command and accepts the setup modal with Enter, as a keyboard user would. */
async function startQuiz(app: FakeApp, command: string): Promise<HTMLElement> {
	expect(await app.runCommand(`interview-vault:${command}`)).toBe(true);
	const modal = app.openModals()[0];
	if (!modal) throw new Error("no setup modal");
	await press(app, modal.contentEl, "Enter");
	return quizPane(app);
}

function withoutOwnLines(text: string): string[] {
	return text.split("\n").filter((line) => !line.startsWith("quiz_"));
}

describe("a quiz through main.js", () => {
	it("Start quiz: due questions → Space → 4 writes the new state and nothing else; U restores the file byte for byte", async () => {
		const { app } = await startDemo();
		const before = app.readText(FIRST_DUE) ?? "";
		const pane = await startQuiz(app, "start-quiz-due");
		expect(pane.querySelector(".interview-vault-quiz-title")?.textContent).toBe("What a database index is and what it costs");
		expect(pane.querySelector(".interview-vault-quiz-progress")?.textContent).toBe("1 / 10");
		expect(pane.querySelector(".interview-vault-quiz-answer")).toBeNull();

		await press(app, pane, " ");
		expect(pane.querySelector(".interview-vault-quiz-answer")?.textContent).toContain("Answer");
		expect([...pane.querySelectorAll(".interview-vault-grade")].map((b) => b.textContent)).toEqual([
			"1 Not ready (1)", "2 Developing (2)", "3 Competent (3)", "4 Strong (4)", "5 Exceptional (5)",
		]);

		await press(app, pane, "4");
		const after = app.readText(FIRST_DUE) ?? "";
		expect(after).toMatch(/^quiz_status: (learning|review)$/m);
		expect(after).toMatch(/^quiz_grade: 4$/m);
		expect(after).toMatch(/^quiz_reviewed: 2026-11-23$/m);
		const due = /^quiz_due: (\d{4}-\d{2}-\d{2})$/m.exec(after)?.[1] ?? "";
		expect(due > "2026-11-23").toBe(true);
		expect(after).toMatch(/^quiz_stability: [\d.]+$/m);
		expect(after).toMatch(/^quiz_reps: \d+$/m);
		expect(withoutOwnLines(after)).toEqual(withoutOwnLines(before));
		expect(pane.querySelector(".interview-vault-quiz-progress")?.textContent).toBe("2 / 10");

		const log = app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Interview Vault/Review log/"));
		expect(log).toHaveLength(1);
		expect(app.readText(log[0]?.path ?? "")).toContain(`"grade":4`);

		await press(app, pane, "u");
		expect(app.readText(FIRST_DUE)).toBe(before);
		expect(app.readText(log[0]?.path ?? "")).not.toContain(`"grade":4`);
		expect(pane.querySelector(".interview-vault-quiz-progress")?.textContent).toBe("1 / 10");
	});

	it("runs a whole session from the keyboard, reaching the summary", async () => {
		const { app } = await startDemo();
		const pane = await startQuiz(app, "start-quiz-due");
		// Ten cards graded 5, 2, 5, 2…; each 2 comes back later in the session and is then graded 4.
		const firstGrade = new Map<string, string>();
		while (pane.querySelector(".interview-vault-quiz-title")) {
			const card = pane.querySelector(".interview-vault-quiz-title")?.textContent ?? "";
			await press(app, pane, " ");
			await press(app, pane, firstGrade.has(card) ? "4" : firstGrade.size % 2 === 0 ? "5" : "2");
			if (!firstGrade.has(card)) firstGrade.set(card, "graded");
		}
		expect(firstGrade.size).toBe(10);
		expect(pane.querySelector("h2")?.textContent).toBe("Session summary");
		expect(pane.querySelector(".interview-vault-summary-verdict")?.textContent).toBe("Average 3.50 against the hire bar of 3.5: at or above it.");
		expect(pane.textContent).toContain("10 graded, 0 skipped");
		expect(pane.querySelector("button.mod-cta")?.textContent).toBe("Drill these again");
	});

	it("keeps going when a note in the session is deleted or renamed, and keeps a note that breaks, writing only the log", async () => {
		const { app } = await startDemo();
		const pane = await startQuiz(app, "start-quiz-due");
		const second = "50-Backend/q-database-sharding--backend--hard.md";
		const third = "50-Backend/q-acid-properties--backend--easy.md";
		const fourth = "50-Backend/q-connection-pooling--backend--medium.md";
		await app.vault.rename(app.file(second), "Archive/q-database-sharding--backend--hard.md");
		await app.vault.delete(app.file(third));
		await app.flush();

		await press(app, pane, " ");
		await press(app, pane, "4");
		expect(pane.querySelector(".interview-vault-quiz-title")?.textContent).toContain("harding");
		await press(app, pane, " ");
		await press(app, pane, "3");
		expect(app.readText("Archive/q-database-sharding--backend--hard.md")).toMatch(/^quiz_grade: 3$/m);
		// The deleted note was skipped; the next card is the fourth note.
		expect(pane.querySelector(".interview-vault-quiz-message")?.textContent).toMatch(/Skipped .*q-acid-properties.*deleted/);
		expect(pane.querySelector(".interview-vault-quiz-progress")?.textContent).toBe("4 / 10");
		// It breaks while on screen: the card says so, and its grade goes to the log, not the note.
		const brokenFourth = (app.readText(fourth) ?? "").replace(/^---\n/, "---\\\n");
		await app.writeText(fourth, brokenFourth);
		await app.flush();
		expect(pane.querySelector(".interview-vault-unreadable")?.textContent).toContain("Properties unreadable");
		await press(app, pane, " ");
		await press(app, pane, "3");
		expect(app.readText(fourth)).toBe(brokenFourth);
		expect(pane.querySelector(".interview-vault-quiz-message")?.textContent).toMatch(/kept in the review log/);
		expect(pane.querySelector(".interview-vault-quiz-progress")?.textContent).toBe("5 / 10");
	});

	it("does not write a note whose frontmatter broke while its answer was shown, and says so", async () => {
		const { app } = await startDemo();
		const pane = await startQuiz(app, "start-quiz-due");
		await press(app, pane, " ");
		const broken = (app.readText(FIRST_DUE) ?? "").replace("title:", "title: [unclosed\nx:");
		// Graded before the metadata cache has even re-read the note: the writer itself must refuse.
		await app.fakes.vault.modify(app.file(FIRST_DUE), broken);
		await press(app, pane, "4");
		expect(app.readText(FIRST_DUE)).toBe(broken);
		expect(pane.textContent).toMatch(/was not saved/);
	});
});
