import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listMarkdownFiles, readNote } from "../../../src/cli/readVault";
import { scanBody } from "../../../src/core/dataview/bodyData";
import { scanBody as referenceScanBody } from "./referenceScanBody";

/**
 * The fast scan skips the lines and items that cannot hold a field, a tag, a link or a block id;
 * the full scan it replaced (kept in referenceScanBody.ts) looks at everything. On any body they
 * must find exactly the same fields, tags, links and list items.
 */

/** Fragments of the constructs the scan tells apart, so lists, fences, fields and tags meet often. */
const fragment = fc.constantFrom(
	"- ", "* ", "+ ", "1. ", "2) ", "  ", "    ", "\t", "[ ] ", "[x] ", "[-]", "```", "~~~", "````js", "$$", "%%", "# ", "## ", "###", "> ",
	"key:: value", "Due Date:: 2025-01-02", "[k:: v]", "(k:: [[n]])", "::", ":", "#tag", "#a/b", "#1", "#", " #x", "\\#y", "[[a]]", "![[b|c]]", "[[d#H|e]]",
	"[t](u.md)", "![i](p q.png)", "[x](https://e.com)", "`", "``", "`#c`", "^id", " ^b-1", "✅ 2025-01-02", "📅 2025-03-04", "⏳2025-05-06", "➕ 2025-07-08",
	"---", "***", "<!-- c -->", "$x$", "%% n %%", "word", "Ответ", " ", "(", ")", "[", "]", "|", "\\",
);
const line = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(""));
const body = fc.array(line, { maxLength: 30 }).map((lines) => lines.join("\n"));

describe("the fast body scan finds exactly what the full scan finds", () => {
	it("on generated bodies of lists, tasks, fences, fields, tags and links", () => {
		fc.assert(
			fc.property(body, fc.integer({ min: -1, max: 4 }), (text, yamlEnd) => {
				expect(scanBody(text, yamlEnd)).toEqual(referenceScanBody(text, yamlEnd));
			}),
			{ numRuns: 3000 },
		);
	});

	it("on hostile bodies: long runs of the characters that open or close constructs", () => {
		const unit = fc.constantFrom("#", "[[", "]]", "`", "```", "::", "- ", "  ", "$", "%%", "(", ")", "[", "]", "\\", "^", "\n", "\t", "✅");
		fc.assert(
			fc.property(fc.array(unit, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 400 }), (units, times) => {
				const text = units.join("").repeat(times);
				expect(scanBody(text, -1)).toEqual(referenceScanBody(text, -1));
			}),
			{ numRuns: 500 },
		);
	});

	it("on every note of the Dataview fixture vaults and the demo vault", () => {
		for (const vault of ["test/fixtures/dataview/fuzz-vault", "test/fixtures/demo-vault"]) {
			const paths = listMarkdownFiles(vault);
			expect(paths.length).toBeGreaterThan(10);
			for (const path of paths) {
				const { text } = readNote(vault, path);
				expect(scanBody(text, -1), path).toEqual(referenceScanBody(text, -1));
			}
		}
	});
});
