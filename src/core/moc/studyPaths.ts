import { sectionEnd } from "../note/linksUnderHeading";
import type { Heading, Outline } from "../note/outline";
import type { StudyPath } from "../question/Question";

/**
 * A MOC's candidate study paths, in the order written: the sub-headings of a "Study Paths"
 * heading (each with every link in its subtree); else every heading with links in its own
 * section (up to the next heading). The index keeps those that link at least one question.
 */
export function findStudyPaths(outline: Outline, mocPath: string): StudyPath[] {
	const { headings } = outline;
	const container = headings.findIndex((heading) => /study\s*paths?|учебн\w*\s+пут/i.test(heading.text));
	const paths = container >= 0
		? childHeadings(headings, container).map((index) => pathFor(outline, mocPath, index, sectionEnd(headings, index)))
		: headings.map((_, index) => pathFor(outline, mocPath, index, headings[index + 1]?.line ?? Infinity));
	return paths.filter((path) => path.links.length > 0);
}

function childHeadings(headings: readonly Heading[], parentIndex: number): number[] {
	const parent = headings[parentIndex];
	if (!parent) return [];
	const end = sectionEnd(headings, parentIndex);
	const inside = headings
		.map((heading, index) => ({ heading, index }))
		.filter(({ heading }) => heading.line > parent.line && heading.line < end);
	const childLevel = Math.min(...inside.map(({ heading }) => heading.level));
	return inside.filter(({ heading }) => heading.level === childLevel).map(({ index }) => index);
}

function pathFor(outline: Outline, mocPath: string, headingIndex: number, end: number): StudyPath {
	const heading = outline.headings[headingIndex] as Heading;
	const links = outline.links
		.filter((link) => link.line > heading.line && link.line < end)
		.map((link) => link.target);
	return { name: heading.text, line: heading.line, links: [...new Set(links)], mocPath };
}

const LEVELS: [RegExp, number][] = [
	[/beginner|basic|fundamental|начальн|основ/i, 0],
	[/intermediate|средн/i, 1],
	[/advanced|expert|продвинут|сложн/i, 2],
];

/** Beginner paths first, then intermediate, then advanced; otherwise the order the MOC writes them. */
export function pathLevel(path: StudyPath): number {
	return LEVELS.find(([pattern]) => pattern.test(path.name))?.[1] ?? 1;
}
