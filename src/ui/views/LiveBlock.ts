import { MarkdownRenderChild, type Workspace } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { LiveRedraw } from "../liveRedraw";

/**
 * A code block that follows the index by the one redraw rule of live views (LiveRedraw): it
 * redraws when the index revision changed and the block is on screen; a hidden block stays stale
 * and redraws when it is shown again.
 */
export class LiveBlock extends MarkdownRenderChild {
	/** The progress line shown until the index is ready; the first drawing replaces it. */
	private readingEl: HTMLElement | undefined;
	private readonly redraw: LiveRedraw;

	constructor(
		containerEl: HTMLElement,
		private readonly workspace: Workspace,
		index: QuestionIndex,
		draw: (container: HTMLElement) => void,
	) {
		super(containerEl);
		this.redraw = new LiveRedraw({
			el: containerEl,
			source: index,
			draw: () => draw(containerEl),
			waitingEl: () => (this.readingEl ??= containerEl.createDiv({ cls: "interview-vault-empty" })),
		});
	}

	override onload(): void {
		this.redraw.attach(this, this.workspace);
		void this.redraw.now();
	}
}
