import { CORE_SCHEMA, dump } from "js-yaml";
import { parseYamlAsObsidian } from "../../../src/core/note/yamlEngine";
import type * as O from "../../../node_modules/obsidian/obsidian";

// ---------------------------------------------------------------------------------------------
// Small functions of the module

export const apiVersion = "1.8.7";

export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const difference = (have[i] ?? 0) - (want[i] ?? 0);
		if (difference !== 0) return difference > 0;
	}
	return true;
}

/** Obsidian's rule: one forward slash between parts, none at the ends, NFC, no odd spaces. */
export function normalizePath(path: string): string {
	const cleaned = path
		.replace(/[\\/]+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.replace(/[\u00A0\u202F]/g, " ")
		.normalize("NFC");
	return cleaned === "" ? "/" : cleaned;
}

/**
 * YAML as Obsidian reads properties: the core schema (no timestamps, so `2025-10-03` stays the
 * string the user typed); a repeated key throws, so the note has no properties.
 */
export function parseYaml(yaml: string): unknown {
	// No json mode: a duplicated key throws, as in Obsidian (its Properties then show nothing).
	return parseYamlAsObsidian(yaml);
}

/**
 * The writer behind processFrontMatter. The core schema keeps date-like strings unquoted, as
 * Obsidian writes them; lineWidth -1 keeps long values on one line instead of folding them.
 */
export function stringifyYaml(obj: unknown): string {
	return dump(obj, { schema: CORE_SCHEMA, lineWidth: -1 });
}

/** `Note#Heading` → `Note`. */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const index = linktext.search(/[#^]/);
	if (index < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, index), subpath: linktext.slice(index) };
}

/** The real one draws a Lucide SVG; the stub leaves a marker the tests can query. */
export function setIcon(parent: HTMLElement, iconId: O.IconName): void {
	parent.empty();
	parent.setAttr("data-icon", iconId);
	parent.createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`] });
}

export function setTooltip(el: HTMLElement, tooltip: string, options?: O.TooltipOptions): void {
	el.setAttr("aria-label", tooltip);
	if (options?.placement) el.setAttr("data-tooltip-position", options.placement);
}

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
	let timer: number | undefined;
	let latestArgs: [...T] | undefined;
	const run = (): V | void => {
		window.clearTimeout(timer);
		timer = undefined;
		const args = latestArgs;
		latestArgs = undefined;
		return args === undefined ? undefined : cb(...args);
	};
	const call = (...args: [...T]): O.Debouncer<T, V> => {
		latestArgs = args;
		if (timer === undefined || resetTimer) {
			window.clearTimeout(timer);
			timer = window.setTimeout(run, timeout);
		}
		return debouncer;
	};
	const cancel = (): O.Debouncer<T, V> => {
		window.clearTimeout(timer);
		timer = undefined;
		latestArgs = undefined;
		return debouncer;
	};
	// A function with methods attached is what a Debouncer is; TypeScript cannot build one without a cast.
	const debouncer = Object.assign(call, { cancel, run }) as O.Debouncer<T, V>;
	return debouncer;
}

export const Platform: typeof O.Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

/** A subsequence match, case-insensitive; tighter matches score higher (closer to 0). */
export function prepareFuzzySearch(query: string): (text: string) => O.SearchResult | null {
	const needle = query.toLowerCase().replace(/\s+/g, "");
	return (text) => {
		const haystack = text.toLowerCase();
		const matches: O.SearchMatches = [];
		let from = 0;
		for (const char of needle) {
			const at = haystack.indexOf(char, from);
			if (at < 0) return null;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else matches.push([at, at + 1]);
			from = at + 1;
		}
		const first = matches[0]?.[0] ?? 0;
		return { score: -(from - first - needle.length) - matches.length / 10, matches };
	};
}
