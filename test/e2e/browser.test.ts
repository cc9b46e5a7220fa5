import { describe, expect, it } from "vitest";
import type { FakeApp } from "../obsidian/FakeApp";
import { startDemo } from "./support";

async function openBrowser(app: FakeApp): Promise<HTMLElement> {
	expect(await app.runCommand("interview-vault:open-question-browser")).toBe(true);
	await app.flush();
	const view = app.workspace.getLeavesOfType("interview-vault-browser")[0]?.view;
	if (!view) throw new Error("the browser did not open");
	return view.containerEl;
}

const groupTitles = (el: HTMLElement) => [...el.querySelectorAll(".interview-vault-group-title")].map((h) => h.textContent);
const chip = (el: HTMLElement, text: string) => [...el.querySelectorAll<HTMLButtonElement>(".interview-vault-chip-button")].find((b) => b.textContent === text);

describe("the question browser through main.js", () => {
	it("groups by difficulty with counts, or by subtopic", async () => {
		const { app } = await startDemo();
		const el = await openBrowser(app);
		expect(groupTitles(el)).toEqual(["easy (18)", "medium (22)", "hard (14)"]);
		chip(el, "subtopic")?.click();
		await app.flush();
		expect(groupTitles(el)).toContain("databases (12)");
	});

	it("filters with chips and text, and follows a note's change while shown", async () => {
		const { app } = await startDemo();
		const el = await openBrowser(app);
		chip(el, "hard")?.click();
		chip(el, "review")?.click();
		await app.flush();
		expect(el.querySelector(".interview-vault-browser-count")?.textContent).toBe("1 question");
		const search = el.querySelector<HTMLInputElement>(".interview-vault-browser-search");
		if (!search) throw new Error("no search box");
		search.value = "join";
		search.dispatchEvent(new Event("input"));
		await app.flush();
		expect([...el.querySelectorAll(".interview-vault-list a")].map((a) => a.getAttribute("href"))).toEqual(["50-Backend/q-sql-join-algorithms--backend--hard.md"]);

		const note = "50-Backend/q-sql-join-types--backend--easy.md";
		await app.writeText(note, (app.readText(note) ?? "").replace(/^difficulty: .*$/m, "difficulty: hard").replace(/^(tags: .*)$/m, "$1\nquiz_status: review"));
		await app.flush();
		expect(el.querySelector(".interview-vault-browser-count")?.textContent).toBe("2 questions");
	});

	it("Quiz these starts a quiz on the questions shown", async () => {
		const { app } = await startDemo();
		const el = await openBrowser(app);
		chip(el, "security")?.click();
		await app.flush();
		[...el.querySelectorAll("button")].find((b) => b.textContent === "Quiz these")?.click();
		await app.flush();
		const quiz = app.workspace.getLeavesOfType("interview-vault-quiz")[0]?.view.containerEl;
		expect(quiz?.querySelector(".interview-vault-quiz-progress")?.textContent).toBe("1 / 6");
	});
});
