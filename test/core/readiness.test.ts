import { describe, expect, it } from "vitest";
import { QuestionIndex } from "../../src/core/index/QuestionIndex";
import { readingLine } from "../../src/core/index/readiness";

describe("the index's readiness", () => {
	it("starts reading, tells its subscribers of progress, and becoming ready bumps the revision so views drawn meanwhile draw again", () => {
		const index = new QuestionIndex();
		const heard: string[] = [];
		index.subscribe(() => heard.push(index.readiness.state));
		expect(index.isReady).toBe(false);
		const before = index.revision;
		index.setReadiness({ state: "reading", done: 200, total: 1698 });
		expect(index.revision).toBe(before);
		index.setReadiness({ state: "ready" });
		expect(index.isReady).toBe(true);
		expect(index.revision).toBe(before + 1);
		expect(heard).toEqual(["reading", "ready"]);
	});

	it("gives views one progress line, with the counts once they are known", () => {
		expect(readingLine({ state: "reading", done: 0, total: 0 })).toBe("Interview Vault is reading your notes…");
		expect(readingLine({ state: "reading", done: 1200, total: 9800 })).toBe("Interview Vault is reading your notes… 1,200 of 9,800");
		expect(readingLine({ state: "ready" })).toBe("");
	});
});
