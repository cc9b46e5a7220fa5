import type { QuestionIndex } from "../index/QuestionIndex";
import { pathLevel } from "../moc/studyPaths";

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
