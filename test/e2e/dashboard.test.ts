import { spawnSync } from "child_process";
import { describe, expect, it } from "vitest";
import type { DashboardData } from "../../src/core/dashboard/dashboardData";
import type { FakeApp } from "../obsidian/FakeApp";
import { REDRAW_DELAY_MS } from "../../src/ui/dashboard/DashboardView";
import { DEMO_VAULT, startDemo } from "./support";

function cliStats(): DashboardData {
	const run = spawnSync(process.execPath, ["bin/interview-vault.cjs", "stats", DEMO_VAULT, "--today", "2026-11-23", "--json"], { encoding: "utf8" });
	return JSON.parse(run.stdout) as DashboardData;
}

async function openDashboard(app: FakeApp): Promise<HTMLElement> {
	expect(await app.runCommand("interview-vault:open-dashboard")).toBe(true);
	await app.flush();
	const view = app.workspace.getLeavesOfType("interview-vault-dashboard")[0]?.view;
	if (!view) throw new Error("the dashboard did not open");
	return view.containerEl;
}

const text = (el: HTMLElement, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent ?? "");

describe("the dashboard through main.js", () => {
	it("shows the same numbers as interview-vault stats --json on the same vault", async () => {
		const { app } = await startDemo();
		const el = await openDashboard(app);
		const { stats } = cliStats();
		const vault = stats.readiness.vault;
		expect(text(el, ".interview-vault-readiness-average")[0]).toBe(`${vault.average?.toFixed(2)} / ${vault.threshold}: ready.`);
		expect(text(el, ".interview-vault-readiness-coverage")[0]).toBe(`${vault.graded} of ${vault.total} graded (${Math.round(vault.coverage * 100)}%)`);
		expect(text(el, ".interview-vault-today-due")[0]).toBe(`${stats.due.today} questions due now.`);
		expect(text(el, ".interview-vault-forecast-count")).toEqual(stats.due.forecast.map((d) => (d.due > 0 ? String(d.due) : "")));
		// The ten largest subtopics show; the rest wait behind "Show all", drawn when opened.
		const rows = [stats.status.overall, ...stats.status.byDifficulty, ...stats.status.byTopic, ...stats.status.bySubtopic.slice(0, 10)];
		expect(text(el, ".interview-vault-bar-total")).toEqual(rows.map((r) => String(r.total)));
		expect(text(el, ".interview-vault-bar-row .interview-vault-bar")[0]).toBe(
			[stats.status.overall.new, stats.status.overall.learning, stats.status.overall.review, stats.status.overall.mastered].filter((n) => n > 0).join(""),
		);
		expect(text(el, ".interview-vault-weak-name")).toEqual(stats.weakestSubtopics.map((w) => w.subtopic));
		expect(text(el, ".interview-vault-path")).toEqual(stats.studyPaths.map((p) => `${p.path}: ${p.mastered} / ${p.total} mastered`));
		expect(text(el, ".interview-vault-path-moc")).toEqual([...new Set(stats.studyPaths.map((p) => p.mocTitle))]);
	});

	it("changes after a grade: fewer due, one review today, a streak of one", async () => {
		const { app } = await startDemo();
		const el = await openDashboard(app);
		expect(text(el, ".interview-vault-today-due")[0]).toBe("4 questions due now.");
		await app.runCommand("interview-vault:start-quiz-due");
		app.openModals()[0]?.contentEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await app.flush();
		const pane = app.workspace.getLeavesOfType("interview-vault-quiz")[0]?.view.containerEl.querySelector(".interview-vault-quiz");
		pane?.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
		await app.flush();
		pane?.dispatchEvent(new KeyboardEvent("keydown", { key: "4", bubbles: true }));
		await app.flush();
		// The sidebar redraws a moment after the grade, once the next card is drawn.
		await new Promise((resolve) => setTimeout(resolve, REDRAW_DELAY_MS + 50));
		await app.flush();
		expect(text(el, ".interview-vault-today-due")[0]).toBe("3 questions due now.");
		expect(text(el, ".interview-vault-streak")[0]).toBe("Streak: 1 day (longest 1) · 1 today · 1 in all");
		expect(text(el, ".interview-vault-readiness-coverage")[0]).toBe("12 of 54 graded (22%)");
	});

	it("says how many questions have properties Obsidian cannot read", async () => {
		const { app } = await startDemo();
		const el = await openDashboard(app);
		expect(text(el, ".interview-vault-unreadable-count")[0]).toBe(
			"⚠ 4 questions have properties Obsidian cannot read: counted here, quizzed, never written until repaired (Check vault).",
		);
	});

	it("drills the weakest subtopic from its button", async () => {
		const { app } = await startDemo();
		const el = await openDashboard(app);
		el.querySelector<HTMLButtonElement>(".interview-vault-weak button")?.click();
		await app.flush();
		const modal = app.openModals()[0];
		expect(modal?.titleEl.textContent).toBe("Start quiz: Subtopic: scalability");
		// What the session would really hold: the session size caps the ten questions of the subtopic.
		expect(modal?.contentEl.querySelector(".interview-vault-setup-holds")?.textContent).toMatch(/^This session holds \d+ questions?: .* \(of 10 questions in scope\)\.$/);
	});
});
