import { MarkdownRenderChild, type Workspace } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { readingLine } from "../../core/index/readiness";

/**
 * A code block that follows the index: it redraws when the index revision changed and the block
 * is on screen. A hidden block only remembers it is stale and redraws when it is shown again.
 */
export class LiveBlock extends MarkdownRenderChild {
	private renderedRevision = -1;
	private scheduled = false;
	/** The progress line shown until the index is ready; the first drawing replaces it. */
	private readingEl: HTMLElement | undefined;

	constructor(
		containerEl: HTMLElement,
		private readonly workspace: Workspace,
		private readonly index: QuestionIndex,
		private readonly draw: (container: HTMLElement) => void,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.register(this.index.subscribe(() => this.schedule()));
		this.registerEvent(this.workspace.on("layout-change", () => this.schedule()));
		this.registerEvent(this.workspace.on("active-leaf-change", () => this.schedule()));
		this.renderIfStale(true);
	}

	/** Several changes in a row (a rebuild, quick edits) become one redraw. */
	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		window.setTimeout(() => {
			this.scheduled = false;
			this.renderIfStale(false);
		}, 0);
	}

	private renderIfStale(first: boolean): void {
		if (!first && !this.containerEl.isShown()) return;
		if (!this.index.isReady) {
			this.readingEl ??= this.containerEl.createDiv({ cls: "interview-vault-empty" });
			this.readingEl.setText(readingLine(this.index.readiness));
			return;
		}
		if (this.index.revision === this.renderedRevision) return;
		this.renderedRevision = this.index.revision;
		this.draw(this.containerEl);
	}
}
