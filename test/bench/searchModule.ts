/**
 * Stand-in for src/core/search/QuestionSearch.ts. When that file exists, run.mjs bundles a module
 * re-exporting it in place of this one; otherwise the search row reports "n/a (module missing)".
 * The shapes below are what the benchmark uses of the real module.
 */
import type { QuestionIndex } from "../../src/core/index/QuestionIndex";

export interface SearchEngineLike {
	sync(index: QuestionIndex, readQuestionText: (path: string) => string | undefined): void;
	search(text: string, limit?: number): unknown[];
}

export const QuestionSearch: (new () => SearchEngineLike) | undefined = undefined;
export const questionSearchText: ((noteText: string, title: string) => string) | undefined = undefined;
