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
/** A chip by its value: filter chips read "value (count)", grouping chips only the value. */
const chip = (el: HTMLElement, text: string) => [...el.querySelectorAll<HTMLButtonElement>(".interview-vault-chip-button")].find((b) => b.textContent === text || b.textContent?.startsWith(`${text} (`));

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

	it("counts every filter value, filters by topic and folder, and finds a subtopic beyond its chips by typing", async () => {
		const { app } = await startDemo();
		// More subtopics than the picker shows as chips.
		for (let i = 0; i < 14; i++) {
			await app.writeText(`50-Backend/q-extra-${i}--backend--easy.md`, `---\ndifficulty: easy\nsubtopics: [extra-${i}]\n---\n# Question (EN)\n> Extra question ${i}?\n`);
		}
		await app.flush();
		const el = await openBrowser(app);
		const rows = [...el.querySelectorAll(".interview-vault-chips")].map((row) => row.querySelector(".interview-vault-chips-label")?.textContent);
		expect(rows).toEqual(["Group by", "Difficulty", "Topic", "Folder", "Subtopic", "Learning"]);
		expect(chip(el, "easy")?.textContent).toBe("easy (32)");
		const subtopicRow = [...el.querySelectorAll(".interview-vault-chips")].find((row) => row.textContent?.startsWith("Subtopic"));
		expect(subtopicRow?.querySelectorAll(".interview-vault-chip-button").length).toBe(12);
		const find = subtopicRow?.querySelector<HTMLInputElement>("input.interview-vault-picker");
		if (!find) throw new Error("no subtopic picker");
		const options = [...(subtopicRow?.querySelectorAll("datalist option") ?? [])].map((o) => o.getAttribute("value") ?? "");
		const beyond = options[options.length - 1] ?? "";
		find.value = beyond;
		find.dispatchEvent(new Event("change"));
		await app.flush();
		const picked = chip(el, beyond);
		expect(picked?.getAttribute("aria-pressed")).toBe("true");
		const count = Number(/\((\d+)\)$/.exec(picked?.textContent ?? "")?.[1]);
		expect(el.querySelector(".interview-vault-browser-count")?.textContent).toBe(count === 1 ? "1 question" : `${count} questions`);
		picked?.click();
		chip(el, "50-Backend")?.click();
		await app.flush();
		const hrefs = [...el.querySelectorAll(".interview-vault-list a")].map((a) => a.getAttribute("href") ?? "");
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.every((href) => href.startsWith("50-Backend/"))).toBe(true);
	});

	it("groups by subtopic with names as written and the questions without one last", async () => {
		const { app } = await startDemo();
		await app.writeText("50-Backend/q-no-subtopic--backend--easy.md", "---\ndifficulty: easy\n---\n# Question (EN)\n> A question with no subtopic?\n");
		const el = await openBrowser(app);
		chip(el, "subtopic")?.click();
		await app.flush();
		const titles = groupTitles(el);
		expect(titles.at(-1)).toMatch(/^\(no subtopic\) \(\d+\)$/);
		expect(titles.filter((title) => title?.startsWith("(no subtopic)"))).toHaveLength(1);
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
