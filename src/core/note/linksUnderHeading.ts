import type { Heading, Outline } from "./outline";

/** Link targets in the sections whose heading matches, each section running to the next heading of its level or above. */
export function linksUnderHeading(outline: Outline, pattern: RegExp): string[] {
	const targets: string[] = [];
	outline.headings.forEach((heading, index) => {
		if (!pattern.test(heading.text)) return;
		const end = sectionEnd(outline.headings, index);
		for (const link of outline.links) {
			if (link.line > heading.line && link.line < end) targets.push(link.target);
		}
	});
	return [...new Set(targets)];
}

/** The line where the section of `headings[index]` ends (exclusive). */
export function sectionEnd(headings: readonly Heading[], index: number): number {
	const heading = headings[index];
	if (!heading) return Infinity;
	for (let next = index + 1; next < headings.length; next++) {
		const candidate = headings[next];
		if (candidate && candidate.level <= heading.level) return candidate.line;
	}
	return Infinity;
}
