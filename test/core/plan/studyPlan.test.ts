import { describe, expect, it } from "vitest";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { planForVault, type PlanSettings } from "../../../src/core/plan/planForVault";
import { parseStudyGuide } from "../../../src/core/plan/studyGuide";
import type { StudyPlan } from "../../../src/core/plan/studyPlan";
import type { ReviewEntry } from "../../../src/core/reviewLog/reviewLog";
import { addDays } from "../../../src/core/schedule/days";
import { DEFAULT_SCHEDULE } from "../../../src/core/schedule/scheduler";
import { analyze, questionNote } from "../../support/notes";

const TODAY = "2026-11-23";
const INTERVIEW = "2026-12-13";
const SETTINGS: PlanSettings = { ...DEFAULT_SCHEDULE, reviewOnlyDays: 3, targetRecall: 0.9 };

const beginner = Array.from({ length: 10 }, (_, i) => `q-basics-${i}--backend--easy`);
const advanced = Array.from({ length: 10 }, (_, i) => `q-deep-${i}--backend--hard`);

/** Twenty questions on two study paths (the advanced one written first), the first `graded` beginner ones already learned. */
function vault(graded: number, extra: { subtopic?: (name: string) => string } = {}): QuestionIndex {
	const index = new QuestionIndex();
	const note = (name: string, i: number, learned: boolean) =>
		analyze(`q/${name}.md`, questionNote([
			`subtopics: [${extra.subtopic?.(name) ?? "backend"}]`,
			...(learned ? [`quiz_status: learning`, `quiz_grade: 4`, `quiz_reviewed: ${addDays("2026-11-13", i)}`, `quiz_due: ${addDays("2026-11-16", i)}`, "quiz_stability: 3", "quiz_difficulty: 5", "quiz_reps: 1"] : []),
		].join("\n")));
	index.upsertMany([
		...beginner.map((name, i) => note(name, i, i < graded)),
		...advanced.map((name, i) => note(name, i, false)),
		analyze("maps/moc-backend.md", [
			"---", "kind: moc", "---", "## Study Paths",
			"### Advanced Path", ...advanced.map((name) => `- [[${name}]]`),
			"### Beginner Path", ...beginner.map((name) => `- [[${name}]]`), "",
		].join("\n")),
	]);
	return index;
}

/** One first grade a day from 2026-11-13 for the first `graded` beginner questions. */
function history(graded: number): ReviewEntry[] {
	return beginner.slice(0, graded).map((name, i) => ({
		id: `e${i}`, at: `${addDays("2026-11-13", i)}T10:00:00Z`, day: addDays("2026-11-13", i), path: `q/${name}.md`, grade: 4, device: "d",
	}));
}

function plan(index: QuestionIndex, log: ReviewEntry[], studyGuide = ""): StudyPlan {
	return planForVault(index, { scope: index.questions(), today: TODAY, interviewDay: INTERVIEW, settings: SETTINGS, log, studyGuide });
}

const introducedOn = (p: StudyPlan) => new Map(p.days.flatMap((day) => day.introduce.map((path) => [path, day.day] as const)));

describe("the plan to the interview day", () => {
	it("introduces every new question once, before the review-only days, beginner path first", () => {
		const p = plan(vault(0), []);
		const days = introducedOn(p);
		expect(days.size).toBe(20);
		expect(p.lastNewDay).toBe("2026-12-09");
		expect([...days.values()].every((day) => day <= "2026-12-09")).toBe(true);
		expect(p.days.slice(-3).map((d) => [d.day, d.reviewOnly, d.introduce.length])).toEqual([
			["2026-12-10", true, 0], ["2026-12-11", true, 0], ["2026-12-12", true, 0],
		]);
		const order = p.days.flatMap((day) => day.introduce).map((path) => path.slice(2, -3));
		expect(order).toEqual([...beginner, ...advanced]);
		// 20 questions over the 17 days from today to 12-09: two a day at first, never more.
		expect(p.todayShare?.introduce).toHaveLength(2);
		expect(Math.max(...p.days.map((d) => d.introduce.length))).toBe(2);
	});

	it("schedules reviews so that recall on the day reaches the target when the time allows", () => {
		const p = plan(vault(0), []);
		expect(p.expectedRecall).toBeGreaterThanOrEqual(0.9);
		expect(p.belowTarget).toBe(0);
		expect(p.days.filter((d) => d.reviewOnly).reduce((sum, d) => sum + d.reviews, 0)).toBeGreaterThan(0);
	});

	it("is on track on its first day", () => {
		expect(plan(vault(0), []).pace).toEqual({ expected: 0, actual: 0, verdict: "on track", difference: 0 });
	});

	it("says behind, and by how many, for a history slower than the pace", () => {
		// Begun 11-13: 20 questions over the 27 days to 12-09; by the end of 11-22 the plan had ceil(20 × 10 / 27) = 8.
		const p = plan(vault(5), history(5));
		expect(p.start).toBe("2026-11-13");
		expect(p.pace).toEqual({ expected: 8, actual: 5, verdict: "behind", difference: -3 });
		expect(p.introduced).toBe(5);
		// The 15 left share the 17 days left.
		expect(introducedOn(p).size).toBe(15);
	});

	it("says ahead for a history faster than the pace", () => {
		expect(plan(vault(10), history(10)).pace).toMatchObject({ expected: 8, actual: 10, verdict: "ahead", difference: 2 });
	});

	it("leaves suspended questions out", () => {
		const index = vault(0);
		index.upsert(analyze(`q/${advanced[0]}.md`, questionNote("subtopics: [backend]\nquiz_hold: suspended")));
		const p = plan(index, []);
		expect(p).toMatchObject({ total: 19, suspended: 1 });
		expect(introducedOn(p).has(`q/${advanced[0]}.md`)).toBe(false);
	});

	it("follows a study guide's weeks: each week's topics are introduced within that week", () => {
		const index = vault(0, { subtopic: (name) => (name.includes("basics-1-") || name.includes("deep-1-") ? "caching" : "sql") });
		const guide = "## Schedule\n- **Week 1:** Caching\n- **Week 2:** SQL + [[moc-backend|mocks]]\n- Week 3: Review weak areas + mock interviews\n";
		const p = plan(index, [], guide);
		const days = introducedOn(p);
		const caching = [...days].filter(([path]) => /basics-1-|deep-1-/.test(path));
		expect(caching).toHaveLength(2);
		expect(caching.map(([, day]) => day).every((day) => day <= addDays(TODAY, 6))).toBe(true);
		expect(p.days[0]?.week).toBe("Week 1: Caching");
		expect(days.size).toBe(20);
		expect([...days.values()].every((day) => day <= "2026-12-09")).toBe(true);
		expect(p.unmatchedGuideItems).toEqual(["mocks", "Review weak areas", "mock interviews"]);
	});
});

describe("parseStudyGuide", () => {
	it("reads Week N lines in any common Markdown shape, in week order", () => {
		expect(parseStudyGuide("intro\n- **Week 2:** Queues + Streams\nWeek 1: Caching, CDNs and DNS\n* Week 2: again\n")).toEqual([
			{ week: 1, label: "Caching, CDNs and DNS", items: ["Caching", "CDNs", "DNS"] },
			{ week: 2, label: "Queues + Streams", items: ["Queues", "Streams"] },
		]);
		expect(parseStudyGuide("no schedule here")).toEqual([]);
	});
});
