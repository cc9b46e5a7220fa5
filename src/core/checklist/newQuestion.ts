import { joinPath } from "../import/planImport";
import { slugify } from "../import/slugs";
import { propertyLine } from "../write/frontmatterPatch";
import type { ChecklistTopic } from "./parseChecklist";

export interface NewQuestionOptions {
	folder: string;
	/** The template note's text, or undefined for the built-in one. */
	template?: string;
	today: string;
	/** Whether a file is at a path: the new note never replaces one. */
	occupied: (path: string) => boolean;
}

/**
 * A question note for a checklist topic that has none: named in the vault's convention, with the
 * topic's words as its subtopic so that the Coverage view finds it the next time.
 */
export function newQuestionForTopic(topic: ChecklistTopic, theme: string, options: NewQuestionOptions): { path: string; text: string } {
	const themeSlug = slugify(theme, 4) || "general";
	const subtopic = slugify(topic.text.replace(/\(.*?\)/g, " "), 4) || "topic";
	let path = joinPath(options.folder, `q-${subtopic}--${themeSlug}--medium.md`);
	for (let n = 2; options.occupied(path); n++) path = joinPath(options.folder, `q-${subtopic}-${n}--${themeSlug}--medium.md`);
	const values: Record<string, string> = { title: topic.text, topic: themeSlug, subtopic, date: options.today };
	const text = options.template === undefined
		? builtInTemplate(values)
		: options.template.replace(/\{\{\s*(title|topic|subtopic|date)\s*\}\}/g, (_, key: string) => values[key] ?? "");
	return { path, text };
}

function builtInTemplate(values: Record<string, string>): string {
	const frontmatter = [
		propertyLine("title", values.title ?? ""),
		propertyLine("topic", values.topic ?? ""),
		`subtopics: [${values.subtopic ?? ""}]`,
		propertyLine("difficulty", "medium"),
		`tags: [${values.topic ?? ""}, difficulty/medium]`,
		propertyLine("created", values.date ?? ""),
	];
	return `---\n${frontmatter.join("\n")}\n---\n# Question\n\n> ${values.title ?? ""}: write the question here.\n\n## Answer\n\n`;
}
