import { sectionEnd } from "../note/linksUnderHeading";
import type { Heading, Outline } from "../note/outline";
import type { StudyPath } from "../question/Question";

/**
 * A MOC's study paths, in the order written. Where the MOC has a "Study Paths" heading, its
 * sub-headings are the paths (each with every link in its subtree); otherwise headings that
 * name a path; otherwise every heading with links directly beneath it.
 */
export function findStudyPaths(outline: Outline): StudyPath[] {
	const { headings } = outline;
	const container = headings.findIndex((heading) => /study\s*paths?|учебн\w*\s+пут/i.test(heading.text));
	let candidates: number[];
	if (container >= 0) {
		candidates = childHeadings(headings, container);
	} else {
		candidates = headings.flatMap((heading, index) => (/\bpath\b|(^|[^а-яё])путь([^а-яё]|$)/i.test(heading.text) ? [index] : []));
	}
	const paths = candidates.length > 0
		? candidates.map((index) => pathFor(outline, index, sectionEnd(headings, index)))
		: headings.map((_, index) => pathFor(outline, index, headings[index + 1]?.line ?? Infinity));
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

function pathFor(outline: Outline, headingIndex: number, end: number): StudyPath {
	const heading = outline.headings[headingIndex] as Heading;
	const links = outline.links
		.filter((link) => link.line > heading.line && link.line < end)
		.map((link) => link.target);
	return { name: heading.text, line: heading.line, links: [...new Set(links)] };
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
