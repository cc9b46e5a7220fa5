import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadVault } from "../../src/cli/loadVault";
import { cellText, parseQuery, runQuery } from "../../src/core/dataview";

/**
 * What the headless index keeps of a note: never its text (memory in proportion to the vault);
 * Dataview's body data only for the query command, which answers as it did from the text.
 */
let root: string;
const NOTE = ["---", "difficulty: easy", "---", "# Question (EN)", "Why? [rating:: 4] #extra", "", "## Answer (EN)", "Ответ тоже.", "- [ ] Draw it [[q-b--backend--hard]]", "- plain"].join("\n");

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), "iv-pages-"));
	mkdirSync(join(root, "50-Backend"));
	writeFileSync(join(root, "50-Backend", "q-a--backend--easy.md"), NOTE);
	writeFileSync(join(root, "50-Backend", "q-b--backend--hard.md"), "---\ndifficulty: hard\n---\n# Question (EN)\nJust prose.\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the pages of a vault read headless", () => {
	it("keep no note's text, and no body data unless Dataview's is asked for", () => {
		const pages = loadVault(root).index.pages();
		expect(pages).toHaveLength(2);
		for (const page of pages) {
			expect(page).not.toHaveProperty("text");
			expect(page).not.toHaveProperty("body");
		}
	});

	it("answer Dataview queries from the body data read once, with the file's size from its stat", () => {
		const pages = loadVault(root, undefined, undefined, { dataview: true }).index.pages();
		for (const page of pages) expect(page).not.toHaveProperty("text");
		const parsed = parseQuery('TABLE rating, file.size, length(file.tasks), file.etags FROM "50-Backend"');
		if (!parsed.ok) throw new Error(parsed.message);
		const result = runQuery(parsed.query, pages, { today: "2025-10-20" });
		if (result.type !== "table") throw new Error(result.type);
		const size = statSync(join(root, "50-Backend", "q-a--backend--easy.md")).size;
		expect(result.rows.map((row) => row.map((cell) => cellText(cell)))).toEqual([
			["q-a--backend--easy", "4", String(size), "1", "#extra"],
			["q-b--backend--hard", "-", String(statSync(join(root, "50-Backend", "q-b--backend--hard.md")).size), "0", ""],
		]);
	});
});
