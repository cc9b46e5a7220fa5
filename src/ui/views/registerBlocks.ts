import { MarkdownRenderer, MarkdownView, parseYaml, type App, type Plugin } from "obsidian";
import { parseQuery, runPagedQuery } from "../../core/dataview";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { localDay } from "../../core/schedule/days";
import { parseBlockSpec } from "../../core/views/blockSpec";
import { runBlock } from "../../core/views/runBlock";
import { LiveBlock } from "./LiveBlock";
import { renderBlockResult, type LinkActions } from "./renderBlock";
import { renderQueryResult } from "./renderDataview";
import { renderNotice } from "./renderNotice";

/** Link behaviour in our views: click opens, Ctrl/Cmd-click opens a new tab, hover shows Obsidian's page preview. */
export function workspaceLinks(app: App, sourcePath: string, hoverParent: { hoverPopover: unknown } | HTMLElement): LinkActions {
	return {
		open: (path, newTab) => void app.workspace.openLinkText(path, sourcePath, newTab),
		openAt: (path, line) => void app.workspace.openLinkText(path, sourcePath, false, { eState: { line } }),
		hover: (event, path, target) =>
			app.workspace.trigger("hover-link", { event, source: "interview-vault", hoverParent, targetEl: target, linktext: path, sourcePath }),
	};
}

/** The ```interview-vault block: parsed once, redrawn from the index when it changes. */
export function registerNativeBlock(plugin: Plugin, index: QuestionIndex): void {
	plugin.registerMarkdownCodeBlockProcessor("interview-vault", (source, el, context) => {
		const spec = parseBlockSpec(source, parseYaml);
		if (!spec.ok) {
			renderNotice(el, spec.message, spec.line);
			return;
		}
		const links = workspaceLinks(plugin.app, context.sourcePath, el);
		context.addChild(new LiveBlock(el, plugin.app.workspace, index, (container) => {
			renderBlockResult(container, runBlock(spec.spec, index.questions()), links);
		}));
	});
}

/** Obsidian's plugin registry is not in the public API; we only ask whether Dataview is on. */
interface AppWithPlugins {
	plugins?: { enabledPlugins?: Set<string> };
}

export function isDataviewEnabled(app: App): boolean {
	return (app as unknown as AppWithPlugins).plugins?.enabledPlugins?.has("dataview") ?? false;
}

/**
 * ```dataview blocks rendered from our index while the Dataview plugin is not enabled. Obsidian
 * allows one code block processor per language, so registering one for `dataview` would make
 * Dataview fail to load if the user enabled it later. Instead a post-processor takes only the
 * blocks Obsidian left as raw code (no processor claimed them), and hands every block back —
 * the raw code restored, the views asked to render again — the moment Dataview is on.
 */
export function registerDataviewBlock(plugin: Plugin, index: QuestionIndex): void {
	const app = plugin.app;
	const live = new Set<DataviewBlock>();
	const handBack = (): void => {
		if (!isDataviewEnabled(app) || live.size === 0) return;
		for (const block of [...live]) block.handBack();
		rerenderReadingViews(app);
	};
	plugin.registerMarkdownPostProcessor((el, context) => {
		if (isDataviewEnabled(app)) return;
		for (const code of el.findAll("pre > code.language-dataview")) {
			const pre = code.parentElement;
			if (!pre) continue;
			const source = code.getText().replace(/\n$/, "");
			const container = createDiv({ cls: "block-language-dataview" });
			pre.replaceWith(container);
			const block = new DataviewBlock(container, pre, plugin, index, source, context.sourcePath, live);
			context.addChild(block);
		}
	});
	// Dataview announces itself on the metadata cache once its index is up. The event is Dataview's,
	// not in obsidian.d.ts; the cast only picks an overload of `on`, the callback takes no arguments.
	plugin.registerEvent(app.metadataCache.on("dataview:index-ready" as "changed", handBack));
	plugin.registerEvent(app.workspace.on("layout-change", handBack));
}

/** One dataview block we render; it can give its raw code back to whoever renders next. */
class DataviewBlock extends LiveBlock {
	constructor(
		private readonly container: HTMLElement,
		private readonly original: HTMLElement,
		plugin: Plugin,
		index: QuestionIndex,
		source: string,
		sourcePath: string,
		private readonly live: Set<DataviewBlock>,
	) {
		const parsed = parseQuery(source);
		const links = workspaceLinks(plugin.app, sourcePath, container);
		super(container, plugin.app.workspace, index, (target) => {
			if (isDataviewEnabled(plugin.app)) return;
			if (!parsed.ok) {
				target.empty();
				renderNotice(target, parsed.message, parsed.line);
				return;
			}
			const result = runPagedQuery(parsed.query, index.pages(), { today: localDay(new Date()), now: localDateTime(new Date()), origin: sourcePath });
			renderQueryResult(target, result, { ...links, embed: (el, path) => embedNote(plugin, el, path, sourcePath, this) });
		});
	}

	override onload(): void {
		this.live.add(this);
		super.onload();
	}

	override onunload(): void {
		this.live.delete(this);
	}

	handBack(): void {
		if (this.container.isConnected) this.container.replaceWith(this.original);
		this.unload();
	}
}

function embedNote(plugin: Plugin, el: HTMLElement, path: string, sourcePath: string, component: DataviewBlock): boolean {
	if (/[[\]|]/.test(path)) return false;
	void MarkdownRenderer.render(plugin.app, `![[${path}]]`, el, sourcePath, component);
	return true;
}

function localDateTime(date: Date): string {
	const pad = (value: number): string => String(value).padStart(2, "0");
	return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Reading views drawn while we held the blocks render again, now through Dataview. */
function rerenderReadingViews(app: App): void {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && typeof view.previewMode?.rerender === "function") view.previewMode.rerender(true);
	}
}
