import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../src/core/dataview";
import { toNativeBlock } from "../../../src/core/views/convertDataview";
import { applyConversion, planConversion, StaleBlockError } from "../../../src/core/views/convertPlan";
import { demoIndex } from "../../support/demoIndex";

function convert(query: string) {
	const parsed = parseQuery(query);
	if (!parsed.ok) throw new Error(parsed.message);
	return toNativeBlock(parsed.query);
}

describe("toNativeBlock", () => {
	it("maps folders, equality and contains filters, columns, sort and limit", () => {
		expect(convert('TABLE file.link AS "Q", difficulty\nFROM "50-Backend" OR #sql\nWHERE difficulty = "hard" AND (contains(tags, "sql") OR contains(tags, "api"))\nSORT file.name DESC\nLIMIT 5')).toEqual({
			ok: true,
			spec: expect.objectContaining({ folders: ["50-Backend"], tags: ["sql"], difficulty: ["hard"], tag: ["sql", "api"], columns: ["title", "difficulty"], sort: [{ column: "file", descending: true }], limit: 5 }) as unknown,
			source: 'from: [50-Backend, "#sql"]\ndifficulty: hard\ntag: [sql, api]\ncolumns: [title, difficulty]\nsort: -file\nlimit: 5\nview: table',
		});
	});

	it("turns a GROUP BY that counts rows into a counts view", () => {
		expect(convert('TABLE length(rows) AS "Count"\nFROM "x"\nGROUP BY difficulty\nSORT difficulty ASC')).toMatchObject({ ok: true, source: "from: x\ngroup-by: difficulty\nview: counts" });
	});

	it("refuses what has no native form, saying what", () => {
		expect(convert('TABLE difficulty WHERE contains(tags, "a") OR contains(subtopics, "b")')).toEqual({ ok: false, reason: "WHERE with OR across different properties has no native form" });
		expect(convert('TABLE file.mtime')).toMatchObject({ ok: false, reason: expect.stringContaining("file.mtime") as string });
		expect(convert('TABLE difficulty FROM "a" AND -#b')).toEqual({ ok: false, reason: 'FROM with a negation (-"folder", -#tag) has no native form' });
		expect(convert('LIST FROM "a/"')).toMatchObject({ ok: false, reason: expect.stringContaining("matches nothing in Dataview") as string });
		expect(convert('LIST FROM "a" LIMIT 3 WHERE difficulty = "hard"')).toEqual({ ok: false, reason: "a WHERE after GROUP BY or LIMIT has no native form" });
		expect(convert('LIST rows.file.link FROM "a" GROUP BY difficulty LIMIT 2')).toMatchObject({ ok: false, reason: expect.stringContaining("limits groups") as string });
		expect(convert('LIST WHERE contains(tags, "a") AND contains(tags, "b")')).toEqual({ ok: false, reason: "two conditions on tag joined by AND have no native form" });
		expect(convert('LIST WHERE lower(status) = "Draft"')).toMatchObject({ ok: false });
		expect(convert('TABLE rows.file.mtime FROM "a" GROUP BY difficulty')).toMatchObject({ ok: false, reason: expect.stringContaining("lists their fields") as string });
	});

	it("takes a FROM group of tags joined by AND as the tag filter, on either side", () => {
		expect(convert('LIST FROM "50-Backend" AND #sql')).toMatchObject({ ok: true, source: "from: 50-Backend\ntag: sql\ncolumns: title\nview: list" });
		expect(convert('LIST FROM (#sql OR #api) AND "50-Backend"')).toMatchObject({ ok: true, source: "from: 50-Backend\ntag: [sql, api]\ncolumns: title\nview: list" });
	});

	it("turns a grouped TABLE or LIST of its rows into a grouped native block, and WITHOUT ID key with a count into counts", () => {
		expect(convert('TABLE rows.file.link, rows.status FROM "a" GROUP BY topic')).toMatchObject({ ok: true, source: "from: a\ngroup-by: topic\ncolumns: [title, status]\nview: table" });
		expect(convert('LIST rows.file.name FROM "a" GROUP BY status SORT key')).toMatchObject({ ok: true, source: "from: a\ngroup-by: status\ncolumns: title\nview: list" });
		expect(convert('TABLE WITHOUT ID key AS "Level", length(rows) AS "Count" FROM "a" GROUP BY difficulty')).toMatchObject({ ok: true, source: "from: a\ngroup-by: difficulty\nview: counts" });
	});

	it("keeps Dataview's order of two SORTs (the later one first) and reads lower() and econtains()", () => {
		expect(convert('LIST FROM "a" SORT file.name SORT difficulty DESC')).toMatchObject({ ok: true, source: "from: a\ncolumns: title\nsort: [-difficulty, file]\nview: list" });
		expect(convert('LIST WHERE lower(difficulty) = "hard" AND econtains(subtopics, "sql")')).toMatchObject({ ok: true, source: "difficulty: hard\nsubtopic: sql\ncolumns: title\nview: list" });
	});
});

describe("planConversion and applyConversion", () => {
	const index = demoIndex();
	const context = { pages: index.pages(), questions: index.questions(), today: "2026-11-23", origin: "note.md" };
	const note = 'Intro\n\n```dataview\nTABLE difficulty\nFROM "60-SystemDesign"\nSORT file.name ASC\n```\n\n```dataview\nTABLE difficulty\nFROM "50-Backend"\nWHERE difficulty = "medium"\n```\n\n```dataview\nTASK\n```\nEnd\n';

	it("proves a block shows the same rows, explains one that would not, and keeps one it cannot convert", () => {
		const plan = planConversion(note, context);
		expect(plan.map((item) => [item.line, item.kind, item.kind === "convertible" ? (item.difference ?? "same") : item.reason])).toEqual([
			[3, "convertible", "same"],
			// 20 medium questions by their difficulty (property, tag or file name) against the 14 whose property says "medium".
			[9, "convertible", expect.stringMatching(/^the native block also shows 6 \(/) as string],
			[15, "unsupported", "a TASK query has no native form"],
		]);
	});

	it("rewrites only the chosen blocks, and refuses when a block changed since the preview", () => {
		const plan = planConversion(note, context);
		const first = plan[0];
		if (first?.kind !== "convertible") throw new Error("fixture");
		expect(applyConversion(note, [first])).toBe(note.replace('```dataview\nTABLE difficulty\nFROM "60-SystemDesign"\nSORT file.name ASC\n```', '```interview-vault\nfrom: 60-SystemDesign\ncolumns: [title, difficulty]\nsort: file\nview: table\n```'));
		expect(() => applyConversion(note.replace("SORT file.name ASC", "SORT file.name DESC"), [first])).toThrow(StaleBlockError);
	});
});
