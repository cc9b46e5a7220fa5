import { ItemView, type TAbstractFile, type WorkspaceLeaf } from "obsidian";
import type { CoverageRead } from "../../app/checklist/checklistCoverage";
import type { TopicCoverage } from "../../core/checklist/coverage";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { LiveRedraw } from "../liveRedraw";
import { renderCoverage } from "./renderCoverage";

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

/** The checklist's topics against the questions; redrawn (LiveRedraw) when the index or the checklist changes. */
export class CoverageView extends ItemView {
	/** Counts changes of the checklist note, which the index revision does not see. */
	private checklistVersion = 0;
	private readonly redraw: LiveRedraw;

	constructor(leaf: WorkspaceLeaf, private readonly services: CoverageViewServices) {
		super(leaf);
		this.redraw = new LiveRedraw({
			el: this.contentEl,
			source: services.index,
			key: () => `${this.checklistVersion}|${services.checklistPath()}|${services.threshold()}`,
			draw: () => this.draw(),
		});
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
		this.redraw.attach(this, this.app.workspace);
		const onChecklist = (file: TAbstractFile): void => {
			if (file.path !== this.services.checklistPath()) return;
			this.checklistVersion++;
			this.redraw.schedule();
		};
		this.registerEvent(this.app.vault.on("modify", onChecklist));
		this.registerEvent(this.app.vault.on("create", onChecklist));
		this.registerEvent(this.app.vault.on("delete", onChecklist));
		await this.refresh();
	}

	/** Something it shows changed outside what it follows (a setting, another write): draw again soon. */
	schedule(): void {
		this.redraw.invalidate();
		this.redraw.schedule();
	}

	/** Draws again now, even if nothing it follows changed (the view's own action did). */
	async refresh(): Promise<void> {
		await this.redraw.now(true);
	}

	private async draw(): Promise<void> {
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
