/**
 * Layout and accessibility measurements, run inside the page (bundled with the harness, so the
 * Node side only calls them by name): overlapping buttons, text wider than its box, controls
 * without a name, and the bookkeeping of a keyboard walk whose Tab presses come from Playwright.
 */

export interface FocusStep {
	/** Where focus is, described; null when it has left the container. */
	readonly at: string;
	/** Whether the focused control looks different from its unfocused self (outline or box-shadow). */
	readonly visible: boolean;
}

export interface PageChecks {
	/** Whether an element matching `selector` is rendered with a non-empty box. */
	isVisible(selector: string): boolean;
	/** Visible elements matching `selector`, described (text, or class names when it has none). */
	describeAll(selector: string): string[];
	/** Pairs of visible buttons inside `container` whose boxes overlap. */
	overlappingButtons(container: string): string[];
	/** Elements inside `container` whose content is wider (or, for buttons, taller) than their box. */
	overflowingText(container: string): string[];
	/**
	 * Text inside `container` whose contrast with what is behind it is below WCAG AA (4.5:1, 3:1 for
	 * large text). The theme's own accent pair (--text-on-accent on --interactive-accent, as on a
	 * `mod-cta` button) is the theme's choice, not the plugin's, and is left out.
	 */
	lowContrastText(container: string): string[];
	/** Controls inside `container` that show no text and have no aria-label, aria-labelledby or title. */
	unnamedControls(container: string): string[];
	/** Marks the controls a keyboard can reach, records their unfocused look, and puts focus just before `container`. */
	startTabWalk(container: string): string[];
	/** To be called after each Tab press. */
	focusStep(): FocusStep | null;
	/** The controls the walk never reached; clears the walk. */
	endTabWalk(): string[];
}

const CONTROLS = "a[href], button:not([disabled]), input:not([disabled]):not([type='hidden']), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";
const WALK_ID = "data-harness-walk";

function root(selector: string): HTMLElement {
	const el = document.querySelector<HTMLElement>(selector);
	if (!el) throw new Error(`Nothing matches ${selector}`);
	return el;
}

function rendered(el: Element): boolean {
	const box = el.getBoundingClientRect();
	const style = getComputedStyle(el);
	return box.width > 0 && box.height > 0 && style.visibility !== "hidden";
}

function describe(el: Element): string {
	const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
	const name = el.getAttribute("aria-label");
	const classes = [...el.classList].filter((cls) => !cls.startsWith("is-")).join(".");
	const label = text !== "" ? `"${text.slice(0, 60)}"` : name ? `[aria-label="${name}"]` : "(no text)";
	return `${el.tagName.toLowerCase()}${classes ? `.${classes}` : ""} ${label}`;
}

function within(container: HTMLElement, selector: string): HTMLElement[] {
	const found = [...container.querySelectorAll<HTMLElement>(selector)];
	return container.matches(selector) ? [container, ...found] : found;
}

function overlap(a: DOMRect, b: DOMRect): number {
	const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return width > 0.5 && height > 0.5 ? width * height : 0;
}

/** The content box's right edge of the nearest ancestor that is not inline. */
function blockRight(el: HTMLElement): number {
	let parent = el.parentElement;
	while (parent && getComputedStyle(parent).display.startsWith("inline")) parent = parent.parentElement;
	if (!parent) return Infinity;
	const style = getComputedStyle(parent);
	return parent.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
}

function overflows(el: HTMLElement): boolean {
	const style = getComputedStyle(el);
	if (style.display === "inline") return el.getBoundingClientRect().right > blockRight(el) + 1;
	if (el.scrollWidth > el.clientWidth + 1) return true;
	return el.tagName === "BUTTON" && el.scrollHeight > el.clientHeight + 1;
}

type Rgba = readonly [number, number, number, number];

/** Computed colours come as rgb()/rgba(), or color(srgb …) for color-mix(); anything else is not measured. */
function parseColour(text: string): Rgba | null {
	const rgb = /^rgba?\(([^)]+)\)$/.exec(text);
	const srgb = /^color\(srgb ([^)]+)\)$/.exec(text);
	const body = rgb?.[1] ?? srgb?.[1];
	if (body === undefined) return null;
	const [r = 0, g = 0, b = 0, a = 1] = body.split(/[\s,/]+/).filter((part) => part !== "").map(Number);
	const scale = srgb ? 255 : 1;
	return [r * scale, g * scale, b * scale, a];
}

function over(top: Rgba, bottom: Rgba): Rgba {
	const [r, g, b, a] = top;
	return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
}

/** What is behind an element: the backgrounds of it and its ancestors, composited down to an opaque one. */
function backdrop(el: Element): Rgba {
	const layers: Rgba[] = [];
	for (let at: Element | null = el; at; at = at.parentElement) {
		const colour = parseColour(getComputedStyle(at).backgroundColor);
		if (!colour || colour[3] === 0) continue;
		layers.push(colour);
		if (colour[3] === 1) break;
	}
	return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

function luminance([r, g, b]: Rgba): number {
	const channel = (value: number): number => {
		const c = value / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** A CSS colour value (a variable, say) as the browser computes it. */
function resolveColour(value: string): Rgba | null {
	const probe = document.body.createDiv();
	probe.style.color = value;
	const colour = parseColour(getComputedStyle(probe).color);
	probe.remove();
	return colour;
}

function sameColour(a: Rgba | null, b: Rgba | null): boolean {
	return a !== null && b !== null && a.every((channel, i) => Math.abs(channel - (b[i] ?? 0)) < 1.5);
}

function ownText(el: Element): string {
	return [...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? "").join("").trim();
}

interface Look {
	readonly outlineStyle: string;
	readonly outlineWidth: string;
	readonly outlineColor: string;
	readonly boxShadow: string;
}

function lookOf(el: Element): Look {
	const style = getComputedStyle(el);
	return { outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth, outlineColor: style.outlineColor, boxShadow: style.boxShadow };
}

function focusVisible(before: Look, after: Look): boolean {
	const outline = after.outlineStyle !== "none" && parseFloat(after.outlineWidth) >= 1;
	const outlineChanged = outline && (after.outlineStyle !== before.outlineStyle || after.outlineWidth !== before.outlineWidth || after.outlineColor !== before.outlineColor);
	const shadowChanged = after.boxShadow !== "none" && after.boxShadow !== before.boxShadow;
	return outlineChanged || shadowChanged;
}

interface Walk {
	readonly container: HTMLElement;
	readonly start: HTMLElement;
	readonly looks: Map<string, Look>;
	readonly reached: Set<string>;
}

let walk: Walk | null = null;

export const checks: PageChecks = {
	isVisible(selector) {
		const el = document.querySelector(selector);
		return el !== null && rendered(el);
	},
	describeAll(selector) {
		return [...document.querySelectorAll(selector)].filter(rendered).map(describe);
	},
	overlappingButtons(container) {
		const buttons = within(root(container), "button").filter(rendered);
		const found: string[] = [];
		buttons.forEach((a, i) => {
			for (const b of buttons.slice(i + 1)) {
				if (a.contains(b) || b.contains(a)) continue;
				if (overlap(a.getBoundingClientRect(), b.getBoundingClientRect()) > 0) found.push(`${describe(a)} overlaps ${describe(b)}`);
			}
		});
		return found;
	},
	overflowingText(container) {
		const box = root(container);
		const found = within(box, "*").filter((el) => rendered(el) && el.tagName !== "svg" && overflows(el)).map(describe);
		return box.scrollWidth > box.clientWidth + 1 ? [`${describe(box)} scrolls sideways`, ...found] : found;
	},
	lowContrastText(container) {
		const found: string[] = [];
		const onAccent = resolveColour("var(--text-on-accent)");
		const accent = resolveColour("var(--interactive-accent)");
		for (const el of within(root(container), "*")) {
			if (ownText(el) === "" || !rendered(el)) continue;
			const style = getComputedStyle(el);
			const colour = parseColour(style.color);
			if (!colour) continue;
			const background = backdrop(el);
			if (sameColour(colour, onAccent) && sameColour(background, accent)) continue;
			const ratio = contrast(over(colour, background), background);
			const size = parseFloat(style.fontSize);
			const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
			if (ratio < (large ? 3 : 4.5)) found.push(`${describe(el)}: ${ratio.toFixed(2)}:1`);
		}
		return found;
	},
	unnamedControls(container) {
		return within(root(container), `${CONTROLS}, [role='button']`)
			.filter((el) => rendered(el) && el !== root(container))
			.filter((el) => (el.textContent ?? "").trim() === "" && !["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName))
			.filter((el) => !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby") && !el.getAttribute("title"))
			.map(describe);
	},
	startTabWalk(container) {
		const box = root(container);
		const controls = within(box, CONTROLS).filter(rendered);
		const looks = new Map<string, Look>();
		if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
		controls.forEach((el, i) => {
			el.setAttribute(WALK_ID, String(i));
			looks.set(String(i), lookOf(el));
		});
		const start = createSpan({ attr: { tabindex: "-1" } });
		box.before(start);
		start.focus();
		walk = { container: box, start, looks, reached: new Set() };
		return controls.map(describe);
	},
	focusStep() {
		if (!walk) throw new Error("startTabWalk first");
		const active = document.activeElement;
		if (!(active instanceof HTMLElement) || !walk.container.contains(active)) return null;
		const id = active.getAttribute(WALK_ID);
		if (id === null) return { at: `${describe(active)} (not a control the walk expected)`, visible: true };
		walk.reached.add(id);
		const before = walk.looks.get(id);
		return { at: describe(active), visible: before !== undefined && focusVisible(before, lookOf(active)) };
	},
	endTabWalk() {
		if (!walk) return [];
		const { container, start, reached } = walk;
		walk = null;
		start.remove();
		const missed = within(container, `[${WALK_ID}]`).filter((el) => !reached.has(el.getAttribute(WALK_ID) ?? ""));
		for (const el of within(container, `[${WALK_ID}]`)) el.removeAttribute(WALK_ID);
		return missed.map(describe);
	},
};
