import { ItemView, type TAbstractFile, type WorkspaceLeaf } from "obsidian";
import type { CoverageRead } from "../../app/checklist/checklistCoverage";
import type { TopicCoverage } from "../../core/checklist/coverage";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { renderCoverage } from "./renderCoverage";
import { readingLine } from "../../core/index/readiness";

export const COVERAGE_VIEW_TYPE = "interview-vault-coverage";

export interface CoverageViewServices {
	index: QuestionIndex;
	checklistPath(): string;
	threshold(): number;
	read(): Promise<CoverageRead | { error: string }>;
	markDone(read: CoverageRead, topic: TopicCoverage): Promise<void>;
	createQuestion(topic: TopicCoverage): Promise<void>;
	canUndo(): boolean;
	undo(): Promise<void>;
	open(path: string): void;
}

/** The checklist's topics against the questions; redrawn when the index or the checklist changes. */
export class CoverageView extends ItemView {
	private scheduled = false;

	constructor(leaf: WorkspaceLeaf, private readonly services: CoverageViewServices) {
		super(leaf);
	}

	getViewType(): string {
		return COVERAGE_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Topic coverage";
	}

	override getIcon(): string {
		return "list-todo";
	}

	override async onOpen(): Promise<void> {
		this.register(this.services.index.subscribe(() => this.schedule()));
		const onChecklist = (file: TAbstractFile): void => {
			if (file.path === this.services.checklistPath()) this.schedule();
		};
		this.registerEvent(this.app.vault.on("modify", onChecklist));
		this.registerEvent(this.app.vault.on("create", onChecklist));
		this.registerEvent(this.app.vault.on("delete", onChecklist));
		await this.refresh();
	}

	schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		window.setTimeout(() => {
			this.scheduled = false;
			void this.refresh();
		}, 0);
	}

	async refresh(): Promise<void> {
		if (!this.services.index.isReady) {
			this.contentEl.setText(readingLine(this.services.index.readiness));
			return;
		}
		const read = await this.services.read();
		const { services } = this;
		renderCoverage(this.contentEl, read, services.threshold(), {
			markDone: (topic) => {
				if (!("error" in read)) void services.markDone(read, topic).then(() => this.refresh());
			},
			createQuestion: (topic) => void services.createQuestion(topic).then(() => this.refresh()),
			open: (path) => services.open(path),
			...(services.canUndo() ? { undo: () => void services.undo().then(() => this.refresh()) } : {}),
		});
	}
}
