import type { Component, Workspace } from "obsidian";
import { readingLine, type IndexReadiness } from "../core/index/readiness";

/** What a live view follows: the index's revision, its readiness and its one change event. */
export interface LiveSource {
	readonly revision: number;
	readonly readiness: IndexReadiness;
	subscribe(listener: () => void): () => void;
}

export interface LiveRedrawOptions {
	/** The element whose visibility decides whether a redraw runs now or waits until it is shown. */
	readonly el: HTMLElement;
	readonly source: LiveSource;
	/** What else the drawing depends on besides the revision (a log version, the active note, the day…). */
	readonly key?: () => string | Promise<string>;
	readonly draw: () => void | Promise<void>;
	/** Where the reading line goes while the first read of the vault runs (the view's own element by default). */
	readonly waitingEl?: () => HTMLElement;
	/**
	 * Wait this long after the last change before redrawing (a view beside the quiz: the next card
	 * comes first); never longer than four times it in a steady stream of changes. 0 by default: the next turn.
	 */
	readonly delayMs?: number;
}

/**
 * The one redraw rule of every live view: draw when the index revision (or the view's own key)
 * changed and the view is on screen; many changes in a row (a rebuild, a grade and its log line)
 * become one redraw; a hidden view only stays stale and draws when it is shown again.
 */
export class LiveRedraw {
	private drawnKey: string | null = null;
	private timer: number | null = null;
	private firstRequest = 0;
	private running: Promise<void> | null = null;
	private again: "no" | "if-stale" | "force" = "no";

	constructor(private readonly options: LiveRedrawOptions) {}

	/** Follows the index and the workspace (a view shown again redraws if stale) for the component's lifetime. */
	attach(component: Component, workspace: Workspace): void {
		component.register(this.options.source.subscribe(() => this.schedule()));
		component.register(() => this.cancel());
		component.registerEvent(workspace.on("layout-change", () => this.schedule()));
		component.registerEvent(workspace.on("active-leaf-change", () => this.schedule()));
	}

	/** Asks for a redraw soon; requests before it runs are one. */
	schedule(): void {
		const delay = this.options.delayMs ?? 0;
		const now = performance.now();
		if (this.timer !== null) {
			// Without a delay, the pending redraw already covers this request; with one, it moves later, up to its bound.
			if (delay === 0 || now - this.firstRequest >= 4 * delay) return;
			window.clearTimeout(this.timer);
		} else {
			this.firstRequest = now;
		}
		this.timer = window.setTimeout(() => {
			this.timer = null;
			void this.now();
		}, delay);
	}

	/** Drops a pending redraw (the view is closing). */
	cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}

	/** Redraws now if stale and shown; `force` redraws even when nothing changed (the view's own input did). */
	async now(force = false): Promise<void> {
		if (this.running) {
			// Once this drawing is done, draw again: what it drew may be older than what is asked now.
			this.again = force || this.again === "force" ? "force" : "if-stale";
			return this.running;
		}
		this.running = this.run(force);
		try {
			await this.running;
		} finally {
			this.running = null;
		}
		if (this.again !== "no") {
			const again = this.again;
			this.again = "no";
			await this.now(again === "force");
		}
	}

	/** Forgets what was drawn: the next request redraws. */
	invalidate(): void {
		this.drawnKey = null;
	}

	private async run(force: boolean): Promise<void> {
		const { el, source, key, draw, waitingEl } = this.options;
		if (!el.isShown() && this.drawnKey !== null) return;
		if (source.readiness.state !== "ready") {
			(waitingEl?.() ?? el).setText(readingLine(source.readiness));
			return;
		}
		const current = `${source.revision}|${key ? await key() : ""}`;
		if (!force && current === this.drawnKey) return;
		this.drawnKey = current;
		await draw();
	}
}
