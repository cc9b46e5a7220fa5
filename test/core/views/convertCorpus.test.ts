import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/readVault";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { parseYamlAsObsidian } from "../../../src/core/note/yamlEngine";
import { analyzeNote } from "../../../src/core/parse/analyzeNote";
import { parseBlockSpec } from "../../../src/core/views/blockSpec";
import { nativeRowPaths } from "../../../src/core/views/convertDataview";
import { applyConversion, planConversion, rowKeys, type ConversionItem } from "../../../src/core/views/convertPlan";
import { defaultSettings, toRecognitionOptions } from "../../../src/settings/settings";
import { answer, compareCorpus, readRecorded } from "../dataview/oracleCompare";

/**
 * "Convert this note's Dataview blocks" over the whole query corpus (issue 13, point 5): each query
 * as the only block of a note, over the corpus vault. A query converts only when the native block
 * shows the rows our engine shows, and our engine shows Dataview's recorded rows for it; every
 * other query stays, with the reason.
 */
const FOLDER = "test/fixtures/dataview";
const recorded = readRecorded(`${FOLDER}/corpus.dataview.json`);
const time = Date.parse(recorded.file_times);
const index = new QuestionIndex();
index.upsertMany(readVault(`${FOLDER}/vault`).map((snapshot) => analyzeNote({ ...snapshot, ctime: time, mtime: time }, toRecognitionOptions(defaultSettings()))));
const verdicts = new Map(compareCorpus(FOLDER, "corpus").map((outcome) => [outcome.id, outcome.verdict.category]));

const plans = recorded.results.map((result) => {
	const note = `Intro\n\n\`\`\`dataview\n${result.query}\n\`\`\`\n`;
	const items = planConversion(note, { pages: index.pages(), questions: index.questions(), today: recorded.today, origin: result.origin ?? "Notes/convert.md" });
	return { id: result.id, query: result.query, note, item: items[0] as ConversionItem };
});
const converted = plans.filter((plan) => plan.item.kind === "convertible" && plan.item.difference === undefined);
const ids = (list: readonly { id: string }[]) => list.map((plan) => plan.id);

describe("converting the corpus's Dataview queries to native blocks", () => {
	it("plans every query of the corpus, one block each", () => {
		expect(plans).toHaveLength(recorded.results.length);
		expect(plans.every((plan) => plan.item !== undefined)).toBe(true);
	});

	it("converts a query only when Dataview itself gives the rows our engine gives for it", () => {
		expect(converted.filter((plan) => verdicts.get(plan.id) !== "identical").map((plan) => plan.id)).toEqual([]);
	});

	it("writes a native block that, read back as Obsidian reads it, shows Dataview's rows", () => {
		for (const plan of converted) {
			if (plan.item.kind !== "convertible") continue;
			const written = applyConversion(plan.note, [plan.item]);
			const source = /```interview-vault\n([\s\S]*?)\n```/.exec(written)?.[1] ?? "";
			const spec = parseBlockSpec(source, parseYamlAsObsidian);
			if (!spec.ok) throw new Error(`${plan.id}: the written block does not parse: ${spec.message}`);
			const dataview = answer(plan.query, index.pages(), recorded.today, "Notes/convert.md");
			expect(nativeRowPaths(spec.spec, index.questions()), plan.id).toEqual(rowKeys(dataview, spec.spec.view === "counts"));
		}
	});

	it("lists every query it does not convert with the reason", () => {
		for (const plan of plans) {
			if (converted.includes(plan)) continue;
			const reason = plan.item.kind === "unsupported" ? plan.item.reason : plan.item.difference;
			expect(typeof reason === "string" && reason.length > 10, `${plan.id}: ${String(reason)}`).toBe(true);
		}
	});

	it("covers the shapes the native block can express: FROM … AND #tag, grouped rows, counts, lower()", () => {
		expect(ids(converted)).toEqual(expect.arrayContaining(["q066", "q113", "q002", "q006", "q037", "q048", "q073", "q272"]));
		const reasons = new Map(plans.map((plan) => [plan.id, plan.item.kind === "unsupported" ? plan.item.reason : (plan.item.difference ?? "converted")]));
		expect(reasons.get("q064")).toBe('FROM "50-Backend/" matches nothing in Dataview (a leading or trailing slash); the native block would show the folder');
		expect(reasons.get("q069")).toBe('FROM with a negation (-"folder", -#tag) has no native form');
		expect(reasons.get("q074")).toBe("FROM [[note]] or outgoing([[note]]) has no native form");
		expect(reasons.get("q260")).toMatch(/has no native form$/);
		expect(converted.length).toBeGreaterThanOrEqual(24);
	});
});
