import { describe, expect, it } from "vitest";
import { NOT_SUPPORTED } from "../../../src/core/dataview";
import { compareCorpus } from "./oracleCompare";

/**
 * Acceptance for issue 13: 300+ queries of the kind interview-vault owners write, over a generated
 * realistic vault (test/fixtures/dataview/), answered by our engine and compared with the answers
 * the real Dataview 0.5.70 gave (recorded once by the oracle, committed beside the queries).
 */
const outcomes = compareCorpus("test/fixtures/dataview", "corpus");

describe("the query corpus against Dataview's recorded answers", () => {
	it("holds at least 300 queries", () => {
		expect(outcomes.length).toBeGreaterThanOrEqual(300);
	});

	it("never gives rows or cells that differ from Dataview's", () => {
		const wrong = outcomes.filter((o) => o.verdict.category === "wrong").map((o) => `${o.id} ${o.query.replace(/\n/g, " ")}\n    ${o.verdict.detail}`);
		expect(wrong).toEqual([]);
	});

	it("answers at least 95% exactly as Dataview does, and refuses the rest naming the feature", () => {
		const identical = outcomes.filter((o) => o.verdict.category === "identical").length;
		const refused = outcomes.filter((o) => o.verdict.category === "refused");
		if (process.env.IV_CORPUS_REPORT) console.log(`identical ${identical}/${outcomes.length}\n${refused.map((o) => `${o.id} ${o.verdict.detail}`).join("\n")}`);
		expect(identical / outcomes.length).toBeGreaterThanOrEqual(0.95);
		for (const o of refused) expect(o.verdict.detail.startsWith(NOT_SUPPORTED)).toBe(true);
	});
});
