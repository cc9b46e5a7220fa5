/** Rendered DOM as indented HTML with sorted attributes: stable text for approval snapshots. */
export function prettyHtml(node: Node, depth = 0): string {
	const pad = "  ".repeat(depth);
	if (node.nodeType === Node.TEXT_NODE) {
		const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
		return text === "" ? "" : `${pad}${text}\n`;
	}
	if (!node.instanceOf(Element)) return "";
	const tag = node.tagName.toLowerCase();
	const attributes = [...node.attributes]
		.map((attribute) => `${attribute.name}="${attribute.value}"`)
		.sort()
		.join(" ");
	const open = attributes === "" ? `<${tag}>` : `<${tag} ${attributes}>`;
	const children = [...node.childNodes].map((child) => prettyHtml(child, depth + 1)).join("");
	return children === "" ? `${pad}${open}</${tag}>\n` : `${pad}${open}\n${children}${pad}</${tag}>\n`;
}
