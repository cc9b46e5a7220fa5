import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { guideQuestions, parseGuide } from "../../../src/core/import/parseGuide";
import { partDifficulties } from "../../../src/core/import/partDifficulty";

const GUIDE = readFileSync("test/fixtures/documents/service-guide.txt", "utf8");
const GUIDE_MD = readFileSync("test/fixtures/documents/service-guide.md", "utf8");

describe("reading a Q&A hiring guide", () => {
	it("finds three parts of two sections each, twelve questions, in the document's order", () => {
		const guide = parseGuide(GUIDE);
		expect(guide.title).toBe("Twelve Service Engineering Interview Questions");
		expect(guide.parts.map((part) => [part.name, part.sections.map((section) => section.name)])).toEqual([
			["Part 1: Service engineering questions for junior candidates", ["Data Structures", "HTTP Basics"]],
			["Part 2: Service engineering questions for intermediate candidates", ["Storage", "Messaging"]],
			["Part 3: Service engineering questions for junior candidates", ["Distributed Systems", "Operations"]],
		]);
		expect(guideQuestions(guide).map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]);
	});

	it("gives each question its strong answer, weak answer and cue, whichever label the cue has", () => {
		const questions = guideQuestions(parseGuide(GUIDE));
		const q1 = questions[0];
		expect(q1?.text).toBe("When would you pick a hash map over a sorted tree for lookups?");
		expect(q1?.strongAnswer).toMatch(/^A hash map gives constant-time lookups/);
		expect(q1?.weakAnswer).toBe("Hash maps are always faster, so there is no reason to use a tree.");
		expect(q1?.cue).toBe("Listens for **ordering versus raw lookup speed**.");
		const byNumber = new Map(questions.map((q) => [q.number, q]));
		expect(byNumber.get(5)?.cue).toBe("Listens for **the leftmost-prefix rule**.");
		expect(byNumber.get(6)?.cue).toBe("Understanding of **compaction costs**.");
		expect(byNumber.get(8)?.strongAnswer).toMatch(/^Brokers deliver at least once/);
		expect(byNumber.get(8)?.cue).toBe("Tests **delivery semantics**.");
		expect(questions.every((q) => q.strongAnswer && q.weakAnswer && q.cue)).toBe(true);
	});

	it("keeps an answer over several paragraphs with its list and code block, and the covers list", () => {
		const q5 = guideQuestions(parseGuide(GUIDE)).find((q) => q.number === 5);
		expect(q5?.strongAnswer).toContain("The fix depends on the workload:\n\n- add an index that starts with city, or\n- reorder the columns");
		expect(q5?.strongAnswer).toContain("```sql\nCREATE INDEX idx_city ON offices (city);\n```");
		expect(q5?.covers).toEqual(["the leftmost-prefix rule", "why the index cannot be used for city alone", "reordering or adding a second index"]);
	});

	it("reports the numbering gap and the closing text it did not take as part of a cue", () => {
		expect(parseGuide(GUIDE).remarks.map((remark) => remark.message)).toEqual([
			"The numbering jumps from Q6 to Q8 (one number missing).",
			'Ignored text after the cue of Q13: "Book a calibration session with your hiring panel before using this guide."',
		]);
	});

	it("reads the Markdown-headings variant (bold and italic labels) into the same questions", () => {
		const plain = parseGuide(GUIDE);
		const markdown = parseGuide(GUIDE_MD);
		expect(markdown.title).toBe(plain.title);
		expect(markdown.parts.map((p) => p.name)).toEqual(plain.parts.map((p) => p.name));
		expect(guideQuestions(markdown)).toEqual(guideQuestions(plain).map((q) => ({ ...q, line: expect.any(Number) as number })));
	});

	it("reads Windows line endings and a byte-order mark like any other text", () => {
		const crlf = `\uFEFF${GUIDE.replace(/\n/g, "\r\n")}`;
		expect(guideQuestions(parseGuide(crlf))).toEqual(guideQuestions(parseGuide(GUIDE)));
	});

	it("puts questions with no part or section under one part, and a document without questions gives none", () => {
		const loose = parseGuide("My list\n\nQ1. First?\n\nStrong Answer: Yes.\n\nQ2. Second?\n");
		expect(loose.parts).toHaveLength(1);
		expect(guideQuestions(loose).map((q) => q.text)).toEqual(["First?", "Second?"]);
		expect(loose.remarks.map((r) => r.message)).toEqual(["Q2 has no strong answer."]);
		expect(guideQuestions(parseGuide("Just some notes.\n\nNothing numbered here.\n"))).toEqual([]);
	});
});

describe("a part's difficulty", () => {
	it("comes from its level word, and the easier label after a harder part is doubted", () => {
		const mapping = partDifficulties(parseGuide(GUIDE).parts);
		expect(mapping.map((m) => [m.difficulty, m.origin, m.levelWord])).toEqual([
			["easy", "level word", "junior"],
			["medium", "level word", "intermediate"],
			["easy", "level word", "junior"],
		]);
		expect(mapping.map((m) => m.doubt)).toEqual([undefined, undefined, 'labelled "junior" (easy) but comes after a medium part']);
	});

	it("follows the user's choice, which clears the doubt", () => {
		const mapping = partDifficulties(parseGuide(GUIDE).parts, new Map([[3, "hard"]]));
		expect(mapping[2]).toMatchObject({ difficulty: "hard", origin: "your choice" });
		expect(mapping[2]?.doubt).toBeUndefined();
	});

	it("without level words, comes from the order of the parts", () => {
		const guide = parseGuide("Part 1: Warm-up\n\nQ1. A?\n\nPart 2: Core\n\nQ2. B?\n\nPart 3: Deep end\n\nQ3. C?\n");
		expect(partDifficulties(guide.parts).map((m) => [m.difficulty, m.origin])).toEqual([["easy", "order"], ["medium", "order"], ["hard", "order"]]);
	});
});
