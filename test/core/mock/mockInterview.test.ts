import { describe, expect, it } from "vitest";
import { answerCurrent, endMock, mockResult, pickMockQuestions, startMock, type MockSetup } from "../../../src/core/mock/mockInterview";
import { mockReportNote } from "../../../src/core/mock/mockReport";
import type { SelfGrade } from "../../../src/core/schedule/grades";
import { demoIndex } from "../../support/demoIndex";
import { seededRandom } from "../../support/seededRandom";

const index = demoIndex();
const PATHS = [
	"50-Backend/q-sql-join-types--backend--easy.md",
	"50-Backend/q-what-is-an-index--backend--easy.md",
	"50-Backend/q-password-hashing--backend--easy.md",
	"50-Backend/q-tcp-vs-udp--backend--easy.md",
	"50-Backend/q-jwt-vs-sessions--backend--medium.md",
];
const SETUP: MockSetup = { scope: "Backend › Beginner Path", paths: PATHS, secondsPerQuestion: 120, showGuide: true, countInSchedule: false };
const T0 = Date.parse("2026-11-23T09:00:00Z");

function interview(scores: (SelfGrade | undefined)[]) {
	let mock = startMock(SETUP, T0);
	scores.forEach((score, i) => (mock = answerCurrent(mock, score, i === 0 ? "Clear | on joins" : "", T0 + (i + 1) * 60_000)));
	return mock;
}

const lookup = (path: string) => index.question(path);

describe("a mock interview", () => {
	it("times each answer and finishes after the last question", () => {
		const mock = interview([4, 3, 5, 4, 2]);
		expect(mock.answers.map((a) => a.seconds)).toEqual([60, 60, 60, 60, 60]);
		expect(mock.finishedAt).toBe(T0 + 5 * 60_000);
	});

	it("meets the hire bar with an average of 3.5 or more, in the rubric's words", () => {
		const result = mockResult(interview([4, 3, 5, 4, 2]), lookup, { threshold: 3.5, criticalSubtopics: [] }, T0);
		expect(result).toMatchObject({ scored: 5, passed: 0, average: 3.6, averageLabel: "Strong", meetsThreshold: true, seconds: 300 });
		expect(result.verdict).toEqual({ kind: "hire", title: "Meets the hire bar", text: "Average 3.60 (Strong) meets the hire bar of 3.5." });
	});

	it("is conditional when a role-critical subtopic is below 4.0, and not ready below the bar", () => {
		const conditional = mockResult(interview([3, 4, 5, 4, 4]), lookup, { threshold: 3.5, criticalSubtopics: ["sql"] }, T0);
		expect(conditional.verdict.kind).toBe("conditional");
		expect(conditional.verdict.text).toBe("Average 4.00 (Strong) meets the hire bar of 3.5, but role-critical subtopics are below 4.0: sql 3.00.");
		const low = mockResult(interview([2, 3, undefined, 3, 2]), lookup, { threshold: 3.5, criticalSubtopics: [] }, T0);
		expect(low).toMatchObject({ scored: 4, passed: 1, average: 2.5 });
		expect(low.verdict).toEqual({ kind: "not-yet", title: "Not ready yet", text: "Average 2.50 (Competent) is below the hire bar of 3.5." });
		expect(mockResult(endMock(startMock(SETUP, T0), T0), lookup, { threshold: 3.5, criticalSubtopics: [] }, T0).verdict.kind).toBe("no-scores");
	});

	it("writes a report note with the date, the scope, every score and note, and the verdict", () => {
		const mock = interview([4, 3, 5, 4, 2]);
		const result = mockResult(mock, lookup, { threshold: 3.5, criticalSubtopics: ["security"] }, T0);
		const text = mockReportNote(mock, result, { day: "2026-11-23", time: "09:05", describe: (path) => ({ title: lookup(path)?.title ?? path, linkTarget: path.slice(11, -3) }) });
		expect(text).toMatch(/^---\nkind: mock-interview\ndate: 2026-11-23\nscope: "Backend › Beginner Path"\nquestions: 5\naverage: 3.6\nthreshold: 3.5\nverdict: Conditional\ncounted_in_schedule: false\n---\n/);
		expect(text).toContain("| 1 | [[q-sql-join-types--backend--easy\\|SQL join types]] | 4 Strong | 1:00 | Clear \\| on joins |");
		expect(text).toContain("| 5 | [[q-jwt-vs-sessions--backend--medium\\|JWT vs server-side sessions]] | 2 Developing | 1:00 | — |");
		expect(text).toContain("## Verdict: Conditional\n\nAverage 3.60 (Strong) meets the hire bar of 3.5, but role-critical subtopics are below 4.0: security 3.50.");
		expect(text).toContain("## Role-critical subtopics\n\n- security: 3.50 against 4.0 (below it)");
		expect(text).toContain("kept apart from the spaced-repetition schedule");
	});

	it("picks a balanced mix of difficulties, in the scope's order", () => {
		const picked = pickMockQuestions(index.questions(), 6, "balanced", seededRandom(7));
		expect(picked.map((q) => q.difficulty).sort()).toEqual(["easy", "easy", "hard", "hard", "medium", "medium"]);
		const order = index.questions().map((q) => q.path);
		expect(picked.map((q) => order.indexOf(q.path))).toEqual([...picked.map((q) => order.indexOf(q.path))].sort((a, b) => a - b));
		expect(pickMockQuestions(index.questions(), 3, "hard", seededRandom(1)).every((q) => q.difficulty === "hard")).toBe(true);
	});
});
