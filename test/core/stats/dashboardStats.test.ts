import { describe, expect, it } from "vitest";
import { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { weakestSubtopic } from "../../../src/core/quiz/quizScopes";
import { buildDashboardStats, type DashboardOptions } from "../../../src/core/stats/dashboardStats";
import { demoIndex } from "../../support/demoIndex";
import { analyze, questionNote } from "../../support/notes";

const TODAY = "2026-11-23";

/** Learning properties as the plugin writes them. */
function learned(status: string, grade: number, reviewed: string, due: string, stability: number): string {
	return [
		`quiz_status: ${status}`,
		`quiz_grade: ${grade}`,
		`quiz_reviewed: ${reviewed}`,
		`quiz_due: ${due}`,
		`quiz_stability: ${stability}`,
		"quiz_difficulty: 5",
		"quiz_reps: 2",
	].join("\n");
}

/**
 * Eight questions and a MOC; every expected number below is counted by hand from this list.
 *   a easy    [sql, databases]      review   4  due 11-23 (today)
 *   b easy    [sql]                 learning 2  due 11-21 (overdue)
 *   c medium  [databases]           mastered 5  due 2027-01-30
 *   d medium  [caching]             review   3  due 11-30
 *   e hard    [caching, databases]  new
 *   f hard    [security]            learning 1  due 12-06 (last forecast day)
 *   g ?       [security]            review   4  due 12-07 (after the forecast)
 *   h easy    []                    new
 */
function handIndex(): QuestionIndex {
	const index = new QuestionIndex();
	index.upsertMany([
		analyze("q/q-a--x--easy.md", questionNote(`subtopics: [sql, databases]\n${learned("review", 4, "2026-11-10", "2026-11-23", 10)}`)),
		analyze("q/q-b--x--easy.md", questionNote(`subtopics: [sql]\n${learned("learning", 2, "2026-11-20", "2026-11-21", 1.5)}`)),
		analyze("q/q-c--x--medium.md", questionNote(`subtopics: [databases]\n${learned("mastered", 5, "2026-11-01", "2027-01-30", 90)}`)),
		analyze("q/q-d--x--medium.md", questionNote(`subtopics: caching\n${learned("review", 3, "2026-11-15", "2026-11-30", 12)}`)),
		analyze("q/q-e--x--hard.md", questionNote("subtopics: [caching, databases]")),
		analyze("q/q-f--x--hard.md", questionNote(`subtopics: [security]\n${learned("learning", 1, "2026-11-22", "2026-12-06", 2)}`)),
		analyze("q/q-g.md", questionNote(`subtopics: [security]\n${learned("review", 4, "2026-11-20", "2026-12-07", 15)}`)),
		analyze("q/q-h--x--easy.md", questionNote("title: H")),
		analyze(
			"maps/moc-x.md",
			"---\nkind: moc\ntitle: X map\n---\n## Study Paths\n### Beginner Path\n- [[q-a--x--easy]]\n- [[q-c--x--medium]]\n- [[q-missing--x--easy]]\n### Advanced Path\n- [[q-e--x--hard]]\n- [[q-f--x--hard]]\n",
		),
	]);
	return index;
}

const OPTIONS: DashboardOptions = { today: TODAY, threshold: 3.5, criticalSubtopics: ["SQL"] };

describe("buildDashboardStats on a hand-made index", () => {
	const stats = buildDashboardStats(handIndex(), { ...OPTIONS, activeMocPath: "maps/moc-x.md" });

	it("gives the readiness headline for the vault and for the active MOC", () => {
		// Grades 4, 2, 5, 3, 1, 4: 19 / 6.
		expect(stats.readiness.vault).toEqual({ average: 3.17, graded: 6, total: 8, coverage: 0.75, threshold: 3.5, ready: false });
		// The MOC links a, c, e, f: grades 4, 5, 1.
		expect(stats.readiness.moc).toEqual({
			moc: "maps/moc-x.md", mocTitle: "X map", average: 3.33, graded: 3, total: 4, coverage: 0.75, threshold: 3.5, ready: false,
		});
	});

	it("has no MOC headline without an active MOC, or when the name is no MOC", () => {
		expect(buildDashboardStats(handIndex(), OPTIONS).readiness.moc).toBeNull();
		expect(buildDashboardStats(handIndex(), { ...OPTIONS, activeMocPath: "q/q-a--x--easy.md" }).readiness.moc).toBeNull();
		expect(buildDashboardStats(handIndex(), { ...OPTIONS, activeMocPath: "moc-x" }).readiness.moc?.total).toBe(4);
	});

	it("counts statuses overall, by difficulty (unknown last) and by subtopic (largest first, then by name)", () => {
		expect(stats.status.overall).toEqual({ key: "all", new: 2, learning: 2, review: 3, mastered: 1, total: 8 });
		expect(stats.status.byDifficulty).toEqual([
			{ key: "easy", new: 1, learning: 1, review: 1, mastered: 0, total: 3 },
			{ key: "medium", new: 0, learning: 0, review: 1, mastered: 1, total: 2 },
			{ key: "hard", new: 1, learning: 1, review: 0, mastered: 0, total: 2 },
			{ key: "unknown", new: 0, learning: 0, review: 1, mastered: 0, total: 1 },
		]);
		expect(stats.status.bySubtopic).toEqual([
			{ key: "databases", new: 1, learning: 0, review: 1, mastered: 1, total: 3 },
			{ key: "caching", new: 1, learning: 0, review: 1, mastered: 0, total: 2 },
			{ key: "security", new: 0, learning: 1, review: 1, mastered: 0, total: 2 },
			{ key: "sql", new: 0, learning: 1, review: 1, mastered: 0, total: 2 },
		]);
	});

	it("counts due today (overdue included, new excluded) and forecasts 14 days", () => {
		expect(stats.due.today).toBe(2);
		expect(stats.due.forecast).toHaveLength(14);
		expect(stats.due.forecast[0]).toEqual({ day: "2026-11-23", due: 2, carried: 0 });
		expect(stats.due.forecast[13]).toEqual({ day: "2026-12-06", due: 1, carried: 0 });
		expect(stats.due.forecast.filter((day) => day.due > 0)).toEqual([
			{ day: "2026-11-23", due: 2, carried: 0 },
			{ day: "2026-11-30", due: 1, carried: 0 },
			{ day: "2026-12-06", due: 1, carried: 0 },
		]);
	});

	it("lists the weakest subtopics by graded-only average, critical ones held to 4.0", () => {
		expect(stats.weakestSubtopics).toEqual([
			{ subtopic: "security", average: 2.5, graded: 2, total: 2, target: 3.5, critical: false },
			{ subtopic: "caching", average: 3, graded: 1, total: 2, target: 3.5, critical: false },
			{ subtopic: "sql", average: 3, graded: 2, total: 2, target: 4, critical: true },
			{ subtopic: "databases", average: 4.5, graded: 2, total: 3, target: 3.5, critical: false },
		]);
	});

	it("agrees with the quiz's weakest subtopic, so Drill quizzes the first row", () => {
		expect(weakestSubtopic(handIndex())?.subtopic).toBe(stats.weakestSubtopics[0]?.subtopic);
	});

	it("shows each study path's mastered count, dangling links left out", () => {
		expect(stats.studyPaths).toEqual([
			{ moc: "maps/moc-x.md", mocTitle: "X map", path: "Beginner Path", mastered: 1, total: 2, level: 0 },
			{ moc: "maps/moc-x.md", mocTitle: "X map", path: "Advanced Path", mastered: 0, total: 2, level: 2 },
		]);
	});

	it("follows a grade: the counts move when a note's learning state changes", () => {
		const index = handIndex();
		index.upsert(analyze("q/q-e--x--hard.md", questionNote(`subtopics: [caching, databases]\n${learned("learning", 3, TODAY, "2026-11-25", 3)}`)));
		const after = buildDashboardStats(index, OPTIONS);
		expect(after.status.overall).toEqual({ key: "all", new: 1, learning: 3, review: 3, mastered: 1, total: 8 });
		expect(after.due.forecast[2]).toEqual({ day: "2026-11-25", due: 1, carried: 0 });
		expect(after.readiness.vault.graded).toBe(7);
	});

	it("is plain data that survives JSON, so the CLI prints what the sidebar shows", () => {
		expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
	});

	it("stops at five weak subtopics", () => {
		const index = new QuestionIndex();
		index.upsertMany(
			["s1", "s2", "s3", "s4", "s5", "s6"].map((subtopic, i) =>
				analyze(`q/q-${subtopic}--x--easy.md`, questionNote(`subtopics: [${subtopic}]\n${learned("review", 1 + (i % 5), "2026-11-10", "2026-12-10", 10)}`)),
			),
		);
		expect(buildDashboardStats(index, OPTIONS).weakestSubtopics.map((row) => row.subtopic)).toEqual(["s1", "s6", "s2", "s3", "s4"]);
	});
});

describe("buildDashboardStats on the demo vault", () => {
	// See test/fixtures/demo-vault-expected.md: 48 well-formed questions, 12 with learning state; the
	// index also holds the six flawed q- notes, all new: the two whose properties are readable (one
	// easy by its empty block's name, one medium by name past its `[level]` leftover) and the four
	// that Obsidian shows no properties (a `---\` fence: medium, a glued fence: easy, broken YAML:
	// hard, a duplicated key: medium), each with the difficulty of its file name.
	const stats = buildDashboardStats(demoIndex(), { ...OPTIONS, activeMocPath: "moc-backend" });

	it("counts statuses as the hand count does", () => {
		expect(stats.status.overall).toEqual({ key: "all", new: 42, learning: 4, review: 5, mastered: 3, total: 54 });
		expect(stats.status.byDifficulty).toEqual([
			{ key: "easy", new: 13, learning: 1, review: 2, mastered: 2, total: 18 },
			{ key: "medium", new: 17, learning: 2, review: 2, mastered: 1, total: 22 },
			{ key: "hard", new: 12, learning: 1, review: 1, mastered: 0, total: 14 },
		]);
		// The duplicated-key note's `subtopics: [scalability]` is not a property Obsidian shows.
		expect(stats.status.bySubtopic.map((row) => [row.key, row.total])).toEqual([
			["databases", 12], ["performance", 12], ["scalability", 10], ["transactions", 9], ["api", 8],
			["networking", 8], ["sql", 8], ["caching", 7], ["concurrency", 6], ["security", 6],
		]);
	});

	it("has four questions due on 2026-11-23 (due 11-20, 11-21 and two on 11-22) and the rest of the fortnight", () => {
		expect(stats.due.today).toBe(4);
		expect(stats.due.forecast.filter((day) => day.due > 0)).toEqual([
			{ day: "2026-11-23", due: 4, carried: 0 },
			{ day: "2026-11-24", due: 1, carried: 0 },
			{ day: "2026-11-25", due: 1, carried: 0 },
			{ day: "2026-12-01", due: 1, carried: 0 },
			{ day: "2026-12-05", due: 1, carried: 0 },
		]);
		expect(stats.due.forecast.at(-1)?.day).toBe("2026-12-06");
	});

	it("has the readiness of the 12 graded notes: (2+2+3+3+3+4+3+4+4+5+5+5) / 12", () => {
		expect(stats.readiness.vault).toMatchObject({ average: 3.58, graded: 12, total: 54, coverage: 12 / 54, ready: true });
		expect(stats.readiness.moc).toMatchObject({ moc: "90-MOCs/moc-backend.md", mocTitle: "Backend — MOC" });
	});

	it("shows the MOC's three study paths", () => {
		expect(stats.studyPaths.map(({ path, mastered, total, level }) => [path.split(":")[0], mastered, total, level])).toEqual([
			["Beginner Path", 1, 6, 0],
			["Intermediate Path", 0, 6, 1],
			["Advanced Path", 0, 5, 2],
		]);
	});
});
