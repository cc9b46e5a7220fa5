import { describe, expect, it } from "vitest";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { adaptiveNext } from "../../../src/core/quiz/adaptiveNext";
import type { Question } from "../../../src/core/question/Question";
import { analyze, questionNote } from "../../support/notes";

const index = new QuestionIndex();
index.upsertMany([
	analyze("q/q-mid--x--medium.md", questionNote("related: [q-easy-rel--x--easy, q-hard-rel--x--hard]", "## Related Questions\n### Prerequisites (Easier)\n- [[q-basics--x--easy]]\n")),
	analyze("q/q-plain--x--medium.md", questionNote("related: [q-easy-rel--x--easy, q-hard-rel--x--hard, q-missing]")),
	analyze("q/q-basics--x--easy.md", questionNote("title: Basics")),
	analyze("q/q-easy-rel--x--easy.md", questionNote("title: Easy related")),
	analyze("q/q-hard-rel--x--hard.md", questionNote("title: Hard related")),
]);
const question = (path: string) => index.question(path) as Question;
const titles = (q: Question, grade: 1 | 2 | 3 | 4 | 5) => adaptiveNext(q, grade, index)?.questions.map((x) => x.title);

describe("adaptiveNext", () => {
	it("offers the Prerequisites links after a 1 or 2", () => {
		expect(titles(question("q/q-mid--x--medium.md"), 1)).toEqual(["Basics"]);
		expect(adaptiveNext(question("q/q-mid--x--medium.md"), 2, index)?.kind).toBe("prerequisites");
	});

	it("falls back to related questions of lower difficulty, or higher after a 5", () => {
		expect(titles(question("q/q-plain--x--medium.md"), 2)).toEqual(["Easy related"]);
		expect(titles(question("q/q-plain--x--medium.md"), 5)).toEqual(["Hard related"]);
		expect(titles(question("q/q-mid--x--medium.md"), 5)).toEqual(["Hard related"]);
	});

	it("offers nothing after a 3 or 4", () => {
		expect(adaptiveNext(question("q/q-mid--x--medium.md"), 3, index)).toBeUndefined();
		expect(adaptiveNext(question("q/q-mid--x--medium.md"), 4, index)).toBeUndefined();
	});
});
