import { SuggestModal, type App } from "obsidian";
import type { QuestionSearch, SearchHit } from "../../core/search/QuestionSearch";

type Suggestion = { kind: "quiz-all"; paths: string[]; query: string } | { kind: "hit"; hit: SearchHit };

/** "Find question": type a few letters, pick a question to open it, or quiz every match. */
export class FindQuestionModal extends SuggestModal<Suggestion> {
	constructor(
		app: App,
		private readonly search: QuestionSearch,
		private readonly openNote: (path: string, newTab: boolean) => void,
		private readonly quiz: (paths: string[], label: string) => void,
	) {
		super(app);
		this.setPlaceholder("Find a question by title, alias, tag, subtopic or its wording");
		this.setInstructions([
			{ command: "↵", purpose: "open" },
			{ command: "ctrl ↵", purpose: "open in a new tab" },
		]);
	}

	getSuggestions(query: string): Suggestion[] {
		if (query.trim() === "") return [];
		const hits = this.search.search(query, 30);
		if (hits.length === 0) return [];
		const paths = [...this.search.matchingPaths(query)];
		return [{ kind: "quiz-all", paths, query }, ...hits.map((hit): Suggestion => ({ kind: "hit", hit }))];
	}

	renderSuggestion(suggestion: Suggestion, el: HTMLElement): void {
		if (suggestion.kind === "quiz-all") {
			const count = suggestion.paths.length;
			el.createDiv({ cls: "interview-vault-find-quiz", text: count === 1 ? "Quiz the 1 match" : `Quiz all ${count} matches` });
			return;
		}
		el.createDiv({ text: suggestion.hit.title });
		el.createEl("small", { cls: "interview-vault-find-path", text: `${suggestion.hit.difficulty ?? "no difficulty"} · ${suggestion.hit.path}` });
	}

	onChooseSuggestion(suggestion: Suggestion, event: MouseEvent | KeyboardEvent): void {
		if (suggestion.kind === "quiz-all") this.quiz(suggestion.paths, `Search: ${suggestion.query}`);
		else this.openNote(suggestion.hit.path, event.ctrlKey || event.metaKey);
	}
}
