import { parseYaml, type App, type Plugin } from "obsidian";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { parseBlockSpec } from "../../core/views/blockSpec";
import { runBlock } from "../../core/views/runBlock";
import { LiveBlock } from "./LiveBlock";
import { renderBlockResult, type LinkActions } from "./renderBlock";
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
