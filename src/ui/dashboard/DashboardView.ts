import { ItemView, TFile, type TAbstractFile, type WorkspaceLeaf } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import type { ReviewEntry } from "../../core/reviewLog/reviewLog";
import { introducedOn, isHeld, isNew } from "../../core/question/progress";
import { localDay } from "../../core/schedule/days";
import { buildDashboardData, dashboardPlan, type DashboardInput } from "../../core/dashboard/dashboardData";
import type { StudyPlan } from "../../core/plan/studyPlan";
import type { InterviewVaultSettings } from "../../settings/settings";
import { LiveRedraw } from "../liveRedraw";
import { renderDashboard, type DashboardActions } from "./renderDashboard";

export const DASHBOARD_VIEW_TYPE = "interview-vault-dashboard";

export interface DashboardServices {
	index: QuestionIndex;
	settings(): InterviewVaultSettings;
	readLog(): Promise<{ entries: ReviewEntry[]; problems: unknown[] }>;
	isLogPath(path: string): boolean;
	/** The study guide's week lines for the plan (see readStudyGuide). */
	readStudyGuide(): Promise<string>;
	actions: DashboardActions;
}

/**
 * A change (a grade, an edit) redraws the sidebar this long after the last one: the next quiz card
 * is drawn first, and a run of quick grades costs one redraw.
 */
export const REDRAW_DELAY_MS = 250;

/** How long the grading must pause before the plan to the interview is worked out again. */
export const PLAN_DELAY_MS = 1500;

/**
 * The sidebar dashboard. It redraws only while shown, and only when something it shows changed:
 * the index revision, the review log, the active note's MOC, or the day (LiveRedraw). The plan to
 * the interview, its one costly part, is worked out apart once the grading pauses, so a grade
 * with the dashboard open costs about what it costs with it closed.
 */
export class DashboardView extends ItemView {
	private logVersion = 0;
	private log: { version: number; entries: ReviewEntry[]; problems: number } = { version: -1, entries: [], problems: 0 };
	private readonly redraw: LiveRedraw;
	private plan: { key: string; plan: StudyPlan | null } | null = null;
	private planTimer: number | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: DashboardServices,
	) {
		super(leaf);
		this.redraw = new LiveRedraw({
			el: this.contentEl,
			source: services.index,
			key: () => this.inputKey(),
			draw: () => this.draw(),
			delayMs: REDRAW_DELAY_MS,
		});
	}

	getViewType(): string {
		return DASHBOARD_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Interview progress";
	}

	override getIcon(): string {
		return "gauge";
	}

	override async onOpen(): Promise<void> {
		this.redraw.attach(this, this.app.workspace);
		const onLogChange = (file: TAbstractFile): void => {
			if (file instanceof TFile && this.services.isLogPath(file.path)) {
				this.logVersion++;
				this.redraw.schedule();
			}
		};
		this.registerEvent(this.app.vault.on("modify", onLogChange));
		this.registerEvent(this.app.vault.on("create", onLogChange));
		this.registerEvent(this.app.vault.on("delete", onLogChange));
		this.registerEvent(this.app.workspace.on("file-open", () => this.redraw.schedule()));
		this.registerInterval(window.setInterval(() => this.redraw.schedule(), 60_000));
		this.register(() => this.cancelPlan());
		await this.refresh();
	}

	async refresh(): Promise<void> {
		await this.redraw.now();
	}

	/** Everything besides the revision that the dashboard shows. */
	private async inputKey(): Promise<string> {
		const settings = this.services.settings();
		const studyGuide = await this.services.readStudyGuide();
		return `${this.logVersion}|${this.activeMocPath() ?? ""}|${localDay(new Date())}|${JSON.stringify(settings.scheduling)}|${settings.interviewDate}|${settings.newPerDay}|${studyGuide}`;
	}

	private async input(): Promise<DashboardInput> {
		await this.loadLog();
		const settings = this.services.settings();
		return {
			today: localDay(new Date()),
			hireThreshold: settings.hireThreshold,
			criticalSubtopics: settings.criticalSubtopics,
			interviewDate: settings.interviewDate,
			activeMocPath: this.activeMocPath(),
			log: { entries: this.log.entries, problems: this.log.problems },
			scheduling: settings.scheduling,
			studyGuide: await this.services.readStudyGuide(),
			withoutPlan: true,
		};
	}

	private async draw(): Promise<void> {
		const input = await this.input();
		const { index } = this.services;
		const planKey = `${index.revision}|${await this.inputKey()}`;
		// The first drawing waits for the plan; later ones show the last plan and work the new one out after a pause.
		if (this.plan === null) this.plan = { key: planKey, plan: dashboardPlan(index, input) };
		else if (this.plan.key !== planKey) this.schedulePlan();
		const data = { ...buildDashboardData(index, input), plan: this.plan.plan };
		const questions = index.questions();
		const settings = this.services.settings();
		const newAvailable = Math.min(Math.max(0, settings.newPerDay - introducedOn(questions, input.today)), questions.filter((q) => isNew(q) && !isHeld(q, input.today)).length);
		renderDashboard(this.contentEl, data, this.services.actions, (path) => index.question(path)?.title ?? path, { newAvailable, newPerDay: settings.newPerDay });
	}

	private schedulePlan(): void {
		this.cancelPlan();
		this.planTimer = window.setTimeout(() => {
			this.planTimer = null;
			void this.updatePlan();
		}, PLAN_DELAY_MS);
	}

	private cancelPlan(): void {
		if (this.planTimer !== null) window.clearTimeout(this.planTimer);
		this.planTimer = null;
	}

	private async updatePlan(): Promise<void> {
		if (!this.contentEl.isShown()) {
			// Hidden: worked out when shown again, by the next drawing.
			this.plan = null;
			this.redraw.invalidate();
			return;
		}
		const input = await this.input();
		this.plan = { key: `${this.services.index.revision}|${await this.inputKey()}`, plan: dashboardPlan(this.services.index, input) };
		await this.redraw.now(true);
	}

	private async loadLog(): Promise<void> {
		if (this.log.version === this.logVersion) return;
		const version = this.logVersion;
		const { entries, problems } = await this.services.readLog();
		this.log = { version, entries, problems: problems.length };
	}

	/** The active note's MOC: the note itself when it is one, else the MOC its `moc` property names. */
	private activeMocPath(): string | undefined {
		const file = this.app.workspace.getActiveFile();
		if (!file) return undefined;
		const { index } = this.services;
		if (index.moc(file.path)) return file.path;
		const named = index.question(file.path)?.moc;
		return named === undefined ? undefined : index.moc(named)?.path;
	}
}
