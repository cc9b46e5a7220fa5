import { describe, expect, it } from "vitest";
import { describeMix, mixShortfall, pickMockQuestions, startMock, answerCurrent, mockResult } from "../../../src/core/mock/mockInterview";
import { mockReportNote } from "../../../src/core/mock/mockReport";
import { chooseScope, type MockScopeOption } from "../../../src/core/mock/mockScope";
import { studyPathScope, mocScope } from "../../../src/core/quiz/quizScopes";
import { demoIndex } from "../../support/demoIndex";
import { seededRandom } from "../../support/seededRandom";

const index = demoIndex();
const moc = index.mocs().find((candidate) => candidate.path.endsWith("moc-backend.md"));
if (!moc) throw new Error("the demo vault has no backend MOC");
const option: MockScopeOption = {
	label: moc.title,
	questions: mocScope(index, moc).questions,
	parts: moc.studyPaths.map((path) => ({ label: path.name, questions: studyPathScope(index, moc, path).questions })),
};
const [beginner, intermediate, advanced] = option.parts;

describe("the scope of a mock interview", () => {
	it("is the parts ticked, in the parts' order, each question once, named by them", () => {
		if (!beginner || !intermediate || !advanced) throw new Error("the backend MOC has three study paths");
		const chosen = chooseScope(option, [2, 0]);
		expect(chosen.label).toBe(`${moc.title} › ${beginner.label} + ${advanced.label}`);
		expect(chosen.questions.map((q) => q.path)).toEqual([...new Set([...beginner.questions, ...advanced.questions].map((q) => q.path))]);
		expect(chosen.questions.some((q) => intermediate.questions.includes(q) && !beginner.questions.includes(q) && !advanced.questions.includes(q))).toBe(false);
	});

	it("is the whole MOC when no part or every part is ticked", () => {
		expect(chooseScope(option, [])).toEqual({ label: moc.title, questions: [...option.questions] });
		expect(chooseScope(option, [0, 1, 2]).label).toBe(moc.title);
		expect(chooseScope(option, [7]).label).toBe(moc.title);
	});
});

describe("a custom difficulty mix", () => {
	const all = index.questions();
	it("takes its own count of each difficulty, in the scope's order", () => {
		const picked = pickMockQuestions(all, 99, { easy: 2, medium: 0, hard: 3 }, seededRandom(3));
		expect(picked.map((q) => q.difficulty).sort()).toEqual(["easy", "easy", "hard", "hard", "hard"]);
		const order = all.map((q) => q.path);
		expect(picked.map((q) => order.indexOf(q.path))).toEqual(picked.map((q) => order.indexOf(q.path)).sort((a, b) => a - b));
	});

	it("says what the scope lacks, and is named in the report's words", () => {
		const easyOnly = all.filter((q) => q.difficulty === "easy").slice(0, 2);
		expect(mixShortfall(easyOnly, { easy: 3, medium: 0, hard: 1 })).toEqual(["2 easy of 3", "0 hard of 1"]);
		expect(mixShortfall(easyOnly, "hard")).toEqual([]);
		expect([describeMix({ easy: 2, medium: 2, hard: 1 }), describeMix("balanced"), describeMix("hard"), describeMix("any")]).toEqual(["2 easy, 2 medium, 1 hard", "balanced", "hard only", "any difficulty"]);
	});

	it("is written into the report beside the scope", () => {
		const picked = pickMockQuestions(all, 5, { easy: 1, medium: 0, hard: 1 }, seededRandom(5));
		const setup = { scope: "Backend › A + C", mix: describeMix({ easy: 1, medium: 0, hard: 1 }), paths: picked.map((q) => q.path), secondsPerQuestion: 60, showGuide: false, countInSchedule: false };
		let mock = startMock(setup, 0);
		mock = answerCurrent(answerCurrent(mock, 4, "", 1000), 3, "", 2000);
		const result = mockResult(mock, (path) => index.question(path), { threshold: 3.5, criticalSubtopics: [] }, 2000);
		const text = mockReportNote(mock, result, { day: "2026-11-23", time: "09:00", describe: (path) => ({ title: path, linkTarget: path }) });
		expect(text).toContain('scope: "Backend › A + C"\nmix: "1 easy, 1 hard"\n');
		expect(text).toContain("**Scope:** Backend › A + C\n**Difficulty mix:** 1 easy, 1 hard\n**Questions:** 2 questions");
	});
});
