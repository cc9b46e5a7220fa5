import type { QuestionIndex } from "../index/QuestionIndex";
import { difficultyRank } from "../question/difficulty";
import type { Question } from "../question/Question";
import type { SelfGrade } from "../schedule/grades";

export interface AdaptiveSuggestion {
	kind: "prerequisites" | "advanced";
	after: Question;
	questions: Question[];
}

/**
 * After a 1–2, the note's prerequisites (its "Prerequisites" links, else related questions of
 * lower difficulty); after a 5, its advanced ones. Nothing otherwise.
 */
export function adaptiveNext(question: Question, grade: SelfGrade, index: QuestionIndex): AdaptiveSuggestion | undefined {
	if (grade > 2 && grade < 5) return undefined;
	const kind = grade <= 2 ? "prerequisites" : "advanced";
	const linked = resolveQuestions(kind === "prerequisites" ? question.prerequisites : question.advanced, index, question.path);
	const questions = linked.length > 0 ? linked : relatedByDifficulty(question, kind, index);
	return questions.length > 0 ? { kind, after: question, questions } : undefined;
}

function relatedByDifficulty(question: Question, kind: AdaptiveSuggestion["kind"], index: QuestionIndex): Question[] {
	const rank = difficultyRank(question.difficulty);
	return resolveQuestions(question.related, index, question.path).filter((related) => {
		const relatedRank = difficultyRank(related.difficulty);
		return related.difficulty !== undefined && (kind === "prerequisites" ? relatedRank < rank : relatedRank > rank);
	});
}

/** The questions the links lead to, resolved from the note they are written in (`from`). */
function resolveQuestions(targets: readonly string[], index: QuestionIndex, from: string): Question[] {
	return targets.flatMap((target) => {
		const path = index.resolveLink(target, from);
		const question = path === undefined ? undefined : index.question(path);
		return question ? [question] : [];
	});
}
