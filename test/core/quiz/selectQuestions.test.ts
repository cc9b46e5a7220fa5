import { describe, expect, it } from "vitest";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { selectAll, selectQuestions, type SelectionOptions } from "../../../src/core/quiz/selectQuestions";
import { studyPathRanks } from "../../../src/core/quiz/studyOrder";
import { seededRandom } from "../../support/seededRandom";
import { analyze, questionNote } from "../../support/notes";

const TODAY = "2026-11-23";

function learned(due: string): string {
	return `difficulty: medium\nquiz_status: review\nquiz_reviewed: 2026-11-01\nquiz_due: ${due}\nquiz_stability: 5\nquiz_difficulty: 5`;
}

function buildIndex(): QuestionIndex {
	const index = new QuestionIndex();
	index.upsertMany([
		analyze("q/q-due-late.md", questionNote(learned("2026-11-23"))),
		analyze("q/q-due-early.md", questionNote(learned("2026-11-10"))),
		analyze("q/q-not-yet.md", questionNote(learned("2026-12-10"))),
		analyze("q/q-new-a.md", questionNote("difficulty: hard")),
		analyze("q/q-new-b.md", questionNote("difficulty: easy")),
		analyze("q/q-new-c.md", questionNote("difficulty: easy")),
		analyze("q/q-new-d.md", questionNote("difficulty: easy")),
		analyze(
			"maps/moc-x.md",
			"---\nkind: moc\n---\n## Study Paths\n### Advanced Path\n- [[q-new-a]]\n### Beginner Path\n- [[q-new-c]]\n- [[q-new-b]]\n",
		),
	]);
	return index;
}

function options(index: QuestionIndex, overrides: Partial<SelectionOptions> = {}): SelectionOptions {
	return { today: TODAY, size: 10, order: "due-first", newAllowed: 10, ranks: studyPathRanks(index), random: seededRandom(1), ...overrides };
}

const names = (questions: { basename: string }[]) => questions.map((q) => q.basename);

describe("selectQuestions", () => {
	it("puts due questions first, oldest due first, then new ones in study-path order (beginner paths first)", () => {
		const index = buildIndex();
		expect(names(selectQuestions(index.questions(), options(index)))).toEqual([
			"q-due-early", "q-due-late", "q-new-c", "q-new-b", "q-new-a", "q-new-d",
		]);
	});

	it("introduces no more new questions than the daily limit allows", () => {
		const index = buildIndex();
		expect(names(selectQuestions(index.questions(), options(index, { newAllowed: 1 })))).toEqual(["q-due-early", "q-due-late", "q-new-c"]);
		expect(names(selectQuestions(index.questions(), options(index, { newAllowed: 0 })))).toEqual(["q-due-early", "q-due-late"]);
	});

	it("stops at the session size", () => {
		const index = buildIndex();
		expect(selectQuestions(index.questions(), options(index, { size: 3 }))).toHaveLength(3);
	});

	it("can order the chosen questions by study path, or shuffle them reproducibly", () => {
		const index = buildIndex();
		expect(names(selectQuestions(index.questions(), options(index, { order: "moc-order" }))).slice(0, 3)).toEqual(["q-new-c", "q-new-b", "q-new-a"]);
		const once = names(selectQuestions(index.questions(), options(index, { order: "shuffled", random: seededRandom(9) })));
		const again = names(selectQuestions(index.questions(), options(index, { order: "shuffled", random: seededRandom(9) })));
		expect(once).toEqual(again);
		expect([...once].sort()).toEqual(["q-due-early", "q-due-late", "q-new-a", "q-new-b", "q-new-c", "q-new-d"]);
	});
});

describe("selectAll (a scope the learner chose)", () => {
	it("includes questions not yet due, after the due and new ones", () => {
		const index = buildIndex();
		expect(names(selectAll(index.questions(), options(index, { newAllowed: 0 })))).toEqual([
			"q-due-early", "q-due-late", "q-new-c", "q-new-b", "q-new-a", "q-new-d", "q-not-yet",
		]);
	});
});
