import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FakeApp } from "../obsidian/FakeApp";
import { readFolderIntoFiles } from "../obsidian/FakeApp";
import { loadPluginBundle, startPlugin } from "../support/loadPluginBundle";
import { DEMO_VAULT, startDemo, type LoadedPlugin } from "./support";

const GUIDE = readFileSync("test/fixtures/documents/service-guide.txt", "utf8");
const GUIDE_MD = readFileSync("test/fixtures/documents/service-guide.md", "utf8");
const CHECKLIST = readFileSync("test/fixtures/documents/topic-checklist.md", "utf8");
const FOLDER = "Interview Vault/Imported/service-guide";
const UNDO = "interview-vault:undo-document-change";

function vaultFiles(): Record<string, string> {
	return { ...readFolderIntoFiles(DEMO_VAULT), "Guides/service-guide.txt": GUIDE, "Guides/service-guide.md": GUIDE_MD, "topic-checklist.md": CHECKLIST };
}

async function press(app: FakeApp, target: HTMLElement, key: string): Promise<void> {
	target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
	await app.flush();
}

function lastModal(app: FakeApp): HTMLElement {
	const modal = app.openModals().at(-1);
	if (!modal) throw new Error("no modal is open");
	return modal.modalEl;
}

/** "Import questions from a document…", the document typed into the picker, Enter: the preview opens. */
async function openImportPreview(app: FakeApp, document: string): Promise<HTMLElement> {
	expect(await app.runCommand("interview-vault:import-document")).toBe(true);
	const picker = lastModal(app);
	const input = picker.querySelector<HTMLInputElement>("input.prompt-input");
	if (!input) throw new Error("no picker input");
	input.value = document;
	input.dispatchEvent(new Event("input"));
	await app.flush();
	await press(app, input, "Enter");
	await app.flush();
	return lastModal(app);
}

function importedPaths(app: FakeApp): string[] {
	return app.vault.getFiles().map((file) => file.path).filter((path) => path.startsWith(`${FOLDER}/`)).sort();
}

function button(container: HTMLElement, text: string | RegExp): HTMLButtonElement {
	const found = [...container.querySelectorAll("button")].find((candidate) => (typeof text === "string" ? candidate.textContent === text : text.test(candidate.textContent ?? "")));
	if (!found) throw new Error(`no button "${String(text)}" in ${container.textContent ?? ""}`);
	return found;
}

describe("importing a Q&A guide through main.js", { timeout: 30_000 }, () => {
	it("previews first, writes 12 questions and a MOC on Import, creates nothing the second time, and undo removes it all", async () => {
		const { app, plugin } = await startDemo({}, vaultFiles());
		const before = plugin.index.questions().length;
		const preview = await openImportPreview(app, "service-guide.txt");
		expect(importedPaths(app)).toEqual([]);

		const doubt = preview.querySelector(".interview-vault-import-doubt");
		expect(doubt?.textContent).toContain('labelled "junior" (easy) but comes after a medium part');
		const select = doubt?.querySelector("select");
		if (!select) throw new Error("no difficulty dropdown for part 3");
		select.value = "hard";
		select.dispatchEvent(new Event("change"));
		expect([...preview.querySelectorAll(".interview-vault-import-note.is-new")]).toHaveLength(13);
		expect(preview.textContent).toContain("Line 84: The numbering jumps from Q6 to Q8 (one number missing).");
		button(preview, "Import 13 notes").click();
		await app.flush();

		const written = importedPaths(app);
		expect(written).toHaveLength(13);
		expect(written.filter((path) => path.endsWith("--hard.md"))).toHaveLength(4);
		expect(written).toContain(`${FOLDER}/q-fencing-token-protect-resource-guarded-distributed--service-engineering--hard.md`);
		expect(plugin.index.questions().length).toBe(before + 12);
		const moc = plugin.index.moc(`${FOLDER}/moc-service-guide.md`);
		expect(moc?.studyPaths.map((path) => plugin.index.studyPathQuestions(path).questions.length)).toEqual([4, 4, 4]);
		expect(app.notices().at(-1)).toBe(`Imported 13 notes from service-guide.txt into ${FOLDER}. "Undo the last import" removes them. Undo`);

		const again = await openImportPreview(app, "service-guide.txt");
		expect([...again.querySelectorAll(".interview-vault-import-note.is-imported")]).toHaveLength(13);
		expect(again.textContent).toContain("Nothing new to write: this document is already imported.");
		expect(button(again, "Import").disabled).toBe(true);
		button(again, "Cancel").click();
		expect(importedPaths(app)).toHaveLength(13);

		expect(await app.runCommand(UNDO)).toBe(true);
		await app.flush();
		expect(importedPaths(app)).toEqual([]);
		expect(plugin.index.questions().length).toBe(before);
		expect(app.notices().at(-1)).toBe("Undid the import of service-guide.txt: removed 13 notes.");
		// The folders the import made went with the notes; nothing else in the vault changed.
		expect(app.vault.getAbstractFileByPath(FOLDER)).toBeNull();
		expect(app.vault.getAbstractFileByPath("Interview Vault")).toBeNull();
		expect(await app.runCommand("interview-vault:undo-last-import")).toBe(false);
	});

	it("undoes from the notice's Undo button, and \"Undo the last import\" skips a later checklist mark", async () => {
		const { app } = await startDemo({}, vaultFiles());
		const filesBefore = app.vault.getFiles().map((file) => [file.path, app.readText(file.path)]);
		button(await openImportPreview(app, "service-guide.txt"), /^Import \d+ notes$/).click();
		await app.flush();
		const undoButton = document.body.querySelector<HTMLButtonElement>(".notice .interview-vault-notice-undo");
		if (!undoButton) throw new Error("the import notice has no Undo button");
		undoButton.click();
		await app.flush();
		expect(app.notices().at(-1)).toBe("Undid the import of service-guide.txt: removed 13 notes.");
		expect(app.vault.getFiles().map((file) => [file.path, app.readText(file.path)])).toEqual(filesBefore);
		expect(app.vault.getAbstractFileByPath("Interview Vault")).toBeNull();
		undoButton.click();
		await app.flush();
		expect(app.notices().at(-1)).toBe("Undid the import of service-guide.txt: removed 13 notes.");

		button(await openImportPreview(app, "service-guide.txt"), /^Import \d+ notes$/).click();
		await app.flush();
		app.setActiveFile("topic-checklist.md");
		await app.runCommand("interview-vault:use-note-as-checklist");
		await app.flush();
		const view = app.workspace.getLeavesOfType("interview-vault-coverage")[0]?.view.containerEl;
		const topic = [...(view?.querySelectorAll(".interview-vault-coverage-topic") ?? [])].find((el) => el.querySelector(".interview-vault-coverage-name")?.textContent === "Graph databases");
		if (!(topic instanceof HTMLElement)) throw new Error("topic not shown");
		button(topic, "Mark done").click();
		await app.flush();
		const marked = app.readText("topic-checklist.md");
		expect(marked).not.toBe(CHECKLIST);
		expect(await app.runCommand("interview-vault:undo-last-import")).toBe(true);
		await app.flush();
		expect(importedPaths(app)).toEqual([]);
		expect(app.readText("topic-checklist.md")).toBe(marked);
	});

	it("\"Undo the last import\" still works after Obsidian restarts", async () => {
		const { app, plugin } = await startDemo({}, vaultFiles());
		button(await openImportPreview(app, "service-guide.txt"), /^Import \d+ notes$/).click();
		await app.flush();
		expect(importedPaths(app)).toHaveLength(13);
		expect(await app.vault.adapter.exists(".obsidian/plugins/interview-vault/import-undo.json")).toBe(true);
		plugin.unload();
		await app.flush();

		const restarted = await startPlugin(app, loadPluginBundle<LoadedPlugin>());
		await app.flush();
		expect(await app.runCommand("interview-vault:undo-last-import")).toBe(true);
		await app.flush();
		expect(importedPaths(app)).toEqual([]);
		expect(app.vault.getAbstractFileByPath("Interview Vault")).toBeNull();
		expect(app.notices().at(-1)).toBe("Undid the import of service-guide.txt: removed 13 notes.");
		// Undone once: the saved receipt is gone with it.
		expect(await app.vault.adapter.exists(".obsidian/plugins/interview-vault/import-undo.json")).toBe(false);
		restarted.unload();
		await app.flush();
		const again = await startPlugin(app, loadPluginBundle<LoadedPlugin>());
		await app.flush();
		expect(await app.runCommand("interview-vault:undo-last-import")).toBe(false);
		again.unload();
	});

	it("keeps a note the user edited since the import when undoing, and says so", async () => {
		const { app } = await startDemo({}, vaultFiles());
		button(await openImportPreview(app, "service-guide.txt"), /^Import \d+ notes$/).click();
		await app.flush();
		const edited = `${FOLDER}/q-makes-queue-different-stack--service-engineering--easy.md`;
		await app.writeText(edited, `${app.readText(edited) ?? ""}\nMy own notes.\n`);
		await app.runCommand(UNDO);
		await app.flush();
		expect(importedPaths(app)).toEqual([edited]);
		expect(app.notices().at(-1)).toBe(`Undid the import of service-guide.txt: removed 12 notes. Left as they are: ${edited} (edited since).`);
	});

	it("imports the Markdown-headings variant into the same questions", async () => {
		const titles = async (document: string) => {
			const { app, plugin } = await startDemo({}, vaultFiles());
			button(await openImportPreview(app, document), /^Import \d+ notes$/).click();
			await app.flush();
			return plugin.index.questions().filter((q) => q.path.startsWith(FOLDER)).map((q) => [q.basename, q.title, q.difficulty, q.subtopics]);
		};
		const plain = await titles("service-guide.txt");
		expect(plain).toHaveLength(12);
		expect(await titles("service-guide.md")).toEqual(plain);
	});

	it("never overwrites a note already at a planned name: it is skipped unless written beside it", async () => {
		const taken = `${FOLDER}/q-makes-queue-different-stack--service-engineering--easy.md`;
		const { app } = await startDemo({}, { ...vaultFiles(), [taken]: "My own note.\n" });
		const preview = await openImportPreview(app, "service-guide.txt");
		const row = preview.querySelector(".interview-vault-import-note.is-taken");
		expect(row?.textContent).toContain("Another file has this name; it is never overwritten.");
		button(preview, "Import 12 notes").click();
		await app.flush();
		expect(app.readText(taken)).toBe("My own note.\n");
		expect(importedPaths(app)).toHaveLength(13);
	});

	it("writes a note beside the one at its name when chosen so, and undo leaves the user's note and its folder", async () => {
		const taken = `${FOLDER}/q-makes-queue-different-stack--service-engineering--easy.md`;
		const { app } = await startDemo({}, { ...vaultFiles(), [taken]: "My own note.\n" });
		const preview = await openImportPreview(app, "service-guide.txt");
		const choice = preview.querySelector<HTMLSelectElement>(".interview-vault-import-note.is-taken select");
		if (!choice) throw new Error("no skip-or-beside choice");
		choice.value = "beside";
		choice.dispatchEvent(new Event("change"));
		button(preview, "Import 13 notes").click();
		await app.flush();
		expect(app.readText(taken)).toBe("My own note.\n");
		expect(app.readText(taken.replace("stack--", "stack-2--"))).toContain("title: \"What makes a queue different from a stack?\"");
		await app.runCommand("interview-vault:undo-last-import");
		await app.flush();
		expect(importedPaths(app)).toEqual([taken]);
		expect(app.readText(taken)).toBe("My own note.\n");
	});
});

describe("the topic checklist's coverage through main.js", { timeout: 30_000 }, () => {
	async function openCoverage(): Promise<{ app: FakeApp; view: HTMLElement }> {
		const { app } = await startDemo({}, vaultFiles());
		app.setActiveFile("topic-checklist.md");
		expect(await app.runCommand("interview-vault:use-note-as-checklist")).toBe(true);
		await app.flush();
		const leaf = app.workspace.getLeavesOfType("interview-vault-coverage")[0];
		if (!leaf) throw new Error("the coverage view did not open");
		return { app, view: leaf.view.containerEl };
	}

	const names = (view: HTMLElement, state: string) =>
		[...view.querySelectorAll(`.interview-vault-coverage-group.is-${state} .interview-vault-coverage-name`)].map((el) => el.textContent);

	it("lists the topics with no question, those done but weak, and those strong but not marked done", async () => {
		const { view } = await openCoverage();
		expect(names(view, "missing")).toEqual(["Graph databases", "Service discovery", "Chaos engineering"]);
		expect(names(view, "done-but-weak")).toEqual(["Indexes and query plans", "Database sharding"]);
		expect(names(view, "strong-not-done")).toEqual(["HTTP methods and status codes", "Authentication (OAuth, JWT, sessions)", "Locking: optimistic, pessimistic"]);
		expect(names(view, "covered")).toEqual(["Transactions and isolation levels", "Caching layers (CDN, cache-aside)", "Rate limiting", "Processes and threads"]);
	});

	it("Mark done changes exactly that line of the checklist, and undo puts it back byte for byte", async () => {
		const { app, view } = await openCoverage();
		const topic = [...view.querySelectorAll(".interview-vault-coverage-topic")].find((el) => el.querySelector(".interview-vault-coverage-name")?.textContent === "HTTP methods and status codes");
		if (!(topic instanceof HTMLElement)) throw new Error("topic not shown");
		button(topic, "Mark done").click();
		await app.flush();
		const after = app.readText("topic-checklist.md") ?? "";
		const [oldLines, newLines] = [CHECKLIST.split("\n"), after.split("\n")];
		expect(newLines.length).toBe(oldLines.length);
		expect(newLines.flatMap((line, i) => (line === oldLines[i] ? [] : [[i, oldLines[i], line]]))).toEqual([[10, "   HTTP methods and status codes", "   HTTP methods and status codes Done"]]);
		expect(names(view, "strong-not-done")).toEqual(["Authentication (OAuth, JWT, sessions)", "Locking: optimistic, pessimistic"]);

		button(view, "Undo the last change").click();
		await app.flush();
		expect(app.readText("topic-checklist.md")).toBe(CHECKLIST);
	});

	it("Create question writes a note for a missing topic that the view then counts as covered", async () => {
		const { app, view } = await openCoverage();
		const topic = [...view.querySelectorAll(".interview-vault-coverage-topic")].find((el) => el.querySelector(".interview-vault-coverage-name")?.textContent === "Graph databases");
		if (!(topic instanceof HTMLElement)) throw new Error("topic not shown");
		button(topic, "Create question").click();
		await app.flush();
		expect(app.readText("Interview Vault/New questions/q-graph-databases--storage-databases--medium.md")).toContain("subtopics: [graph-databases]");
		expect(names(view, "missing")).toEqual(["Service discovery", "Chaos engineering"]);
		expect(app.readText("topic-checklist.md")).toBe(CHECKLIST);
	});
});

/** In the setup modal: the scope whose label starts so, and the parts whose labels start so ticked. */
function chooseMockScope(setup: HTMLElement, scopeLabel: string, parts: readonly string[] = []): void {
	const scope = setup.querySelector("select");
	const option = [...(scope?.options ?? [])].find((candidate) => candidate.text.startsWith(scopeLabel));
	if (!scope || !option) throw new Error(`no scope "${scopeLabel}"`);
	scope.value = option.value;
	scope.dispatchEvent(new Event("change"));
	for (const part of parts) {
		const label = [...setup.querySelectorAll(".interview-vault-mock-part")].find((candidate) => candidate.textContent?.trim().startsWith(part));
		const checkbox = label?.querySelector("input");
		if (!checkbox) throw new Error(`no part "${part}" in ${setup.querySelector(".interview-vault-mock-parts")?.textContent ?? ""}`);
		checkbox.checked = true;
		checkbox.dispatchEvent(new Event("change"));
	}
}

function mockPane(app: FakeApp): HTMLElement {
	const pane = app.workspace.getLeavesOfType("interview-vault-mock")[0]?.view.containerEl.querySelector<HTMLElement>(".interview-vault-mock");
	if (!pane) throw new Error("the mock interview pane is not open");
	return pane;
}

describe("a mock interview through main.js", { timeout: 30_000 }, () => {
	it("five questions scored 1–5 with notes end in a report note holding every score and the verdict; the schedule is untouched", async () => {
		const { app } = await startDemo({}, vaultFiles());
		const questionTexts = new Map(app.vault.getMarkdownFiles().map((file) => [file.path, app.readText(file.path)]));
		expect(await app.runCommand("interview-vault:start-mock-interview")).toBe(true);
		const setup = lastModal(app);
		chooseMockScope(setup, "Backend — MOC", ["Beginner Path"]);
		await press(app, app.openModals().at(-1)?.contentEl ?? setup, "Enter");
		await app.flush();

		const pane = mockPane(app);
		expect(pane.querySelector(".interview-vault-mock-progress")?.textContent).toBe("1 / 5");
		// Shown to the interviewer: the note's strong answer, or its answer when it has no strong one.
		expect(pane.querySelector(".interview-vault-mock-section h4")?.textContent).toMatch(/^(Strong answer|Answer)$/);
		const asked: string[] = [];
		const scores = ["4", "3", "5", "4", "2"];
		for (const [i, score] of scores.entries()) {
			asked.push(pane.querySelector(".interview-vault-mock-title")?.textContent ?? "");
			const note = pane.querySelector<HTMLTextAreaElement>(".interview-vault-mock-note");
			if (note) note.value = i === 0 ? "Named both trade-offs" : "";
			app.clock.advance(90_000);
			await press(app, pane, score);
		}
		expect(pane.querySelector(".interview-vault-mock-verdict")?.textContent).toBe("Meets the hire bar. Average 3.60 (Strong) meets the hire bar of 3.5.");

		const reports = app.vault.getMarkdownFiles().filter((file) => file.path.startsWith("Interview Vault/Mock interviews/"));
		expect(reports.map((file) => file.path)).toEqual(["Interview Vault/Mock interviews/Mock interview 2026-11-23 09-07.md"]);
		const report = app.readText(reports[0]?.path ?? "") ?? "";
		expect(report).toContain("verdict: Meets the hire bar");
		expect(report).toContain("## Verdict: Meets the hire bar\n\nAverage 3.60 (Strong) meets the hire bar of 3.5.");
		const rows = report.split("\n").filter((line) => /^\| \d /.test(line));
		expect(rows).toHaveLength(5);
		rows.forEach((row, i) => {
			expect(row).toContain(`\\|${asked[i] ?? ""}]]`);
			expect(row).toContain(`| ${scores[i] ?? ""} `);
			expect(row).toContain("| 1:30 |");
		});
		expect(rows[0]).toContain("| Named both trade-offs |");

		for (const [path, text] of questionTexts) expect(app.readText(path)).toBe(text);
		expect(app.vault.getFiles().some((file) => file.path.startsWith("Interview Vault/Review log/"))).toBe(false);
	});

	it("over two parts of an imported guide with a custom difficulty mix, five questions end in a report holding every score and the verdict", async () => {
		const { app, plugin } = await startDemo({}, vaultFiles());
		const preview = await openImportPreview(app, "service-guide.txt");
		const part3 = preview.querySelector<HTMLSelectElement>(".interview-vault-import-doubt select");
		if (!part3) throw new Error("no difficulty dropdown for part 3");
		part3.value = "hard";
		part3.dispatchEvent(new Event("change"));
		button(preview, /^Import \d+ notes$/).click();
		await app.flush();

		await app.runCommand("interview-vault:start-mock-interview");
		const setup = app.openModals().at(-1)?.contentEl;
		if (!setup) throw new Error("no setup");
		chooseMockScope(setup, "Twelve Service Engineering Interview Questions", ["Part 1", "Part 3"]);
		const mix = [...setup.querySelectorAll("select")][1];
		if (!mix) throw new Error("no difficulty mix");
		mix.value = "custom";
		mix.dispatchEvent(new Event("change"));
		const counts = [...setup.querySelectorAll<HTMLInputElement>(".interview-vault-mock-mix-counts input")];
		expect(counts).toHaveLength(3);
		for (const [input, value] of counts.map((input, i) => [input, ["3", "0", "2"][i] ?? ""] as const)) {
			input.value = value;
			input.dispatchEvent(new Event("input"));
		}
		await press(app, setup, "Enter");
		await app.flush();

		const pane = mockPane(app);
		expect(pane.querySelector(".interview-vault-mock-progress")?.textContent).toBe("1 / 5");
		const asked: string[] = [];
		const scores = ["5", "4", "2", "3", "4"];
		for (const score of scores) {
			asked.push(plugin.index.questions().find((q) => q.title === pane.querySelector(".interview-vault-mock-title")?.textContent)?.path ?? "");
			app.clock.advance(45_000);
			await press(app, pane, score);
		}
		const parts = asked.map((path) => /^source_part: (.*)$/m.exec(app.readText(path) ?? "")?.[1] ?? "");
		expect(parts.every((part) => /^"?Part [13]:/.test(part))).toBe(true);
		expect(asked.map((path) => /--(\w+)\.md$/.exec(path)?.[1]).sort()).toEqual(["easy", "easy", "easy", "hard", "hard"]);
		expect(pane.querySelector(".interview-vault-mock-verdict")?.textContent).toBe("Meets the hire bar. Average 3.60 (Strong) meets the hire bar of 3.5.");

		const report = app.vault.getMarkdownFiles().find((file) => file.path.startsWith("Interview Vault/Mock interviews/"));
		const text = app.readText(report?.path ?? "") ?? "";
		expect(text).toMatch(/^scope: "Twelve Service Engineering Interview Questions › Part 1: [^\n]* \+ Part 3: [^\n]*"$/m);
		expect(text).toContain("mix: \"3 easy, 2 hard\"\n");
		expect(text).toContain("**Difficulty mix:** 3 easy, 2 hard\n");
		expect(text).toContain("verdict: Meets the hire bar\n");
		expect(text).toContain("## Verdict: Meets the hire bar\n\nAverage 3.60 (Strong) meets the hire bar of 3.5.");
		const rows = text.split("\n").filter((line) => /^\| \d /.test(line));
		expect(rows.map((row) => /\| (\d) [A-Z]/.exec(row)?.[1])).toEqual(scores);
		rows.forEach((row, i) => expect(row).toContain(`[[${(asked[i] ?? "").split("/").pop()?.replace(/\.md$/, "") ?? ""}\\|`));
	});

	it("on an imported guide's part, shows the interviewer the strong and weak answers and the cue, or hides them when set so", async () => {
		const { app } = await startDemo({}, vaultFiles());
		button(await openImportPreview(app, "service-guide.txt"), /^Import \d+ notes$/).click();
		await app.flush();
		const paneOn = async (showGuide: boolean): Promise<HTMLElement> => {
			await app.runCommand("interview-vault:start-mock-interview");
			const setup = app.openModals().at(-1);
			if (!setup) throw new Error("no setup");
			chooseMockScope(setup.contentEl, "Twelve Service Engineering Interview Questions", ["Part 1"]);
			expect(setup.contentEl.querySelector(".interview-vault-mock-part")?.textContent).toContain("(4 questions)");
			if (!showGuide) setup.contentEl.querySelectorAll<HTMLElement>(".checkbox-container")[0]?.click();
			await press(app, setup.contentEl, "Enter");
			const pane = app.workspace.getLeavesOfType("interview-vault-mock")[0]?.view.containerEl.querySelector<HTMLElement>(".interview-vault-mock");
			if (!pane) throw new Error("the mock interview pane is not open");
			return pane;
		};
		const shown = await paneOn(true);
		expect([...shown.querySelectorAll(".interview-vault-mock-section h4")].map((h) => h.textContent)).toEqual(["Strong answer", "Weak answer", "Evaluator's cue"]);
		expect(shown.querySelector(".interview-vault-mock-progress")?.textContent).toBe("1 / 4");
		const hidden = await paneOn(false);
		expect(hidden.querySelectorAll(".interview-vault-mock-section")).toHaveLength(0);
		button(hidden, "Show the answers").click();
		expect(hidden.querySelectorAll(".interview-vault-mock-section")).toHaveLength(3);
	});

	it("counts the scores as quiz grades only when the user chose so", async () => {
		const { app, plugin } = await startDemo({}, vaultFiles());
		await app.runCommand("interview-vault:start-mock-interview");
		const setup = app.openModals().at(-1);
		const count = setup?.contentEl.querySelector<HTMLInputElement>("input[type=number]");
		const toggles = setup?.contentEl.querySelectorAll<HTMLElement>(".checkbox-container");
		if (!setup || !count || toggles?.length !== 2) throw new Error("the setup changed");
		chooseMockScope(setup.contentEl, "Backend — MOC", ["Beginner Path"]);
		count.value = "2";
		count.dispatchEvent(new Event("input"));
		toggles[1]?.click();
		await press(app, setup.contentEl, "Enter");
		const pane = app.workspace.getLeavesOfType("interview-vault-mock")[0]?.view.containerEl.querySelector<HTMLElement>(".interview-vault-mock");
		if (!pane) throw new Error("the mock interview pane is not open");
		const asked: string[] = [];
		for (const score of ["4", "5"]) {
			asked.push(plugin.index.questions().find((q) => q.title === pane.querySelector(".interview-vault-mock-title")?.textContent)?.path ?? "");
			await press(app, pane, score);
		}
		await app.flush();
		expect(asked.map((path) => /^quiz_grade: (\d)$/m.exec(app.readText(path) ?? "")?.[1])).toEqual(["4", "5"]);
		const log = app.vault.getMarkdownFiles().filter((file) => file.path.startsWith("Interview Vault/Review log/"));
		expect(log).toHaveLength(1);
		expect((app.readText(log[0]?.path ?? "") ?? "").match(/"grade":\d/g)).toEqual(['"grade":4', '"grade":5']);
		expect(pane.textContent).toContain("Counted 2 scores as quiz grades.");
	});
});
