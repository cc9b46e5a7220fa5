import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerHealthCommands } from "../../src/ui/health/registerHealthCommands";
import { UndoStack } from "../../src/app/notes/UndoStack";
import { VaultNoteWrites } from "../../src/obsidian/VaultNoteWrites";
import { readFolderIntoFiles, type FakeApp } from "../obsidian/FakeApp";
import { DEMO_VAULT, startDemo, type LoadedPlugin } from "./support";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const NOTE = "50-Backend/q-hostile-payloads--backend--easy.md";
const BAD_DIFFICULTY = "50-Backend/q-hostile-difficulty--backend--easy.md";

/** A question whose every displayed property carries markup; graded 1, so the dashboard shows its subtopics. */
const HOSTILE = `---
title: "${SCRIPT} ${IMG}"
aliases: ["${IMG}", "${SCRIPT}"]
tags: [xss, "${SCRIPT}", "${IMG}"]
subtopics: ["${IMG}", "${SCRIPT}"]
topic: "<svg onload=alert(1)>"
difficulty: easy
moc: moc-backend
quiz_status: learning
quiz_grade: 1
quiz_reviewed: 2026-11-19
quiz_due: 2026-11-20
---
# Question (EN)
> Which payload is shown here?

## Answer (EN)
Only text.
`;

const HOSTILE_PROBLEM = `---\ndifficulty: "${IMG}"\n---\n# Question (EN)\n> Unknown difficulty?\n`;

async function start(): Promise<{ app: FakeApp; plugin: LoadedPlugin }> {
	const demo = await startDemo({}, { ...readFolderIntoFiles(DEMO_VAULT), [NOTE]: HOSTILE, [BAD_DIFFICULTY]: HOSTILE_PROBLEM });
	// Until main.ts wires the health commands (see health.test.ts), they are wired from the source.
	if (!demo.app.commandIds().includes("interview-vault:check-vault")) registerHealthCommands(demo.plugin, { index: demo.plugin.index, notes: { writes: new VaultNoteWrites(demo.app), undo: new UndoStack() } });
	await demo.app.flush(30);
	return demo;
}

/** Nothing of the payloads became markup anywhere in the document: no element, no handler attribute. */
function expectNothingInsertedAsHtml(): void {
	expect(document.querySelectorAll("script, img, iframe, object, embed").length).toBe(0);
	for (const element of document.querySelectorAll("*")) {
		const handlers = element.getAttributeNames().filter((name) => name.toLowerCase().startsWith("on"));
		expect(handlers, `<${element.tagName.toLowerCase()}> carries ${handlers.join(", ")}`).toEqual([]);
	}
	expect(document.querySelectorAll("svg[onload]").length).toBe(0);
}

function expectShownAsText(el: Element, ...payloads: string[]): void {
	for (const payload of payloads) expect(el.textContent ?? "").toContain(payload);
}

function leafOf(app: FakeApp, type: string): HTMLElement {
	const view = app.workspace.getLeavesOfType(type)[0]?.view;
	if (!view) throw new Error(`no ${type} view`);
	return view.containerEl;
}

describe("notes carrying <script> and onerror= payloads, through main.js", () => {
	it("the native block shows them as text", async () => {
		const { app } = await start();
		const el = await app.renderCodeBlock("interview-vault", "from: 50-Backend\ncolumns: [title, subtopics, topic, tags]", "90-MOCs/moc-backend.md");
		expectShownAsText(el, SCRIPT, IMG, "<svg onload=alert(1)>");
		expectNothingInsertedAsHtml();
	});

	it("a dataview block shows them as text", async () => {
		const { app } = await start();
		const el = await app.renderMarkdown('```dataview\nTABLE title, aliases, tags, subtopics, topic FROM "50-Backend" WHERE contains(file.name, "hostile")\n```\n', "90-MOCs/moc-backend.md");
		expect(el.querySelector(".interview-vault-dataview tbody tr")).not.toBeNull();
		expectShownAsText(el, SCRIPT, IMG);
		expectNothingInsertedAsHtml();
	});

	it("the question browser shows them as text", async () => {
		const { app } = await start();
		expect(await app.runCommand("interview-vault:open-question-browser")).toBe(true);
		await app.flush();
		const el = leafOf(app, "interview-vault-browser");
		expectShownAsText(el, `${SCRIPT} ${IMG}`);
		const bySubtopic = [...el.querySelectorAll<HTMLButtonElement>(".interview-vault-chip-button")].find((b) => b.textContent === "subtopic");
		bySubtopic?.click();
		await app.flush();
		expectShownAsText(el, IMG, SCRIPT);
		expectNothingInsertedAsHtml();
	});

	it("the quiz pane shows them as text, question and answer", async () => {
		const { app } = await start();
		app.setActiveFile(NOTE);
		expect(await app.runCommand("interview-vault:start-quiz-note")).toBe(true);
		await app.flush();
		const pane = leafOf(app, "interview-vault-quiz");
		expectShownAsText(pane, `${SCRIPT} ${IMG}`);
		pane.querySelector(".interview-vault-quiz")?.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true }));
		await app.flush();
		expectShownAsText(pane, "Only text.");
		expectNothingInsertedAsHtml();
	});

	it("the dashboard, Find question, the problems modal and Check vault show them as text", async () => {
		const { app } = await start();
		await app.runCommand("interview-vault:open-dashboard");
		await app.flush();
		expectShownAsText(leafOf(app, "interview-vault-dashboard"), IMG);
		await app.runCommand("interview-vault:find-question");
		const find = app.openModals().at(-1);
		const input = find?.modalEl.querySelector<HTMLInputElement>("input.prompt-input");
		if (!find || !input) throw new Error("no search modal");
		input.value = "payload";
		input.dispatchEvent(new Event("input"));
		await app.flush();
		expectShownAsText(find.modalEl, `${SCRIPT} ${IMG}`);
		find.close();
		for (const command of ["interview-vault:show-index-problems", "interview-vault:check-vault"]) {
			await app.runCommand(command);
			await app.flush();
			const modal = app.openModals().at(-1);
			if (!modal) throw new Error(`${command} opened nothing`);
			expectShownAsText(modal.contentEl, IMG);
			expectNothingInsertedAsHtml();
			modal.close();
		}
		expectNothingInsertedAsHtml();
	});

	it("a Dataview query cannot reach JavaScript: no constructor, prototype or call on a value runs code", async () => {
		const { app } = await start();
		const marker = globalThis as { ivPwned?: boolean };
		marker.ivPwned = false;
		const attempts = [
			'TABLE constructor.constructor("globalThis.ivPwned = true")() FROM "50-Backend"',
			'TABLE file["constructor"]["constructor"]("globalThis.ivPwned = true") FROM "50-Backend"',
			'TABLE this.__proto__.constructor("globalThis.ivPwned = true") FROM "50-Backend"',
			'LIST WHERE default(file.name.constructor, "x")("globalThis.ivPwned = true")',
			'TABLE eval("globalThis.ivPwned = true") FROM "50-Backend"',
			'LIST FROM "50-Backend" WHERE Function("globalThis.ivPwned = true")()',
			'TABLE ((x) => x.constructor)(file)("globalThis.ivPwned = true") FROM "50-Backend"',
			'TABLE map(list(1), (x) => x.constructor.constructor("globalThis.ivPwned = true")()) FROM "50-Backend"',
		];
		for (const query of attempts) {
			const el = await app.renderMarkdown(`\`\`\`dataview\n${query}\n\`\`\`\n`, "90-MOCs/moc-backend.md");
			expect(el.querySelector(".block-language-dataview")).not.toBeNull();
			expect(el.textContent ?? "").not.toBe("");
		}
		await app.renderCodeBlock("dataviewjs", "globalThis.ivPwned = true", "90-MOCs/moc-backend.md").catch(() => undefined);
		expect(marker.ivPwned).toBe(false);
		delete marker.ivPwned;
		expectNothingInsertedAsHtml();
	});

	it("a [[javascript:…]] value becomes a link that carries no script URL, in any spelling", async () => {
		const { app } = await start();
		const spellings = ["javascript:alert(1)", "JavaScript:alert(1)", " java\tscript:alert(1)", "data:text/html,x", "vbscript:x"];
		const note = `---\ndifficulty: easy\nrelated: [${spellings.map((s) => JSON.stringify(`[[${s}]]`)).join(", ")}]\n---\n# Scripted links\n`;
		await app.writeText("50-Backend/q-scripted-links--backend--easy.md", note);
		await app.flush(30);
		const el = await app.renderMarkdown('```dataview\nTABLE related FROM "50-Backend" WHERE contains(file.name, "scripted")\n```\n', "90-MOCs/moc-backend.md");
		const links = [...el.querySelectorAll("a")];
		expect(links.map((a) => a.textContent)).toEqual(expect.arrayContaining(["javascript:alert(1)", "vbscript:x"]));
		const urls = links.flatMap((a) => a.getAttributeNames().map((name) => a.getAttribute(name) ?? ""));
		expect(urls.filter((value) => /script:|data:/i.test(value.replace(/\s/g, "")))).toEqual([]);
	});
});

describe("the source", () => {
	const files = sourceFiles("src");

	it("never inserts HTML, evaluates code or builds functions from text", () => {
		expect(files.length).toBeGreaterThan(50);
		const forbidden = [/\binnerHTML\b/, /\bouterHTML\s*=/, /\binsertAdjacentHTML\b/, /\beval\s*\(/, /\bnew\s+Function\b/, /\bcreateContextualFragment\b/, /\bdocument\.write\b/];
		for (const file of files) {
			const text = readFileSync(file, "utf8");
			for (const pattern of forbidden) expect(text, `${file} matches ${String(pattern)}`).not.toMatch(pattern);
		}
	});

	it("makes no network request: no fetch, XMLHttpRequest, WebSocket or Obsidian's requestUrl", () => {
		for (const file of files) {
			expect(readFileSync(file, "utf8"), file).not.toMatch(/\b(fetch|requestUrl|request|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|\bnew\s+(XMLHttpRequest|WebSocket|EventSource)\b/);
		}
		// The bundle too (its libraries included); MiniSearch's own `.fetch(` method is a map lookup.
		const bundle = readFileSync("main.js", "utf8");
		expect(bundle).not.toMatch(/(^|[^.\w}])fetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|requestUrl/);
	});
});

describe("the CLI stays inside the vault it was given", () => {
	let base: string;
	let outside: string;
	let vault: string;
	beforeAll(() => {
		base = mkdtempSync(join(tmpdir(), "iv-security-"));
		outside = join(base, "outside");
		vault = join(base, "vault");
		mkdirSync(outside);
		mkdirSync(join(vault, "notes"), { recursive: true });
		writeFileSync(join(outside, "secret.md"), "---\\\ntitle: outside\n---\n```dataview\nLIST\n```\n");
		writeFileSync(join(vault, "notes", "q-inside--backend--easy.md"), "---\ndifficulty: easy\n---\n# Question (EN)\n> Inside?\n");
	});
	afterAll(() => rmSync(base, { recursive: true, force: true }));

	function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
		const result = spawnSync(process.execPath, [join("bin", "interview-vault.cjs"), ...args], { encoding: "utf8" });
		return { code: result.status, stdout: result.stdout, stderr: result.stderr };
	}

	it("refuses a vault path that is a symbolic link to a folder elsewhere, for every command", () => {
		const link = join(base, "vault-link");
		symlinkSync(outside, link);
		for (const args of [["report", link], ["check", link, "--fix", "--write"], ["list", link], ["query", link, "--dql", "LIST"]]) {
			const { code, stderr } = cli(...args);
			expect(code, args.join(" ")).toBe(2);
			expect(stderr).toContain("no vault folder");
		}
		expect(readFileSync(join(outside, "secret.md"), "utf8").startsWith("---\\\n")).toBe(true);
	});

	it("refuses a --note outside the vault, by a relative or an absolute path", () => {
		for (const note of ["../outside/secret.md", join(outside, "secret.md")]) {
			const { code, stderr } = cli("query", vault, "--note", note);
			expect(code).toBe(2);
			expect(stderr).toContain("not a note inside the vault");
		}
	});

	it("does not follow a --note that is a symbolic link leading out of the vault", () => {
		symlinkSync(join(outside, "secret.md"), join(vault, "notes", "link.md"));
		symlinkSync(outside, join(vault, "linked"));
		for (const note of ["notes/link.md", "linked/secret.md"]) {
			const { code, stdout } = cli("query", vault, "--note", note);
			expect(stdout, note).not.toContain("block at line");
			expect(code, note).toBe(2);
		}
	});
});

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.isFile() && path.endsWith(".ts") ? [path] : [];
	});
}
