import { fail, unsupported } from "./env";

/**
 * A regular expression from a query, bounded so it cannot freeze Obsidian. JavaScript cannot stop
 * a running match, so the bound is put on what may run: patterns that can backtrack exponentially
 * (a quantified group that itself holds a quantifier or an alternation, such as `(a+)+` or
 * `(a|aa)*`, and back-references) are refused by name, and so is text longer than `MAX_SUBJECT`.
 * What is left matches in time polynomial in a text of bounded length.
 */

const MAX_PATTERN = 1_000;
const MAX_SUBJECT = 100_000;

const compiled = new Map<string, RegExp>();

export function safeRegExp(pattern: string, flags: string, subject: string, invalidMessage?: string): RegExp {
	if (subject.length > MAX_SUBJECT) unsupported(`regular expressions over text longer than ${MAX_SUBJECT} characters`);
	const key = `${flags}/${pattern}`;
	const cached = compiled.get(key);
	if (cached) {
		cached.lastIndex = 0;
		return cached;
	}
	if (pattern.length > MAX_PATTERN) unsupported(`regular expressions longer than ${MAX_PATTERN} characters`);
	if (mayBacktrackExponentially(pattern)) unsupported(`the regular expression '${pattern}' (nested repetition can take exponential time)`);
	let regex: RegExp;
	try {
		regex = new RegExp(pattern, flags);
	} catch {
		fail(invalidMessage ?? `Invalid regular expression: /${pattern}/`);
	}
	if (compiled.size > 500) compiled.clear();
	compiled.set(key, regex);
	return regex;
}

/** A quantified group holding a quantifier or `|`, or a back-reference: the shapes of catastrophic backtracking. */
export function mayBacktrackExponentially(pattern: string): boolean {
	const groups: { risky: boolean }[] = [];
	let lastGroupRisky = false;
	let inClass = false;
	for (let index = 0; index < pattern.length; index++) {
		const char = pattern.charAt(index);
		if (char === "\\") {
			const next = pattern.charAt(index + 1);
			if (/[1-9k]/.test(next) && !inClass) return true;
			index++;
			lastGroupRisky = false;
			continue;
		}
		if (inClass) {
			if (char === "]") inClass = false;
			continue;
		}
		const quantified = char === "*" || char === "+" || char === "{" || (char === "?" && pattern.charAt(index - 1) !== "(");
		if (quantified) {
			if (lastGroupRisky) return true;
			const open = groups[groups.length - 1];
			if (open) open.risky = true;
			lastGroupRisky = false;
			continue;
		}
		lastGroupRisky = false;
		if (char === "[") inClass = true;
		else if (char === "(") groups.push({ risky: false });
		else if (char === "|") {
			const open = groups[groups.length - 1];
			if (open) open.risky = true;
		} else if (char === ")") {
			const closed = groups.pop();
			lastGroupRisky = closed?.risky ?? false;
			// The risk is inherited by the enclosing group too: ((a+)b)+ backtracks as badly.
			const outer = groups[groups.length - 1];
			if (outer && lastGroupRisky) outer.risky = true;
		}
	}
	return false;
}
