import type { QuestionIndex } from "../index/QuestionIndex";
import type { Difficulty } from "../question/difficulty";
import type { Moc, Question, StudyPath } from "../question/Question";
import { averageOf } from "../stats/readiness";
import { isNew } from "../question/progress";

/** A set of questions a quiz can be about, with the words the pane shows for it. */
export interface QuizScope {
	label: string;
	questions: Question[];
	/** Due-and-new selection (the daily routine) rather than everything in the scope. */
	routine: boolean;
}

export function dueScope(index: QuestionIndex): QuizScope {
	return { label: "Due questions", questions: [...index.questions()], routine: true };
}

export function newScope(index: QuestionIndex): QuizScope {
	return { label: "New questions", questions: index.questions().filter(isNew), routine: true };
}

export function difficultyScope(index: QuestionIndex, difficulty: Difficulty): QuizScope {
	return { label: `Difficulty: ${difficulty}`, questions: index.query({ difficulty }), routine: false };
}

export function subtopicScope(index: QuestionIndex, subtopic: string): QuizScope {
	return { label: `Subtopic: ${subtopic}`, questions: index.query({ subtopic }), routine: false };
}

export function studyPathScope(index: QuestionIndex, moc: Moc, path: StudyPath): QuizScope {
	return { label: `${moc.title} › ${path.name}`, questions: index.studyPathQuestions(path).questions, routine: false };
}

export function mocScope(index: QuestionIndex, moc: Moc): QuizScope {
	return { label: moc.title, questions: index.questionsOfMoc(moc.path), routine: false };
}

/** The subtopic with the lowest average latest grade (graded ones only), ties by name. */
export function weakestSubtopic(index: QuestionIndex): { subtopic: string; average: number } | undefined {
	const grades = new Map<string, number[]>();
	for (const question of index.questions()) {
		const grade = question.learning.grade;
		if (grade === undefined) continue;
		for (const subtopic of question.subtopics) grades.set(subtopic, [...(grades.get(subtopic) ?? []), grade]);
	}
	return [...grades]
		.map(([subtopic, values]) => ({ subtopic, average: averageOf(values) ?? 0 }))
		.sort((a, b) => a.average - b.average || a.subtopic.localeCompare(b.subtopic))[0];
}
