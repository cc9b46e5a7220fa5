import type { Problem } from "../note/Problem";
import type { Moc } from "../question/Question";

/** Links of a MOC's study paths, or to `q-` notes anywhere in it, that lead to no note. */
export function findDanglingMocLinks(moc: Moc, resolve: (target: string) => string | undefined): Problem[] {
	const inPaths = new Set(moc.studyPaths.flatMap((path) => path.links));
	const reported = new Set<string>();
	const problems: Problem[] = [];
	for (const link of moc.links) {
		if (!inPaths.has(link.target) && !/^q-/i.test(link.target)) continue;
		if (reported.has(link.target) || resolve(link.target) !== undefined) continue;
		reported.add(link.target);
		problems.push({
			path: moc.path,
			severity: "warning",
			code: "moc-dangling-link",
			message: `links to [[${link.target}]], which is not a note in this vault`,
			line: link.line,
		});
	}
	return problems;
}
