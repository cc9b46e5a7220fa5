import { describe, expect, it } from "vitest";
import type { FakeApp } from "../obsidian/FakeApp";
import { startDemo } from "./support";

/** Opens "Find question" and types, as a user would; returns the suggestion rows' text. */
async function find(app: FakeApp, query: string): Promise<{ rows: string[]; input: HTMLInputElement }> {
	expect(await app.runCommand("interview-vault:find-question")).toBe(true);
	const modal = app.openModals().at(-1);
	const input = modal?.modalEl.querySelector<HTMLInputElement>("input.prompt-input");
	if (!modal || !input) throw new Error("no search modal");
	input.value = query;
	input.dispatchEvent(new Event("input"));
	await app.flush();
	return { rows: [...modal.modalEl.querySelectorAll(".suggestion-item")].map((el) => el.textContent ?? ""), input };
}

async function startWithSearch() {
	const demo = await startDemo();
	await demo.app.flush(30);
	return demo;
}

describe("Find question through main.js", () => {
	it("finds a misspelt word, a prefix, an alias and a Russian word of a bilingual note", async () => {
		const { app } = await startWithSearch();
		expect((await find(app, "idempotncy")).rows.some((row) => row.includes("q-idempotency-keys"))).toBe(true);
		const prefix = (await find(app, "idempot")).rows;
		expect(prefix.some((row) => row.includes("q-idempotency-keys")) && prefix.some((row) => row.includes("q-http-methods-idempotency"))).toBe(true);
		expect((await find(app, "lazy loading")).rows.some((row) => row.includes("q-cache-aside-vs-write-through"))).toBe(true);
		expect((await find(app, "аббревиатуре")).rows.some((row) => row.includes("q-acid-properties"))).toBe(true);
	});

	it("opens the chosen question, or quizzes every match", async () => {
		const { app } = await startWithSearch();
		const { rows } = await find(app, "caching");
		const { input } = await find(app, "caching");
		expect(rows[0]).toMatch(/^Quiz all \d+ matches$/);
		expect((await find(app, "аббревиатуре")).rows[0]).toBe("Quiz the 1 match");
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await app.flush();
		expect(app.openedLinks()).toHaveLength(1);
		const again = await find(app, "caching");
		again.input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await app.flush();
		const total = Number(/Quiz all (\d+)/.exec(again.rows[0] ?? "")?.[1]);
		const quiz = app.workspace.getLeavesOfType("interview-vault-quiz")[0]?.view.containerEl;
		expect(quiz?.querySelector(".interview-vault-quiz-progress")?.textContent).toBe(`1 / ${total}`);
	});
});
