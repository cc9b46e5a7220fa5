import type { QuestionIndex } from "../index/QuestionIndex";
import type { StudyPath } from "../question/Question";

const LEVELS: [RegExp, number][] = [
	[/beginner|basic|fundamental|начальн|основ/i, 0],
	[/intermediate|средн/i, 1],
	[/advanced|expert|продвинут|сложн/i, 2],
];

/** Beginner paths first, then intermediate, then advanced; otherwise the order the MOC writes them. */
export function pathLevel(path: StudyPath): number {
	return LEVELS.find(([pattern]) => pattern.test(path.name))?.[1] ?? 1;
}

/**
 * A rank for every question a MOC's study paths link to: the order in which a learner meets
 * them. Questions on no path have no rank.
 */
export function studyPathRanks(index: QuestionIndex): Map<string, number> {
	const ranks = new Map<string, number>();
	const paths = index
		.mocs()
		.flatMap((moc) => moc.studyPaths.map((path, order) => ({ path, order })))
		.sort((a, b) => pathLevel(a.path) - pathLevel(b.path) || a.order - b.order);
	for (const { path } of paths) {
		for (const question of index.studyPathQuestions(path).questions) {
			if (!ranks.has(question.path)) ranks.set(question.path, ranks.size);
		}
	}
	return ranks;
}
