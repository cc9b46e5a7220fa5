import { describe, expect, it } from "vitest";
import { NOT_SUPPORTED } from "../../../src/core/dataview";
import { compareCorpus } from "./oracleCompare";

/**
 * Random queries (seeded, test/fixtures/dataview/generate-fuzz.mjs) over a random vault, answered
 * by our engine and compared with the answers the real Dataview 0.5.70 gave, recorded once.
 * A refusal names the feature; a different answer is never allowed.
 */
const outcomes = compareCorpus("test/fixtures/dataview", "fuzz", "fuzz-vault");

describe("random queries against Dataview's recorded answers", () => {
	it("never answers differently from Dataview", () => {
		const wrong = outcomes.filter((o) => o.verdict.category === "wrong").map((o) => `${o.id} ${o.query.replace(/\n/g, " ")}\n    ${o.verdict.detail}`);
		expect(wrong).toEqual([]);
	});

	it("refuses only by naming the feature, and answers most", () => {
		const refused = outcomes.filter((o) => o.verdict.category === "refused");
		if (process.env.IV_CORPUS_REPORT) console.log(`identical ${outcomes.length - refused.length}/${outcomes.length}\n${refused.map((o) => `${o.id} ${o.verdict.detail}`).join("\n")}`);
		for (const o of refused) expect(o.verdict.detail.startsWith(NOT_SUPPORTED)).toBe(true);
		expect(refused.length / outcomes.length).toBeLessThan(0.05);
	});
});
