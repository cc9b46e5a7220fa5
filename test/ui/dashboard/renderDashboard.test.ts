import { describe, expect, it } from "vitest";
import type { ReviewEntry } from "../../../src/core/reviewLog/reviewLog";
import { buildDashboardData } from "../../../src/core/dashboard/dashboardData";
import { DEFAULT_SCHEDULING } from "../../../src/settings/schedulingSettings";
import { renderForecast, renderHistory, renderInterview, renderReadiness, renderRetention, renderStatus, renderStudyPaths, renderToday, renderWeakest, type DashboardActions } from "../../../src/ui/dashboard/renderDashboard";
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
	startToday: () => clicks.push("today"),
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
	it("today", async () => await expect(draw((b) => renderToday(b, data.stats, { newAvailable: 7, newPerDay: 10 }, actions))).toMatchFileSnapshot("__snapshots__/today.html"));
	it("forecast", async () => await expect(draw((b) => renderForecast(b, data.stats))).toMatchFileSnapshot("__snapshots__/forecast.html"));
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

	it("today's session: due now, new available, one button that starts it; words right for 0, 1 and many", () => {
		const texts = (newAvailable: number, due: number): string[] => {
			const box = createDiv();
			renderToday(box, { ...data.stats, due: { ...data.stats.due, today: due } }, { newAvailable, newPerDay: 10 }, actions);
			return [...box.querySelectorAll(".interview-vault-today-due, .interview-vault-today-new, button")].map((el) => el.textContent ?? "");
		};
		expect(texts(0, 0)).toEqual(["Nothing due now.", "No new question left for today (at most 10 a day).", "Nothing to study today"]);
		expect(texts(1, 1)).toEqual(["1 question due now.", "1 new question available today (at most 10 a day).", "Start today's session (2 questions)"]);
		expect(texts(7, 3)).toEqual(["3 questions due now.", "7 new questions available today (at most 10 a day).", "Start today's session (10 questions)"]);
		const box = createDiv();
		renderToday(box, data.stats, { newAvailable: 2, newPerDay: 10 }, actions);
		box.querySelector("button")?.click();
		expect(clicks.at(-1)).toBe("today");
	});

	it("readiness says one sentence at a time: no grades, or the average against the bar", () => {
		const box = createDiv();
		const none = { ...data.stats.readiness.vault, average: null, ready: false };
		renderReadiness(box, { ...data.stats, readiness: { vault: none, moc: null } });
		expect(box.querySelector(".interview-vault-readiness-average")?.textContent).toBe("No grades yet.");
		renderReadiness(box, data.stats);
		expect(box.querySelectorAll(".interview-vault-readiness-average")[1]?.textContent).toBe("3.58 / 3.5: ready.");
	});

	it("progress: the ten largest subtopics, the rest folded behind Show all; bars as long as their group", () => {
		const many = Array.from({ length: 25 }, (_, i) => ({ key: `subtopic-${i}`, new: 25 - i, learning: 0, review: 0, mastered: 0, total: 25 - i }));
		const box = createDiv();
		renderStatus(box, { ...data.stats, status: { ...data.stats.status, bySubtopic: many } });
		const shown = [...box.querySelectorAll(":scope > .interview-vault-bar-row .interview-vault-bar-label")].map((el) => el.textContent);
		expect(shown.slice(-10)).toEqual(many.slice(0, 10).map((row) => row.key));
		const more = box.querySelector("details");
		expect(more?.open).toBe(false);
		expect(more?.querySelector("summary")?.textContent).toBe("Show all 25 subtopics");
		more?.setAttribute("open", "");
		more?.dispatchEvent(new Event("toggle"));
		expect(more?.querySelectorAll(".interview-vault-bar-row")).toHaveLength(15);
		const sizes = [...box.querySelectorAll<HTMLElement>(".interview-vault-bar")].slice(-25).map((bar) => bar.style.getPropertyValue("--interview-vault-size"));
		expect(sizes[0]).toBe("1");
		expect(sizes[24]).toBe(String(1 / 25));
		expect(box.querySelector(".interview-vault-bar-label")?.getAttribute("title")).toMatch(/: \d+ questions?$/);
	});
});
