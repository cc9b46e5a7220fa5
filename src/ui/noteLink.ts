/**
 * An internal link to a note, as Obsidian draws one: a click opens it (Ctrl/Cmd-click: the other
 * placement the caller chose), and a hover may show Obsidian's page preview.
 */
export function noteLink(
	container: HTMLElement,
	path: string,
	text: string,
	open: (path: string, modified: boolean) => void,
	hover?: (event: MouseEvent, path: string, target: HTMLElement) => void,
): HTMLAnchorElement {
	const anchor = container.createEl("a", { cls: "internal-link", text, href: path, attr: { "data-href": path } });
	anchor.addEventListener("click", (event) => {
		event.preventDefault();
		open(path, event.ctrlKey || event.metaKey);
	});
	if (hover) anchor.addEventListener("mouseover", (event) => hover(event, path, anchor));
	return anchor;
}
