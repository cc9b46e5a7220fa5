/**
 * Faults a real vault meets while a quiz runs (issue 12), through the built main.js: a sync that
 * lands between a grade and its undo, a write that fails, a log that cannot be appended to, a
 * rename of the card on screen, a review log cut off mid-line.
 */
import { describe, expect, it } from "vitest";
import type { TFile } from "obsidian";
import type { FakeApp } from "../obsidian/FakeApp";
import { startDemo } from "./support";

const NOTE = "50-Backend/q-what-is-an-index--backend--easy.md";
const LOG_FOLDER = "Interview Vault/Review log/";

function pane(app: FakeApp): HTMLElement {
	const el = app.workspace.getLeavesOfType("interview-vault-quiz")[0]?.view.containerEl.querySelector<HTMLElement>(".interview-vault-quiz");
	if (!el) throw new Error("no quiz pane");
	return el;
}

async function press(app: FakeApp, key: string): Promise<void> {
	pane(app).dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
	await app.flush();
}

async function quizNotes(app: FakeApp, ...paths: string[]): Promise<void> {
	for (const path of paths) {
		app.setActiveFile(path);
		await app.runCommand("interview-vault:start-quiz-note");
		await app.flush();
	}
}

function text(el: HTMLElement, selector: string): string {
	return el.querySelector(selector)?.textContent ?? "";
}

function logText(app: FakeApp): string {
	const file = app.vault.getMarkdownFiles().find((f) => f.path.startsWith(LOG_FOLDER));
	return file ? (app.readText(file.path) ?? "") : "";
}

function logEntries(app: FakeApp): { path: string; grade: number }[] {
	return logText(app).split("\n").flatMap((line) => {
		try {
			const entry = JSON.parse(line) as { path?: unknown; grade?: unknown };
			return typeof entry.path === "string" && typeof entry.grade === "number" ? [{ path: entry.path, grade: entry.grade }] : [];
		} catch {
			return [];
		}
	});
}

/** Makes the vault's `method` fail for the files `which` picks, until the returned function is called. */
function failFor(app: FakeApp, method: "process" | "append" | "create", which: (path: string) => boolean): () => void {
	const vault = app.vault as unknown as Record<string, (file: TFile | string, ...rest: unknown[]) => Promise<unknown>>;
	const original = vault[method];
	if (!original) throw new Error(`no vault.${method}`);
	vault[method] = function (this: unknown, file: TFile | string, ...rest: unknown[]) {
		const path = typeof file === "string" ? file : file.path;
		if (which(path)) return Promise.reject(new Error("the disk is full"));
		return original.call(this, file, ...rest);
	};
	return () => {
		vault[method] = original;
	};
}

describe("undo after a sync, through main.js", () => {
	it("leaves the other device's newer values alone and says what changed", async () => {
		const { app } = await startDemo();
		await quizNotes(app, NOTE);
		await press(app, " ");
		await press(app, "4");
		const graded = app.readText(NOTE) ?? "";
		expect(graded).toMatch(/^quiz_grade: 4$/m);
		// Another device graded the same note later; sync brings its values in.
		const synced = graded.replace(/^quiz_grade: 4$/m, "quiz_grade: 5").replace(/^quiz_due: .*$/m, "quiz_due: 2027-01-15");
		await app.writeText(NOTE, synced);
		await app.flush();
		await press(app, "u");
		expect(app.readText(NOTE)).toBe(synced);
		expect(text(pane(app), ".interview-vault-quiz-message")).toMatch(/quiz_grade.*4.*5/);
		expect(logEntries(app).filter((entry) => entry.path === NOTE)).toHaveLength(1);
	});

	it("still undoes byte for byte when only other properties or the body changed", async () => {
		const { app } = await startDemo();
		const before = app.readText(NOTE) ?? "";
		await quizNotes(app, NOTE);
		await press(app, " ");
		await press(app, "4");
		await app.writeText(NOTE, `${app.readText(NOTE) ?? ""}\nA line synced from another device.\n`);
		await app.flush();
		await press(app, "u");
		expect(app.readText(NOTE)).toBe(`${before}\nA line synced from another device.\n`);
	});
});

describe("a failed undo, through main.js", () => {
	it("changes nothing in the session: the next U undoes the same grade, never an earlier one", async () => {
		const { app } = await startDemo();
		const second = "50-Backend/q-database-sharding--backend--hard.md";
		const secondBefore = app.readText(second) ?? "";
		expect(await app.runCommand("interview-vault:start-quiz-due")).toBe(true);
		const modal = app.openModals()[0];
		if (!modal) throw new Error("no setup modal");
		modal.contentEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
		await app.flush();
		await press(app, " ");
		await press(app, "4");
		const firstGraded = app.readText(NOTE) ?? "";
		expect(text(pane(app), ".interview-vault-quiz-title")).toContain("harding");
		await press(app, " ");
		await press(app, "3");
		expect(app.readText(second)).not.toBe(secondBefore);
		expect(text(pane(app), ".interview-vault-quiz-progress")).toBe("3 / 10");

		const restore = failFor(app, "process", (path) => path === second);
		await press(app, "u");
		restore();
		expect(text(pane(app), ".interview-vault-quiz-message")).toMatch(/not undone/i);
		expect(text(pane(app), ".interview-vault-quiz-progress")).toBe("3 / 10");

		await press(app, "u");
		expect(app.readText(second)).toBe(secondBefore);
		expect(app.readText(NOTE)).toBe(firstGraded);
		expect(text(pane(app), ".interview-vault-quiz-progress")).toBe("2 / 10");
	});
});

describe("a grade is one unit with its log entry, through main.js", () => {
	it("when the log cannot be written, the note is restored and the card stays; the next press grades once", async () => {
		const { app } = await startDemo();
		const before = app.readText(NOTE) ?? "";
		const reps = Number(/^quiz_reps: (\d+)$/m.exec(before)?.[1]);
		await quizNotes(app, NOTE);
		await press(app, " ");
		const isLog = (path: string): boolean => path.startsWith(LOG_FOLDER);
		const restores = [failFor(app, "process", isLog), failFor(app, "append", isLog), failFor(app, "create", isLog)];
		await press(app, "4");
		for (const restore of restores) restore();
		expect(app.readText(NOTE)).toBe(before);
		expect(text(pane(app), ".interview-vault-quiz-message")).toMatch(/not saved/);
		expect(text(pane(app), ".interview-vault-quiz-title")).toBe("What a database index is and what it costs");

		await press(app, "4");
		expect(app.readText(NOTE)).toMatch(new RegExp(`^quiz_reps: ${reps + 1}$`, "m"));
		expect(logEntries(app).filter((entry) => entry.path === NOTE)).toEqual([{ path: NOTE, grade: 4 }]);
	});
});

describe("renaming the card on screen, through main.js", () => {
	it("the card stays and the grade lands in the renamed note", async () => {
		const { app } = await startDemo();
		await quizNotes(app, NOTE);
		await press(app, " ");
		const renamed = "Archive/q-indexes-renamed--backend--easy.md";
		await app.vault.rename(app.file(NOTE), renamed);
		await app.flush();
		expect(text(pane(app), ".interview-vault-quiz-title")).toBe("What a database index is and what it costs");
		expect(pane(app).textContent).not.toMatch(/deleted/);
		await press(app, "4");
		expect(app.readText(renamed)).toMatch(/^quiz_grade: 4$/m);
		expect(logEntries(app)).toEqual([{ path: renamed, grade: 4 }]);
	});
});

describe("a review log cut off mid-line (an interrupted write, a sync conflict), through main.js", () => {
	it("the next grade starts on a new line, the partial line is kept and reported, and undo removes the grade", async () => {
		const { app } = await startDemo();
		await quizNotes(app, NOTE);
		await press(app, " ");
		await press(app, "4");
		const log = app.vault.getMarkdownFiles().find((f) => f.path.startsWith(LOG_FOLDER));
		if (!log) throw new Error("no review log");
		const partial = '{"id":"other-device-1","at":"2026-11-2';
		await app.writeText(log.path, `${logText(app)}${partial}`);
		await app.flush();

		await quizNotes(app, "50-Backend/q-database-sharding--backend--hard.md");
		await press(app, " ");
		await press(app, "2");
		const lines = logText(app).split("\n");
		expect(lines).toContain(partial);
		expect(logEntries(app).map((entry) => entry.grade)).toEqual([4, 2]);

		await press(app, "u");
		expect(logEntries(app).map((entry) => entry.grade)).toEqual([4]);
		expect(logText(app).split("\n")).toContain(partial);
	});
});
