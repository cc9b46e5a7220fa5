import { describe, expect, it } from "vitest";
import type { Moc, Question } from "../../../src/core/question/Question";
import { interviewDayFor, interviewReadiness } from "../../../src/core/stats/interviewReadiness";
import { analyze, questionNote } from "../../support/notes";

const TODAY = "2026-11-23";

function question(name: string, learning = ""): Question {
	const analysis = analyze(`q/${name}.md`, questionNote(`title: ${name}\ndifficulty: medium\n${learning}`));
	if (analysis.kind !== "question") throw new Error(`${name} is not a question`);
	return analysis.question;
}

function memory(reviewed: string, due: string, stability: number): string {
	return `quiz_status: review\nquiz_grade: 4\nquiz_reviewed: ${reviewed}\nquiz_due: ${due}\nquiz_stability: ${stability}\nquiz_difficulty: 5\nquiz_reps: 3`;
}

function moc(interviewDate?: string): Moc {
	const analysis = analyze("maps/moc-x.md", `---\nkind: moc\n${interviewDate ? `interview_date: ${interviewDate}\n` : ""}---\n# X\n`);
	if (analysis.kind !== "moc") throw new Error("not a MOC");
	return analysis.moc;
}

describe("interviewReadiness", () => {
	const strong = question("q-strong", memory("2026-11-20", "2027-02-20", 90));
	const weak = question("q-weak", memory("2026-11-20", "2026-11-24", 1.5));
	const fresh = question("q-fresh");

	it("expects less recall the further away the interview is", () => {
		const recall = ["2026-11-24", "2026-12-01", "2026-12-20", "2027-03-01"].map((day) => interviewReadiness([strong], day, TODAY).expectedRecall ?? 1);
		expect(recall).toEqual([...recall].sort((a, b) => b - a));
		expect(new Set(recall).size).toBe(4);
		expect(recall[0]).toBeGreaterThan(0.9);
		expect(recall[3]).toBeLessThan(recall[0] as number);
	});

	it("ranks a weak question due before the interview as most at risk", () => {
		const result = interviewReadiness([strong, fresh, weak], "2026-12-15", TODAY);
		expect(result.atRisk.map((q) => q.path)).toEqual(["q/q-weak.md", "q/q-strong.md"]);
		const [weakRisk, strongRisk] = result.atRisk;
		expect(weakRisk?.retrievability).toBeLessThan(0.7);
		expect(strongRisk?.retrievability).toBeGreaterThan(0.9);
		expect(result).toMatchObject({ interviewDay: "2026-12-15", daysLeft: 22, graded: 2, total: 3 });
	});

	it("counts never-graded questions as no recall in the average", () => {
		const result = interviewReadiness([strong, fresh, weak], "2026-12-15", TODAY);
		const sum = result.atRisk.reduce((total, q) => total + q.retrievability, 0);
		expect(result.expectedRecall).toBeCloseTo(sum / 3, 3);
		expect(interviewReadiness([fresh], "2026-12-15", TODAY).expectedRecall).toBe(0);
		expect(interviewReadiness([], "2026-12-15", TODAY)).toMatchObject({ expectedRecall: null, total: 0, atRisk: [] });
	});

	it("lists at most ten at-risk questions", () => {
		const many = Array.from({ length: 12 }, (_, i) => question(`q-${String(i).padStart(2, "0")}`, memory("2026-11-20", "2026-12-01", 2 + i)));
		const { atRisk } = interviewReadiness(many, "2026-12-15", TODAY);
		expect(atRisk).toHaveLength(10);
		expect(atRisk[0]?.path).toBe("q/q-00.md");
	});

	it("once the interview has passed, reports negative days left and today's recall", () => {
		const result = interviewReadiness([strong], "2026-11-20", TODAY);
		expect(result.daysLeft).toBe(-3);
		expect(result.expectedRecall).toBe(interviewReadiness([strong], TODAY, TODAY).expectedRecall);
	});
});

describe("interviewDayFor", () => {
	it("prefers the MOC's interview_date over the setting", () => {
		expect(interviewDayFor("2026-12-01", moc("2026-12-15"))).toBe("2026-12-15");
	});

	it("falls back to the setting, and to nothing when neither is a day", () => {
		expect(interviewDayFor("2026-12-01", moc())).toBe("2026-12-01");
		expect(interviewDayFor(" 2026-12-01 ")).toBe("2026-12-01");
		expect(interviewDayFor("")).toBeUndefined();
		expect(interviewDayFor(undefined, moc())).toBeUndefined();
		expect(interviewDayFor("next week")).toBeUndefined();
	});
});
