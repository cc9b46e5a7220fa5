/**
 * An internal link to a note, as Obsidian draws one: a click opens it (Ctrl/Cmd-click: the other
 * placement the caller chose), and a hover may show Obsidian's page preview. A path that a
 * browser would read as a URL with a scheme (`[[javascript:…]]` in a note) is kept out of the
 * link's attributes, so no internal link ever carries a script URL; the click still only opens
 * the note of that name.
 */
export function noteLink(
	container: HTMLElement,
	path: string,
	text: string,
	open: (path: string, modified: boolean) => void,
	hover?: (event: MouseEvent, path: string, target: HTMLElement) => void,
): HTMLAnchorElement {
	const target = hasUrlScheme(path) ? {} : { href: path, attr: { "data-href": path } };
	const anchor = container.createEl("a", { cls: "internal-link", text, ...target });
	anchor.addEventListener("click", (event) => {
		event.preventDefault();
		open(path, event.ctrlKey || event.metaKey);
	});
	if (hover) anchor.addEventListener("mouseover", (event) => hover(event, path, anchor));
	return anchor;
}

/**
 * Does a browser see a scheme (`javascript:`, `data:`, `vbscript:`…) here? Browsers drop leading
 * spaces and control characters and ignore tabs and line breaks inside the scheme, so this does too.
 */
export function hasUrlScheme(path: string): boolean {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what a browser strips before reading the scheme
	const squeezed = path.replace(/[\u0000-\u0020]/g, "");
	return /^[a-z][a-z0-9+.-]*:/i.test(squeezed);
}
