import { describe, expect, it } from "vitest";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { reviewsAllowedToday } from "../../../src/core/question/progress";
import { selectAll, selectQuestions, type SelectionOptions } from "../../../src/core/quiz/selectQuestions";
import { addDays } from "../../../src/core/schedule/days";
import { dueForecast } from "../../../src/core/stats/dashboardStats";
import { analyze, questionNote } from "../../support/notes";

const TODAY = "2026-11-23";

function learned(due: string, extra = ""): string {
	return `difficulty: medium\nquiz_status: review\nquiz_reviewed: 2026-11-01\nquiz_due: ${due}\nquiz_stability: 5\nquiz_difficulty: 5${extra}`;
}

function options(overrides: Partial<SelectionOptions> = {}): SelectionOptions {
	return { today: TODAY, size: 100, order: "due-first", newAllowed: 10, ranks: new Map(), random: () => 0, ...overrides };
}

describe("suspend and bury in selection and forecast", () => {
	const index = new QuestionIndex();
	index.upsertMany([
		analyze("q/q-due.md", questionNote(learned("2026-11-20"))),
		analyze("q/q-suspended.md", questionNote(learned("2026-11-20", "\nquiz_hold: suspended"))),
		analyze("q/q-buried.md", questionNote(learned("2026-11-22", "\nquiz_hold: buried until 2026-11-24"))),
		analyze("q/q-new-suspended.md", questionNote("difficulty: easy\nquiz_hold: suspended")),
		analyze("q/q-new.md", questionNote("difficulty: easy")),
	]);
	const names = (questions: { basename: string }[]) => questions.map((q) => q.basename);

	it("never picks a suspended question, and a buried one only once its day comes", () => {
		expect(names(selectQuestions(index.questions(), options()))).toEqual(["q-due", "q-new"]);
		expect(names(selectAll(index.questions(), options()))).toEqual(["q-due", "q-new"]);
		expect(names(selectQuestions(index.questions(), options({ today: "2026-11-24" })))).toEqual(["q-due", "q-buried", "q-new"]);
	});

	it("forecasts a buried question on the day its burial ends and a suspended one nowhere", () => {
		const due = dueForecast(index.questions(), TODAY);
		expect(due.forecast.slice(0, 2)).toEqual([{ day: TODAY, due: 1, carried: 0 }, { day: "2026-11-24", due: 1, carried: 0 }]);
		expect(due).toMatchObject({ suspended: 2, buried: 1 });
	});
});

describe("the daily review limit", () => {
	/** 12 questions due over three days: 7 overdue, 3 tomorrow, 2 the day after. */
	const index = new QuestionIndex();
	const dues = [...Array<string>(7).fill("2026-11-20"), ...Array<string>(3).fill("2026-11-24"), ...Array<string>(2).fill("2026-11-25")];
	index.upsertMany(dues.map((due, i) => analyze(`q/q-${String(i).padStart(2, "0")}.md`, questionNote(learned(due)))));

	it("holds no day over the limit and carries the rest to the next days in due order", () => {
		const { forecast } = dueForecast(index.questions(), TODAY, 4);
		expect(forecast.every((day) => day.due <= 4)).toBe(true);
		expect(forecast.slice(0, 5).map((d) => [d.due, d.carried])).toEqual([[4, 3], [4, 2], [4, 0], [0, 0], [0, 0]]);
		expect(forecast.reduce((sum, day) => sum + day.due, 0)).toBe(12);
	});

	it("gives today's session no more reviews than the limit leaves, oldest due first", () => {
		const allowed = reviewsAllowedToday(index.questions(), TODAY, 4);
		expect(allowed).toBe(4);
		const chosen = selectQuestions(index.questions(), options({ reviewsAllowed: allowed }));
		expect(chosen.map((q) => q.learning.due)).toEqual(Array<string>(4).fill("2026-11-20"));
		expect(reviewsAllowedToday(index.questions(), TODAY, 0)).toBeUndefined();
	});

	it("counts today's reviews against the limit", () => {
		const reviewed = new QuestionIndex();
		reviewed.upsertMany([0, 1, 2].map((i) => analyze(`q/q-r${i}.md`, questionNote(`quiz_reviewed: ${TODAY}\nquiz_due: ${addDays(TODAY, 5)}\nquiz_reps: 3\nquiz_grade: 4`))));
		expect(reviewsAllowedToday(reviewed.questions(), TODAY, 4)).toBe(1);
	});
});
