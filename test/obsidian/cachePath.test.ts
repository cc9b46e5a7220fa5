import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../src/core/note/frontmatterBlock";
import { scanOutline } from "../../src/core/note/outline";
import { analyzeNote, type NoteAnalysis } from "../../src/core/parse/analyzeNote";
import { DEFAULT_RECOGNITION } from "../../src/core/question/recognition";
import { structureFromCache } from "../../src/obsidian/noteStructure";
import { snapshotOf } from "../../src/obsidian/readSnapshot";
import { generateRealisticVault } from "../support/realisticVault";
import { snapshot as headlessSnapshot } from "../support/notes";
import { createFakeApp, parseMetadata } from "./FakeApp";

/**
 * The plugin reads a note's layout from Obsidian's metadata cache; the command line, which has no
 * cache, scans the text. Both must give the same analysis of every note, or the plugin and the
 * CLI disagree about the same vault.
 */
describe("the metadata-cache path and the text path", { timeout: 120_000 }, () => {
	const { files, expected } = generateRealisticVault({ paragraphs: 14 });
	const notes = [...files].filter(([path]) => path.endsWith(".md") && !path.startsWith("."));

	it("give identical analyses for every note of the realistic vault, and the plugin takes the cache path for all of them", () => {
		const app = createFakeApp(Object.fromEntries(notes));
		let viaCache = 0;
		for (const file of app.vault.getMarkdownFiles()) {
			const text = files.get(file.path) ?? "";
			const cache = app.metadataCache.getFileCache(file);
			const fromCache = snapshotOf(file, text, cache);
			if (fromCache.structure?.outline) viaCache++;
			const fromText = { ...headlessSnapshot(file.path, text), ctime: file.stat.ctime, mtime: file.stat.mtime };
			expect(comparable(analyzeNote(fromCache, DEFAULT_RECOGNITION)), file.path).toEqual(comparable(analyzeNote(fromText, DEFAULT_RECOGNITION)));
		}
		expect(viaCache).toBe(notes.length);
	});

	it("find the same frontmatter block and outline (headings, links, Dataview blocks) in every note", () => {
		let dataviewBlocks = 0;
		for (const [, text] of notes) {
			const structure = structureFromCache(text, parseMetadata(text));
			const block = splitFrontmatter(text);
			expect(structure?.block).toEqual(block);
			expect(structure?.outline).toEqual(scanOutline(block.body, block.bodyStartLine));
			dataviewBlocks += structure?.outline?.codeBlocks.filter((code) => code.language === "dataview").length ?? 0;
		}
		expect(dataviewBlocks).toBe(expected.dataviewBlocks);
	});

	it("agree on the shapes real notes take beyond the generator: CRLF and a BOM, embeds and subpaths, fences in lists, unclosed fences", () => {
		const texts = [
			"\uFEFF---\r\ntitle: Joins\r\ndifficulty: easy\r\n---\r\n# Joins\r\n\r\n## Prerequisites\r\n- [[a#Part|shown]] and ![[b]]\r\n- [[c^block]]\r\n",
			"---\n---\n# Empty block\n- item\n  ```dataview\n  LIST\n  ```\n- [[after]]\n",
			"---\ntitle: x\n---\n## Advanced\n~~~js\n[[hidden]]\n~~~\n[[shown]]\n```\n# not a heading\n[[never closed]]\n",
			"---\\\ntitle: broken\n---\\\n# Heading ##\n[[x]]",
			"# No frontmatter\n\n| a | [[in table]] |\n|---|---|\n> [!note]\n> [[in callout]]\n",
		];
		for (const text of texts) {
			const block = splitFrontmatter(text);
			const structure = structureFromCache(text, parseMetadata(text));
			expect(structure?.outline, text).toEqual(scanOutline(block.body, block.bodyStartLine));
			const file = createFakeApp({ "q-x--backend--easy.md": text }).vault.getMarkdownFiles()[0];
			if (!file) throw new Error("the fake vault lost its only note");
			expect(comparable(analyzeNote(snapshotOf(file, text, parseMetadata(text)), DEFAULT_RECOGNITION))).toEqual(comparable(analyzeNote({ ...headlessSnapshot(file.path, text), ctime: file.stat.ctime, mtime: file.stat.mtime }, DEFAULT_RECOGNITION)));
		}
	});

	it("falls back to the text when the cache is older than the text (a stale frontmatter position)", () => {
		const old = "---\ntitle: a\n---\n# A\n";
		const now = "---\ntitle: a\ndifficulty: hard\n---\n# A\n[[linked]]\n";
		expect(structureFromCache(now, parseMetadata(old))).toBeUndefined();
	});
});

/** The analysis without the snapshot's own object identity (the frontmatter object is the source's). */
function comparable(analysis: NoteAnalysis): unknown {
	return JSON.parse(JSON.stringify(analysis)) as unknown;
}
