import { describe, expect, it } from "vitest";
import type { FakeApp } from "../obsidian/FakeApp";
import { startDemo } from "./support";

/** A `---\` note of the demo vault: Obsidian shows it no properties, so it is quizzed but never written. */
const BROKEN = "50-Backend/q-broken-backslash-fence--backend--medium.md";
const LOG_FOLDER = "Interview Vault/Review log/";

async function press(app: FakeApp, target: HTMLElement, key: string): Promise<void> {
	target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
	await app.flush();
}

function quizPane(app: FakeApp): HTMLElement {
	const leaf = app.workspace.getLeavesOfType("interview-vault-quiz")[0];
	if (!leaf) throw new Error("the quiz pane is not open");
	return leaf.view.containerEl.querySelector(".interview-vault-quiz") ?? leaf.view.containerEl;
}

async function quizThisNote(app: FakeApp, path: string): Promise<HTMLElement> {
	app.setActiveFile(path);
	expect(await app.runCommand("interview-vault:start-quiz-note")).toBe(true);
	const modal = app.openModals()[0];
	if (modal) await press(app, modal.contentEl, "Enter");
	await app.flush();
	return quizPane(app);
}

function logLines(app: FakeApp): Record<string, unknown>[] {
	return app.vault.getMarkdownFiles()
		.filter((file) => file.path.startsWith(LOG_FOLDER))
		.flatMap((file) => (app.readText(file.path) ?? "").split("\n"))
		.filter((line) => line.startsWith("{"))
		.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("a question whose frontmatter Obsidian cannot read, through main.js", () => {
	it("is quizzed with a marker; its grade goes to the log only; R repairs it; the next grade builds on the logged one", async () => {
		const { app, plugin } = await startDemo();
		const before = app.readText(BROKEN) ?? "";
		const pane = await quizThisNote(app, BROKEN);
		// No properties, so no `title`: the question's first line titles the card.
		expect(pane.querySelector(".interview-vault-quiz-title")?.textContent).toMatch(/^When would you put a message queue/);
		expect(pane.querySelector(".interview-vault-unreadable")?.textContent).toContain("Properties unreadable");

		await press(app, pane, " ");
		await press(app, pane, "2");
		expect(app.readText(BROKEN)).toBe(before);
		expect(logLines(app)).toEqual([expect.objectContaining({ path: BROKEN, grade: 2, unsaved: true })]);
		expect(pane.querySelector(".interview-vault-quiz-message")?.textContent).toMatch(/kept in the review log.*cannot be saved into the note until its frontmatter is repaired/);
		// Until the repair, the note is scheduled from the log: graded once, learning.
		expect(plugin.index.question(BROKEN)?.learning).toMatchObject({ status: "learning", grade: 2, reps: 1 });

		// A second session on the same note; R opens the repair preview from the card.
		const again = await quizThisNote(app, BROKEN);
		await press(app, again, "r");
		const preview = app.openModals().at(-1);
		expect(preview?.titleEl.textContent).toBe("Repair frontmatter: 1 note");
		expect(preview?.contentEl.textContent).toContain("opening fence `---\\` → `---`");
		preview?.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await app.flush();
		const repaired = app.readText(BROKEN) ?? "";
		expect(repaired).toBe(before.replace(/^---\\\n/, "---\n"));
		expect(plugin.index.question(BROKEN)?.propertiesUnreadable).toBeUndefined();
		expect(again.querySelector(".interview-vault-unreadable")).toBeNull();

		await press(app, again, " ");
		await press(app, again, "4");
		const written = app.readText(BROKEN) ?? "";
		// The note now holds two reviews: the logged grade 2 and this 4; every other line is as repaired.
		expect(written).toMatch(/^quiz_reps: 2$/m);
		expect(written).toMatch(/^quiz_grade: 4$/m);
		expect(written.split("\n").filter((line) => !line.startsWith("quiz_"))).toEqual(repaired.split("\n"));
		expect(logLines(app).map((entry) => [entry.grade, entry.unsaved ?? false])).toEqual([[2, true], [4, false]]);
	});

	it("is listed in native blocks and the question browser with a marker that gives the reason", async () => {
		const { app } = await startDemo();
		const block = await app.renderCodeBlock("interview-vault", "difficulty: medium\ncolumns: [title, difficulty]", "90-MOCs/moc-backend.md");
		const row = [...block.querySelectorAll("tr")].find((tr) => tr.textContent?.includes("When would you put a message queue"));
		const marker = row?.querySelector(".interview-vault-unreadable-marker");
		expect(marker?.getAttribute("aria-label")).toBe("Properties unreadable: The opening fence is `---\\` instead of `---`; Obsidian shows no properties for this note. Run \"Check vault\" to repair it.");
		const readable = [...block.querySelectorAll("tr")].filter((tr) => tr.querySelector(".interview-vault-unreadable-marker"));
		// The medium questions without readable properties: the `---\\` note and the duplicated key.
		expect(readable).toHaveLength(2);
	});
});
