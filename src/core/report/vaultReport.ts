import type { QuestionIndex } from "../index/QuestionIndex";
import { isError } from "../note/Problem";
import { DIFFICULTIES } from "../question/difficulty";
import { LEARNING_STATUSES, type LearningStatus } from "../schedule/learningState";

export interface StudyPathReport {
	moc: string;
	path: string;
	questions: number;
	/** Links of the path that lead to no note. */
	missing: number;
	byStatus: Record<LearningStatus, number>;
}

/** The vault's counts: what `interview-vault report` prints and tests compare against. */
export interface VaultReport {
	questions: number;
	/** Questions kept without properties: Obsidian cannot read their frontmatter (see `check`). */
	questionsWithoutProperties: number;
	mocs: number;
	/** Questions per top folder of the vault ("" for notes at its root). */
	byFolder: Record<string, number>;
	byDifficulty: Record<string, number>;
	bySubtopic: Record<string, number>;
	byTopic: Record<string, number>;
	byStatus: Record<LearningStatus, number>;
	studyPaths: StudyPathReport[];
	problems: { errors: number; warnings: number };
}

export function buildVaultReport(index: QuestionIndex): VaultReport {
	const problems = index.problems();
	const errors = problems.filter(isError).length;
	const byDifficulty = index.countBy("difficulty");
	const questions = index.questions();
	return {
		questions: questions.length,
		questionsWithoutProperties: questions.filter((question) => question.propertiesUnreadable !== undefined).length,
		mocs: index.mocs().length,
		byFolder: sortedCounts(countTopFolders(questions.map((question) => question.path))),
		byDifficulty: Object.fromEntries(
			[...DIFFICULTIES, "unknown"].filter((d) => d !== "unknown" || byDifficulty.has(d)).map((d) => [d, byDifficulty.get(d) ?? 0]),
		),
		bySubtopic: sortedCounts(index.countBy("subtopic")),
		byTopic: sortedCounts(index.countBy("topic")),
		byStatus: statusCounts(index.countBy("status")),
		studyPaths: index.mocs().flatMap((moc) =>
			moc.studyPaths.map((path) => {
				const { questions, missing } = index.studyPathQuestions(path);
				return {
					moc: moc.path,
					path: path.name,
					questions: questions.length,
					missing: missing.length,
					byStatus: statusCounts(index.countBy("status", questions)),
				};
			}),
		),
		problems: { errors, warnings: problems.length - errors },
	};
}

function countTopFolders(paths: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const path of paths) {
		const slash = path.indexOf("/");
		const folder = slash < 0 ? "" : path.slice(0, slash);
		counts.set(folder, (counts.get(folder) ?? 0) + 1);
	}
	return counts;
}

/** Most frequent first, ties by name, so the report reads the same on every machine. */
export function sortedCounts(counts: Map<string, number>): Record<string, number> {
	const entries = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
	return Object.fromEntries(entries);
}

function statusCounts(counts: Map<string, number>): Record<LearningStatus, number> {
	return {
		new: counts.get("new") ?? 0,
		learning: counts.get("learning") ?? 0,
		review: counts.get("review") ?? 0,
		mastered: counts.get("mastered") ?? 0,
	} satisfies Record<(typeof LEARNING_STATUSES)[number], number>;
}
