import { ItemView, TFile, type TAbstractFile, type WorkspaceLeaf } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import type { ReviewEntry } from "../../core/reviewLog/reviewLog";
import { localDay } from "../../core/schedule/days";
import { buildDashboardData } from "../../core/dashboard/dashboardData";
import type { InterviewVaultSettings } from "../../settings/settings";
import { renderDashboard, type DashboardActions } from "./renderDashboard";
import { readingLine } from "../../core/index/readiness";

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
 * The sidebar dashboard. It redraws only while shown, and only when something it shows changed:
 * the index revision, the review log, the active note's MOC, or the day.
 */
export class DashboardView extends ItemView {
	private renderedKey = "";
	private logVersion = 0;
	private log: { version: number; entries: ReviewEntry[]; problems: number } = { version: -1, entries: [], problems: 0 };
	private scheduled = false;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: DashboardServices,
	) {
		super(leaf);
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
		this.register(this.services.index.subscribe(() => this.schedule()));
		const onLogChange = (file: TAbstractFile): void => {
			if (file instanceof TFile && this.services.isLogPath(file.path)) {
				this.logVersion++;
				this.schedule();
			}
		};
		this.registerEvent(this.app.vault.on("modify", onLogChange));
		this.registerEvent(this.app.vault.on("create", onLogChange));
		this.registerEvent(this.app.vault.on("delete", onLogChange));
		this.registerEvent(this.app.workspace.on("file-open", () => this.schedule()));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.schedule()));
		this.registerInterval(window.setInterval(() => this.schedule(), 60_000));
		await this.refresh();
	}

	/** Many changes in a row (a rebuild, a grade and its log line) become one redraw. */
	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		window.setTimeout(() => {
			this.scheduled = false;
			void this.refresh();
		}, 0);
	}

	async refresh(): Promise<void> {
		if (!this.contentEl.isShown()) return;
		if (!this.services.index.isReady) {
			this.contentEl.setText(readingLine(this.services.index.readiness));
			return;
		}
		const today = localDay(new Date());
		const activeMoc = this.activeMocPath();
		const settings = this.services.settings();
		const studyGuide = await this.services.readStudyGuide();
		const key = `${this.services.index.revision}|${this.logVersion}|${activeMoc ?? ""}|${today}|${JSON.stringify(settings.scheduling)}|${settings.interviewDate}|${studyGuide}`;
		if (key === this.renderedKey) return;
		await this.loadLog();
		this.renderedKey = key;
		const data = buildDashboardData(this.services.index, {
			today,
			hireThreshold: settings.hireThreshold,
			criticalSubtopics: settings.criticalSubtopics,
			interviewDate: settings.interviewDate,
			activeMocPath: activeMoc,
			log: { entries: this.log.entries, problems: this.log.problems },
			scheduling: settings.scheduling,
			studyGuide,
		});
		renderDashboard(this.contentEl, data, this.services.actions, (path) => this.services.index.question(path)?.title ?? path);
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
