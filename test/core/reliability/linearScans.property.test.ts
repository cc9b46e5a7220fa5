import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanOutline } from "../../../src/core/note/outline";
import { extractContent } from "../../../src/core/question/content";
import { readLinkList } from "../../../src/core/question/values";

/**
 * The regular expressions the scans replaced, kept as the reference: on short lines they are
 * quick, and the one-pass scans must find exactly what they found.
 */
const OLD_HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;
const OLD_WIKILINK = /!?\[\[([^\]|#^\n]*)(?:[#^][^\]|\n]*)?(?:\|[^\]\n]*)?\]\]/g;
const OLD_SECTION_HEADING = /^(#{1,6})\s+(.+?)\s*#*$/;
const OLD_PROPERTY_LINK = /\[\[([^\]|#]+)[^\]]*\]\]/g;

/** Lines built from the characters that matter to these patterns, so edge cases come up often. */
const line = fc.array(fc.constantFrom("#", " ", "\t", "[", "]", "|", "^", "!", "a", "b", "\r", "\u2028", "\u00a0", "(", "en", ")", "Question", "Answer"), { maxLength: 24 })
	.map((parts) => parts.join(""));

describe("the one-pass scans read every line as the patterns they replaced", () => {
	it("headings and wikilinks of the outline", () => {
		fc.assert(
			fc.property(line, (text) => {
				const outline = scanOutline(text);
				// The outline reads lines without their final carriage return, as the old code did.
				const heading = OLD_HEADING.exec(text.replace(/\r$/, ""));
				expect(outline.headings).toEqual(heading?.[1] && heading[2] ? [{ text: heading[2].trim(), level: heading[1].length, line: 1 }] : []);
				const links = [...text.replace(/\r$/, "").matchAll(OLD_WIKILINK)].map((match) => (match[1] ?? "").trim()).filter((target) => target !== "");
				expect(outline.links.map((link) => link.target)).toEqual(links);
			}),
			{ numRuns: 3000 },
		);
	});

	it("the section headings a quiz card is cut from", () => {
		fc.assert(
			fc.property(line, (text) => {
				const heading = OLD_SECTION_HEADING.exec(text);
				const body = `${text}\nsection text`;
				const content = extractContent(body, "title", "en");
				const kind = heading?.[2] && /^(question|answer)(?=[\s(:]|$)/i.exec(heading[2])?.[1]?.toLowerCase();
				if (kind === "question") expect(content.question).toBe("section text");
				else if (kind === "answer") expect(content.answer).toBe("section text");
				else expect(content.question).toBe("title");
			}),
			{ numRuns: 3000 },
		);
	});

	it("links in a property value", () => {
		fc.assert(
			fc.property(line, (text) => {
				const links = [...text.matchAll(OLD_PROPERTY_LINK)].map((match) => (match[1] ?? "").trim());
				if (links.length > 0) expect(readLinkList(text)).toEqual(links.filter((target) => target !== ""));
			}),
			{ numRuns: 3000 },
		);
	});
});
