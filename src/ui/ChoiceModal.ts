import { FuzzySuggestModal, type App } from "obsidian";

/** A fuzzy picker over any list: subtopics with counts, difficulties, study paths. */
export class ChoiceModal<T> extends FuzzySuggestModal<T> {
	constructor(
		app: App,
		private readonly items: readonly T[],
		private readonly label: (item: T) => string,
		private readonly onChoose: (item: T) => void,
		placeholder: string,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	getItems(): T[] {
		return [...this.items];
	}

	getItemText(item: T): string {
		return this.label(item);
	}

	onChooseItem(item: T): void {
		this.onChoose(item);
	}
}
