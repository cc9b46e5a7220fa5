import { parseYaml, type App, type Plugin } from "obsidian";
import { parseQuery, runQuery } from "../../core/dataview";
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
		hover: (event, path, target) =>
			app.workspace.trigger("hover-link", { event, source: "interview-vault", hoverParent, targetEl: target, linktext: path, sourcePath }),
	};
}

/** The ```interview-vault block: parsed once, redrawn from the index when it changes. */
export function registerNativeBlock(plugin: Plugin, index: QuestionIndex, isReady: () => boolean): void {
	plugin.registerMarkdownCodeBlockProcessor("interview-vault", (source, el, context) => {
		const spec = parseBlockSpec(source, parseYaml);
		if (!spec.ok) {
			renderNotice(el, spec.message, spec.line);
			return;
		}
		const links = workspaceLinks(plugin.app, context.sourcePath, el);
		context.addChild(new LiveBlock(el, plugin.app.workspace, index, isReady, (container) => {
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
 * ```dataview blocks rendered from our index, when the Dataview plugin is not enabled (when it is,
 * its blocks are its own). A query outside the supported subset shows why, and nothing else.
 */
export function registerDataviewBlock(plugin: Plugin, index: QuestionIndex, isReady: () => boolean): void {
	if (isDataviewEnabled(plugin.app)) return;
	plugin.registerMarkdownCodeBlockProcessor("dataview", (source, el, context) => {
		const parsed = parseQuery(source);
		if (!parsed.ok) {
			renderNotice(el, parsed.message, parsed.line);
			return;
		}
		const links = workspaceLinks(plugin.app, context.sourcePath, el);
		context.addChild(new LiveBlock(el, plugin.app.workspace, index, isReady, (container) => {
			const result = runQuery(parsed.query, index.pages(), { today: localDay(new Date()), origin: context.sourcePath });
			renderQueryResult(container, result, links);
		}));
	});
}
