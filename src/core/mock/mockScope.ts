import type { Question } from "../question/Question";

/** One part of a scope: a study path of a MOC, which for an imported guide is one of its parts. */
export interface MockPart {
	label: string;
	questions: readonly Question[];
}

/** One entry of the setup's scope list: everything, or a MOC with its parts to choose from. */
export interface MockScopeOption {
	label: string;
	questions: readonly Question[];
	parts: readonly MockPart[];
}

export interface ChosenScope {
	/** "Guide › Part 1 + Part 3", as the report names it. */
	label: string;
	questions: Question[];
}

/**
 * The questions of the parts chosen (by position), in the parts' order, each once. No part chosen,
 * or every part, means the whole scope, questions outside its parts included.
 */
export function chooseScope(option: MockScopeOption, chosenParts: readonly number[]): ChosenScope {
	const picked = [...new Set(chosenParts)].filter((index) => option.parts[index] !== undefined).sort((a, b) => a - b);
	if (picked.length === 0 || picked.length === option.parts.length) return { label: option.label, questions: [...option.questions] };
	const parts = picked.flatMap((index) => option.parts[index] ?? []);
	const seen = new Set<string>();
	const questions: Question[] = [];
	for (const question of parts.flatMap((part) => part.questions)) {
		if (seen.has(question.path)) continue;
		seen.add(question.path);
		questions.push(question);
	}
	return { label: `${option.label} › ${parts.map((part) => part.label).join(" + ")}`, questions };
}
