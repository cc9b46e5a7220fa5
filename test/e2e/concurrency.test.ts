import { parseYamlAsObsidian } from "../../src/core/note/yamlEngine";
import { describe, expect, it } from "vitest";
import type { FakeApp } from "../obsidian/FakeApp";
import { startDemo } from "./support";

const NOTE = "50-Backend/q-what-is-an-index--backend--easy.md";

function key(app: FakeApp, name: string): unknown {
	const text = app.readText(NOTE) ?? "";
	const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
	return (parseYamlAsObsidian(yaml) as Record<string, unknown>)[name];
}

function pane(app: FakeApp): HTMLElement {
	const el = app.workspace.getLeavesOfType("interview-vault-quiz")[0]?.view.containerEl.querySelector<HTMLElement>(".interview-vault-quiz");
	if (!el) throw new Error("no quiz pane");
	return el;
}

function press(el: HTMLElement, key: string): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

async function quizThisNote(app: FakeApp): Promise<HTMLElement> {
	app.setActiveFile(NOTE);
	await app.runCommand("interview-vault:start-quiz-note");
	await app.flush();
	return pane(app);
}

describe("writes under concurrent activity, through main.js", () => {
	it("an edit made while the answer is shown is kept, and so is the grade", async () => {
		const { app } = await startDemo();
		const el = await quizThisNote(app);
		press(el, " ");
		await app.flush();
		await app.writeText(NOTE, `${app.readText(NOTE) ?? ""}\nA line the learner added while answering.\n`);
		press(el, "4");
		await app.flush();
		expect(app.readText(NOTE)).toContain("A line the learner added while answering.");
		expect(key(app, "quiz_grade")).toBe(4);
	});

	it("two grades in quick succession on one note are applied one after the other", async () => {
		const { app } = await startDemo();
		const reps = Number(key(app, "quiz_reps"));
		let el = await quizThisNote(app);
		press(el, " ");
		press(el, "2");
		app.setActiveFile(NOTE);
		void app.runCommand("interview-vault:start-quiz-note");
		await app.flush();
		el = pane(app);
		press(el, " ");
		press(el, "5");
		await app.flush();
		expect(key(app, "quiz_grade")).toBe(5);
		expect(key(app, "quiz_reps")).toBe(reps + 2);
		const log = app.vault.getMarkdownFiles().find((f) => f.path.startsWith("Interview Vault/Review log/"));
		expect((app.readText(log?.path ?? "") ?? "").match(/"grade":[25]/g)).toEqual(['"grade":2', '"grade":5']);
	});

	it("unloading the plugin while a write is pending leaves the note either untouched or fully written", async () => {
		const { app, plugin } = await startDemo();
		const before = app.readText(NOTE);
		const el = await quizThisNote(app);
		press(el, " ");
		press(el, "4");
		plugin.unload();
		await app.flush();
		const after = app.readText(NOTE) ?? "";
		if (after !== before) {
			expect(key(app, "quiz_grade")).toBe(4);
			expect(key(app, "quiz_reviewed")).toBe("2026-11-23");
		}
		expect(() => key(app, "title")).not.toThrow();
		expect(app.listenerCount()).toBe(0);
	});
});
