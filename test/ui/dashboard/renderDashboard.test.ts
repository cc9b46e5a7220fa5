import { describe, expect, it } from "vitest";
import type { ReviewEntry } from "../../../src/core/reviewLog/reviewLog";
import { buildDashboardData } from "../../../src/core/stats/dashboardData";
import { renderDue, renderHistory, renderInterview, renderReadiness, renderStatus, renderStudyPaths, renderWeakest, type DashboardActions } from "../../../src/ui/dashboard/renderDashboard";
import { demoIndex } from "../../support/demoIndex";
import { prettyHtml } from "../../support/prettyHtml";

const entries: ReviewEntry[] = ["2026-11-20", "2026-11-21", "2026-11-21", "2026-11-23"].map((day, i) => ({
	id: `e${i}`, at: `${day}T10:00:00.000Z`, day, path: "50-Backend/q-what-is-an-index--backend--easy.md", grade: 3, device: "laptop",
}));
const data = buildDashboardData(demoIndex(), {
	today: "2026-11-23", hireThreshold: 3.5, criticalSubtopics: ["databases"], interviewDate: "2026-12-15",
	activeMocPath: "90-MOCs/moc-backend.md", log: { entries, problems: 1 },
});
const clicks: string[] = [];
const actions: DashboardActions = {
	drillSubtopic: (s) => clicks.push(`drill ${s}`),
	quizStudyPath: (moc, path) => clicks.push(`path ${moc} ${path}`),
	openQuestion: (path) => clicks.push(`open ${path}`),
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

	it("counts streaks from the log: three days with a gap give a streak of one", () => {
		expect(data.history).toMatchObject({ streak: 1, longestStreak: 2, reviewsToday: 1, totalReviews: 4 });
	});
});
