/**
 * Obsidian's DOM helpers (`createEl`, `empty`, `addClass`, …) as polyfills on jsdom's
 * prototypes, so code written for Obsidian runs unchanged under vitest. Their types come from
 * the global augmentations in obsidian.d.ts; the import below pulls those in for tsc only.
 * Nothing here uses innerHTML: the plugin must not, and the tests must not hide it if it did.
 */
import type {} from "obsidian";

// Obsidian users live in many time zones; the tests pin one so dates read the same everywhere.
process.env.TZ = "UTC";

const SVG_NS = "http://www.w3.org/2000/svg";

type ElementInfo = DomElementInfo | string | undefined;

/** Obsidian reads a bare string as the class list, not as the text. */
function toInfo(o: ElementInfo): DomElementInfo {
	return typeof o === "string" ? { cls: o } : (o ?? {});
}

function classesOf(cls: string | string[]): string[] {
	const names = Array.isArray(cls) ? cls : [cls];
	return names.flatMap((name) => name.split(/\s+/)).filter((name) => name !== "");
}

function documentOf(node: Node | undefined): Document {
	if (!node) return document;
	return node.ownerDocument ?? (node as Document);
}

/** Sets a DOM property where the element has one (input.value), otherwise the attribute. */
function setPropertyOrAttribute(el: Element, name: "value" | "type" | "placeholder" | "href" | "title", value: string): void {
	if (name in el) (el as unknown as Record<string, unknown>)[name] = value;
	else el.setAttribute(name, value);
}

function applyInfo(el: HTMLElement, info: DomElementInfo): void {
	if (info.cls !== undefined) el.addClasses(classesOf(info.cls));
	if (info.text !== undefined) el.setText(info.text);
	if (info.attr) el.setAttrs(info.attr);
	for (const name of ["title", "type", "value", "placeholder", "href"] as const) {
		const value = info[name];
		if (value !== undefined) setPropertyOrAttribute(el, name, value);
	}
}

function insert(child: Node, parent: Node | undefined, prepend: boolean | undefined): void {
	if (!parent) return;
	if (prepend) parent.insertBefore(child, parent.firstChild);
	else parent.appendChild(child);
}

function createElement<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	o?: ElementInfo,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const info = toInfo(o);
	const el = documentOf(info.parent).createElement(tag);
	applyInfo(el, info);
	insert(el, info.parent, info.prepend);
	callback?.(el);
	return el;
}

function createSvgElement<K extends keyof SVGElementTagNameMap>(
	tag: K,
	o?: SvgElementInfo | string,
	callback?: (el: SVGElementTagNameMap[K]) => void,
): SVGElementTagNameMap[K] {
	const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	const el = documentOf(info.parent).createElementNS(SVG_NS, tag);
	if (info.cls !== undefined) el.addClasses(classesOf(info.cls));
	if (info.attr) el.setAttrs(info.attr);
	insert(el, info.parent, info.prepend);
	callback?.(el);
	return el;
}

function createDivElement(o?: ElementInfo, callback?: (el: HTMLDivElement) => void): HTMLDivElement {
	return createElement("div", o, callback);
}

function createSpanElement(o?: ElementInfo, callback?: (el: HTMLSpanElement) => void): HTMLSpanElement {
	return createElement("span", o, callback);
}

function createDocumentFragment(callback?: (el: DocumentFragment) => void): DocumentFragment {
	const fragment = document.createDocumentFragment();
	callback?.(fragment);
	return fragment;
}

/** Non-enumerable, like built-in methods, so `for…in` over a node and snapshots stay clean. */
function define<T extends object>(proto: T, methods: Partial<NoInfer<T>> & ThisType<T>): void {
	for (const [name, value] of Object.entries(methods)) {
		Object.defineProperty(proto, name, { value, writable: true, configurable: true, enumerable: false });
	}
}

define(Node.prototype, {
	detach() {
		this.parentNode?.removeChild(this);
	},
	empty() {
		while (this.lastChild) this.removeChild(this.lastChild);
	},
	insertAfter<T extends Node>(node: T, child: Node | null): T {
		return this.insertBefore(node, child ? child.nextSibling : this.firstChild);
	},
	indexOf(other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	},
	setChildrenInPlace(children: Node[]) {
		this.empty();
		for (const child of children) this.appendChild(child);
	},
	appendText(val: string) {
		this.appendChild(documentOf(this).createTextNode(val));
	},
	// The declared type is a `this is T` guard, which an object literal cannot spell; the body is the guard.
	instanceOf: function (this: Node, type: new () => unknown): boolean {
		return this instanceof type;
	} as Node["instanceOf"],
	createEl<K extends keyof HTMLElementTagNameMap>(tag: K, o?: ElementInfo, callback?: (el: HTMLElementTagNameMap[K]) => void) {
		return createElement(tag, { ...toInfo(o), parent: this }, callback);
	},
	createDiv(o?: ElementInfo, callback?: (el: HTMLDivElement) => void) {
		return createElement("div", { ...toInfo(o), parent: this }, callback);
	},
	createSpan(o?: ElementInfo, callback?: (el: HTMLSpanElement) => void) {
		return createElement("span", { ...toInfo(o), parent: this }, callback);
	},
	createSvg<K extends keyof SVGElementTagNameMap>(tag: K, o?: SvgElementInfo | string, callback?: (el: SVGElementTagNameMap[K]) => void) {
		const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
		return createSvgElement(tag, { ...info, parent: this }, callback);
	},
});

for (const [name, get] of [
	["doc", function (this: Node) {
		return documentOf(this);
	}],
	["win", function (this: Node) {
		return documentOf(this).defaultView ?? window;
	}],
	["constructorWin", function (this: Node) {
		return documentOf(this).defaultView ?? window;
	}],
] as const) {
	Object.defineProperty(Node.prototype, name, { get, configurable: true, enumerable: false });
}

define(Element.prototype, {
	getText() {
		return this.textContent ?? "";
	},
	setText(val: string | DocumentFragment) {
		if (typeof val === "string") {
			this.textContent = val;
			return;
		}
		this.empty();
		this.appendChild(val);
	},
	addClass(...classes: string[]) {
		this.classList.add(...classesOf(classes));
	},
	addClasses(classes: string[]) {
		this.classList.add(...classesOf(classes));
	},
	removeClass(...classes: string[]) {
		this.classList.remove(...classesOf(classes));
	},
	removeClasses(classes: string[]) {
		this.classList.remove(...classesOf(classes));
	},
	toggleClass(classes: string | string[], value: boolean) {
		for (const name of classesOf(classes)) this.classList.toggle(name, value);
	},
	hasClass(cls: string) {
		return this.classList.contains(cls);
	},
	setAttr(qualifiedName: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(qualifiedName);
		else this.setAttribute(qualifiedName, String(value));
	},
	setAttrs(obj: Record<string, string | number | boolean | null>) {
		for (const [name, value] of Object.entries(obj)) this.setAttr(name, value);
	},
	getAttr(qualifiedName: string) {
		return this.getAttribute(qualifiedName);
	},
	matchParent(selector: string, lastParent?: Element) {
		for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) {
			if (el.matches(selector)) return el;
		}
		return null;
	},
	getCssPropertyValue(property: string, pseudoElement?: string) {
		return getComputedStyle(this, pseudoElement).getPropertyValue(property);
	},
	isActiveElement() {
		return documentOf(this).activeElement === this;
	},
	// Typed as HTMLElement on HTMLElement, yet like querySelector it gives null when nothing matches.
	find(selector: string) {
		return this.querySelector<HTMLElement>(selector);
	},
	findAll(selector: string) {
		return Array.from(this.querySelectorAll<HTMLElement>(selector));
	},
	findAllSelf(selector: string) {
		const found = Array.from(this.querySelectorAll<HTMLElement>(selector));
		return this.matches(selector) ? [this as HTMLElement, ...found] : found;
	},
});

define(DocumentFragment.prototype, {
	// Declared as HTMLElement; null when nothing matches, as in Obsidian.
	find(selector: string) {
		return this.querySelector<HTMLElement>(selector) as HTMLElement;
	},
	findAll(selector: string) {
		return Array.from(this.querySelectorAll<HTMLElement>(selector));
	},
});

define(HTMLElement.prototype, {
	show() {
		this.style.removeProperty("display");
	},
	hide() {
		this.setCssProps({ display: "none" });
	},
	toggle(show: boolean) {
		if (show) this.show();
		else this.hide();
	},
	toggleVisibility(visible: boolean) {
		this.style.visibility = visible ? "" : "hidden";
	},
	isShown() {
		return this.style.display !== "none" && this.isConnected;
	},
	setCssStyles(styles: Partial<CSSStyleDeclaration>) {
		Object.assign(this.style, styles);
	},
	setCssProps(props: Record<string, string>) {
		for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
	},
	onClickEvent(listener: (this: HTMLElement, ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener, options);
	},
	trigger(eventType: string) {
		this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
	},
});

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function nextFrame(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

const globals = {
	createEl: createElement,
	createDiv: createDivElement,
	createSpan: createSpanElement,
	createSvg: createSvgElement,
	createFragment: createDocumentFragment,
	activeWindow: window,
	activeDocument: document,
	sleep,
	nextFrame,
};
// jsdom's window and Node's global may be two objects; code can reach the helpers through either.
Object.assign(globalThis, globals);
Object.assign(window, globals);
