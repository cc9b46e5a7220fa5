import { describe, expect, it } from "vitest";
import type { ReviewEntry } from "../../../src/core/reviewLog/reviewLog";
import { buildDashboardData } from "../../../src/core/dashboard/dashboardData";
import { DEFAULT_SCHEDULING } from "../../../src/settings/schedulingSettings";
import { renderDue, renderHistory, renderInterview, renderReadiness, renderRetention, renderStatus, renderStudyPaths, renderWeakest, type DashboardActions } from "../../../src/ui/dashboard/renderDashboard";
import { renderPlan } from "../../../src/ui/dashboard/renderPlan";
import { demoIndex } from "../../support/demoIndex";
import { prettyHtml } from "../../support/prettyHtml";

const entries: ReviewEntry[] = ["2026-11-20", "2026-11-21", "2026-11-21", "2026-11-23"].map((day, i) => ({
	id: `e${i}`, at: `${day}T10:00:00.000Z`, day, path: "50-Backend/q-what-is-an-index--backend--easy.md", grade: 3, device: "laptop",
}));
const data = buildDashboardData(demoIndex(), {
	today: "2026-11-23", hireThreshold: 3.5, criticalSubtopics: ["databases"], interviewDate: "2026-12-15",
	activeMocPath: "90-MOCs/moc-backend.md", log: { entries, problems: 1 }, scheduling: DEFAULT_SCHEDULING, studyGuide: "",
});
const clicks: string[] = [];
const actions: DashboardActions = {
	drillSubtopic: (s) => clicks.push(`drill ${s}`),
	quizStudyPath: (moc, path) => clicks.push(`path ${moc} ${path}`),
	openQuestion: (path) => clicks.push(`open ${path}`),
	quizPlanToday: (paths) => clicks.push(`plan ${paths.length}`),
};

function draw(render: (box: HTMLElement) => void): string {
	const box = createDiv();
	render(box);
	return prettyHtml(box);
}

// One snapshot per section. The HTML is the same in light and dark themes: every colour comes from
// Obsidian's theme variables in styles.css; the browser screenshots show both themes.
describe("dashboard sections (approval snapshots)", () => {
	it("readiness", async () => await expect(draw((b) => renderReadiness(b, data.stats))).toMatchFileSnapshot("__snapshots__/readiness.html"));
	it("progress bars", async () => await expect(draw((b) => renderStatus(b, data.stats))).toMatchFileSnapshot("__snapshots__/progress.html"));
	it("due and forecast", async () => await expect(draw((b) => renderDue(b, data.stats))).toMatchFileSnapshot("__snapshots__/due.html"));
	it("streak and heatmap", async () => await expect(draw((b) => renderHistory(b, data.history, data.logProblems))).toMatchFileSnapshot("__snapshots__/history.html"));
	it("weakest subtopics", async () => await expect(draw((b) => renderWeakest(b, data.stats, actions))).toMatchFileSnapshot("__snapshots__/weakest.html"));
	it("study paths", async () => await expect(draw((b) => renderStudyPaths(b, data.stats, actions))).toMatchFileSnapshot("__snapshots__/study-paths.html"));
	it("interview day", async () => {
		if (!data.interview) throw new Error("an interview date was set");
		const interview = data.interview;
		await expect(draw((b) => renderInterview(b, interview, actions))).toMatchFileSnapshot("__snapshots__/interview.html");
	});
	it("plan to the interview", async () => {
		const plan = data.plan;
		if (!plan) throw new Error("an interview date was set");
		await expect(draw((b) => renderPlan(b, plan, (path) => path.split("/").pop() ?? path, actions))).toMatchFileSnapshot("__snapshots__/plan.html");
	});
	it("retention", async () => await expect(draw((b) => renderRetention(b, data.retention))).toMatchFileSnapshot("__snapshots__/retention.html"));
});

describe("dashboard actions", () => {
	it("Drill and a study path start their quizzes", () => {
		const box = createDiv();
		renderWeakest(box, data.stats, actions);
		renderStudyPaths(box, data.stats, actions);
		box.querySelector<HTMLButtonElement>(".interview-vault-weak button")?.click();
		box.querySelector<HTMLButtonElement>(".interview-vault-path")?.click();
		expect(clicks).toEqual(["drill scalability", "path 90-MOCs/moc-backend.md Beginner Path: Core Building Blocks"]);
	});

	it("the plan's button starts today's new questions", () => {
		const box = createDiv();
		if (data.plan) renderPlan(box, data.plan, (path) => path, actions);
		box.querySelector<HTMLButtonElement>(".interview-vault-dashboard-section button, button.mod-cta")?.click();
		expect(clicks.at(-1)).toBe(`plan ${data.plan?.todayShare?.introduce.length ?? -1}`);
	});

	it("measures retention from the log: reviews after an interval, graded 3 or more", () => {
		// One easy question graded 3 on 11-20, 11-21 (twice: the day's first counts) and 11-23: two reviews after an interval, both recalled.
		expect(data.retention.overall).toEqual({ key: "all", reviews: 2, recalled: 2, retention: 1 });
		expect(data.retention.byDifficulty.map((row) => [row.key, row.reviews])).toEqual([["easy", 2], ["medium", 0], ["hard", 0]]);
		expect(data.retention.target).toBe(0.9);
	});

	it("counts streaks from the log: three days with a gap give a streak of one", () => {
		expect(data.history).toMatchObject({ streak: 1, longestStreak: 2, reviewsToday: 1, totalReviews: 4 });
	});
});
