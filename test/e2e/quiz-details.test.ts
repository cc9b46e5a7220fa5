import { describe, expect, it } from "vitest";
import { createFakeApp, readFolderIntoFiles, type FakeApp } from "../obsidian/FakeApp";
import { ReviewLogStore } from "../../src/obsidian/ReviewLogStore";
import { DEMO_VAULT, startDemo } from "./support";

const FIRST_DUE = "50-Backend/q-what-is-an-index--backend--easy.md";
const SECOND_DUE = "50-Backend/q-database-sharding--backend--hard.md";

function quizPane(app: FakeApp): HTMLElement {
	const view = app.workspace.getLeavesOfType("interview-vault-quiz")[0]?.view;
	if (!view) throw new Error("the quiz pane is not open");
	return view.containerEl.querySelector(".interview-vault-quiz") ?? view.containerEl;
}

async function press(app: FakeApp, target: HTMLElement, key: string): Promise<void> {
	target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
	await app.flush();
}

async function startDue(app: FakeApp, size?: number): Promise<HTMLElement> {
	await app.runCommand("interview-vault:start-quiz-due");
	const modal = app.openModals()[0];
	if (!modal) throw new Error("no setup modal");
	if (size !== undefined) {
		const input = modal.contentEl.querySelector<HTMLInputElement>("input[type=number]");
		if (!input) throw new Error("no size field");
		input.value = String(size);
		input.dispatchEvent(new Event("input"));
	}
	await press(app, modal.contentEl, "Enter");
	return quizPane(app);
}

describe("quiz details through main.js", () => {
	it("keeps an editorial status the learner's status property points at, writes the rest, and says so", async () => {
		const { app } = await startDemo({ pluginData: { "interview-vault": { settingsVersion: 1, statusKey: "status" } } });
		const pane = await startDue(app);
		await press(app, pane, " ");
		await press(app, pane, "4");
		const text = app.readText(FIRST_DUE) ?? "";
		expect(text).toMatch(/^status: ready$/m);
		expect(text).toMatch(/^quiz_grade: 4$/m);
		expect(pane.querySelector(".interview-vault-quiz-message")?.textContent).toBe(
			'Kept "status: ready" in "What a database index is and what it costs": it is not one of Interview Vault\'s statuses.',
		);
	});

	it("remembers the session size chosen in the setup modal", async () => {
		const { app } = await startDemo();
		const pane = await startDue(app, 3);
		expect(pane.querySelector(".interview-vault-quiz-progress")?.textContent).toBe("1 / 3");
		expect(app.pluginData("interview-vault")).toMatchObject({ quizSize: 3 });
		await app.runCommand("interview-vault:start-quiz-due");
		expect(app.openModals()[0]?.contentEl.querySelector<HTMLInputElement>("input[type=number]")?.value).toBe("3");
	});

	it("after a 1, offers the question's prerequisites and adds them next on request", async () => {
		const { app } = await startDemo();
		const pane = await startDue(app);
		await press(app, pane, " ");
		await press(app, pane, "4");
		await press(app, pane, " ");
		await press(app, pane, "1");
		const offer = pane.querySelector(".interview-vault-quiz-suggestion");
		expect(offer?.textContent).toMatch(/prerequisites/);
		const offered = [...(offer?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"));
		expect(offered.length).toBeGreaterThan(0);
		// One link a line, and the key that accepts them.
		expect(offer?.querySelectorAll("li a")).toHaveLength(offered.length);
		expect([...(offer?.querySelectorAll("button") ?? [])].map((b) => b.textContent)).toContain(offered.length === 1 ? "Add it next (A)" : "Add them next (A)");
		await press(app, pane, "a");
		// Ten cards, the 1 coming back later in the session, and the prerequisites.
		expect(pane.querySelector(".interview-vault-quiz-progress")?.textContent).toBe(`3 / ${10 + 1 + offered.length}`);
		expect(app.readText(SECOND_DUE)).toMatch(/^quiz_grade: 1$/m);
	});
});

describe("the pane's other keys", () => {
	it("S skips, O opens the note beside the quiz (Shift+O in a split), and the seconds to reveal reach the log", async () => {
		const { app } = await startDemo();
		const pane = await startDue(app);
		await press(app, pane, "o");
		pane.dispatchEvent(new KeyboardEvent("keydown", { key: "O", shiftKey: true, bubbles: true }));
		await app.flush();
		expect(app.openedLinks().map((l) => [l.linktext, l.newLeaf])).toEqual([[FIRST_DUE, "tab"], [FIRST_DUE, "split"]]);
		expect(app.workspace.getLeavesOfType("interview-vault-quiz")).toHaveLength(1);
		await press(app, pane, "s");
		expect(pane.querySelector(".interview-vault-quiz-progress")?.textContent).toBe("2 / 10");
		app.clock.advance(12_000);
		await press(app, pane, " ");
		await press(app, pane, "3");
		const log = app.vault.getMarkdownFiles().find((f) => f.path.startsWith("Interview Vault/Review log/"));
		expect(app.readText(log?.path ?? "")).toContain(`"path":"${SECOND_DUE}","grade":3,"secondsToReveal":12`);
		expect(app.readText(FIRST_DUE)).not.toMatch(/^quiz_reviewed: 2026-11-23$/m);
	});
});

describe("the review log across two synced devices", () => {
	it("keeps both devices' entries: each appends to its own file", async () => {
		const files = readFolderIntoFiles(DEMO_VAULT);
		const laptop = createFakeApp(files);
		const laptopLog = new ReviewLogStore(laptop, () => "Interview Vault/Review log");
		const entry = { at: "2026-11-23T09:00:00.000Z", day: "2026-11-23", path: FIRST_DUE, grade: 4 as const };
		await laptopLog.append({ ...entry, id: "a1", device: laptopLog.device });
		const laptopFiles = Object.fromEntries(laptop.vault.getMarkdownFiles().map((f) => [f.path, laptop.readText(f.path) ?? ""]));

		const phone = createFakeApp(files);
		const phoneLog = new ReviewLogStore(phone, () => "Interview Vault/Review log");
		expect(phoneLog.device).not.toBe(laptopLog.device);
		await phoneLog.append({ ...entry, id: "p1", grade: 2, device: phoneLog.device });
		// Sync brings the laptop's file over; the phone's own file is untouched.
		await phone.writeText(laptopLog.ownPath, laptopFiles[laptopLog.ownPath] ?? "");
		await phoneLog.append({ ...entry, id: "p2", grade: 5, device: phoneLog.device });

		const { entries, problems } = await phoneLog.readAll();
		expect(entries.map((e) => [e.id, e.grade]).sort()).toEqual([["a1", 4], ["p1", 2], ["p2", 5]]);
		expect(problems).toEqual([]);
	});

	it("keeps the typed answer above the revealed one, and shows one language at a time, the other on L", async () => {
		const { app } = await startDemo();
		const note = "50-Backend/q-bilingual-pool--backend--easy.md";
		await app.writeText(note, [
			"---", "difficulty: easy", "---",
			"# Вопрос (RU)", "> Зачем нужен пул соединений?", "",
			"# Question (EN)", "> Why pool connections?", "",
			"## Ответ (RU)", "Чтобы не платить за рукопожатие.", "",
			"## Answer (EN)", "To skip the handshake on every request.", "",
		].join("\n"));
		app.setActiveFile(note);
		await app.flush();
		await app.runCommand("interview-vault:start-quiz-note");
		await app.flush();
		const pane = quizPane(app);
		const typed = pane.querySelector<HTMLTextAreaElement>("textarea");
		if (!typed) throw new Error("no answer box");
		typed.value = "Handshakes are slow";
		typed.dispatchEvent(new Event("input"));
		await press(app, pane, " ");
		expect(pane.querySelector(".interview-vault-quiz-typed-text")?.textContent).toBe("Handshakes are slow");
		const answer = () => pane.querySelector(".interview-vault-quiz-answer")?.textContent ?? "";
		expect(answer()).toContain("To skip the handshake");
		expect(answer()).not.toContain("рукопожатие");
		expect(pane.querySelector(".interview-vault-quiz-language")?.textContent).toBe("Show in Русский (L)");
		await press(app, pane, "l");
		expect(answer()).toContain("рукопожатие");
		expect(answer()).not.toContain("To skip the handshake");
		expect(pane.querySelector(".interview-vault-quiz-typed-text")?.textContent).toBe("Handshakes are slow");
		expect(pane.querySelector(".interview-vault-quiz-language")?.textContent).toBe("Show in English (L)");
	});
});

