import type { Heading, Outline } from "../note/outline";
import type { Language } from "./content";

/**
 * The standard section headings of question notes, in English and Russian, with or without a
 * language mark ("Answer (EN)", "Дополнительные Вопросы (RU)"). They name a part of a note,
 * never the note itself. JavaScript's `\b` knows only ASCII letters, so the end of a word is
 * spelled out for Cyrillic.
 */
const SECTION_HEADING = new RegExp(
	"^(?:" +
		[
			"questions?", "answers?", "follow[- ]?ups?", "related(?: questions| notes| mocs?| topics)?", "references?",
			"sources?", "links?", "see also", "notes?", "summary", "prerequisites(?: \\(easier\\))?", "advanced(?: \\(harder\\))?",
			"strong answer", "weak answer", "key points?", "examples?", "code examples?",
			"вопрос", "вопросы", "ответ", "дополнительные вопросы", "ссылки", "связанные вопросы", "связанные темы",
			"источники", "примеры?", "пример кода", "резюме", "итог", "ключевые моменты",
		].join("|") +
		")(?=$|[\\s(:.])[\\s:.]*(?:\\((?:en|ru|англ|рус)\\))?[\\s:.]*$",
	"i",
);

export function isSectionHeading(text: string): boolean {
	return SECTION_HEADING.test(text.trim());
}

const QUESTION_HEADING = /^(?:question|вопрос)(?=$|[\s(:])/i;

/**
 * The title a learner recognises: the `title` property; else the first level-1 heading that is
 * not a section heading; else the first line of the question text (in the chosen language when
 * the note has both); else the file name's slug made readable.
 */
export function questionTitle(
	property: string | undefined,
	outline: Outline,
	bodyLines: () => readonly string[],
	bodyStartLine: number,
	basename: string,
	language: Language,
): string {
	if (property !== undefined && property.trim() !== "") return property.trim();
	const heading = outline.headings.find((h) => h.level === 1 && !isSectionHeading(h.text));
	if (heading) return heading.text;
	return firstQuestionLine(outline.headings, bodyLines(), bodyStartLine, language) ?? readableSlug(basename);
}

function firstQuestionLine(
	headings: readonly Heading[],
	bodyLines: readonly string[],
	bodyStartLine: number,
	language: Language,
): string | undefined {
	const questionHeadings = headings.filter((h) => QUESTION_HEADING.test(h.text));
	const preferred = questionHeadings.find((h) => headingLanguage(h.text) === language) ?? questionHeadings[0];
	if (!preferred) return undefined;
	for (let index = preferred.line - bodyStartLine + 1; index < bodyLines.length; index++) {
		const line = bodyLines[index] ?? "";
		if (/^\s{0,3}#{1,6}\s/.test(line)) return undefined;
		const text = plainLine(line);
		if (text !== "") return text;
	}
	return undefined;
}

function headingLanguage(text: string): Language | undefined {
	if (/\(\s*en\s*\)/i.test(text)) return "en";
	if (/\(\s*ru\s*\)/i.test(text) || /[а-яё]/i.test(text)) return "ru";
	return undefined;
}

/** A line of Markdown without its quote, list or emphasis marks. */
function plainLine(line: string): string {
	return line
		.replace(/^\s*(?:>\s*)+/, "")
		.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")
		.replace(/\*\*|__/g, "")
		.trim();
}

/** `q-coroutines-vs-threads--kotlin--medium` → "Coroutines vs threads". */
export function readableSlug(basename: string): string {
	const slug = basename.replace(/^[qc]-/i, "").split("--")[0] ?? basename;
	const words = slug.replace(/[-_]+/g, " ").trim();
	if (words === "") return basename;
	return words.charAt(0).toUpperCase() + words.slice(1);
}
