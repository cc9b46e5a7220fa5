import { LOOSE_HEADING, matchAtxHeading } from "../note/atxHeading";
import { splitFrontmatter } from "../note/frontmatterBlock";

export type Language = "en" | "ru";

/** What a quiz card shows: read from the body on demand, not kept in the index. */
export interface QuestionContent {
	question: string;
	answer: string;
	strongAnswer?: string;
	weakAnswer?: string;
	/** What an evaluator listens for ("Evaluator's cue" section), when the note has one. */
	cue?: string;
	followUps: string[];
	/** The language the question and answer came from, after fallback. */
	language: Language | "any";
}

type SectionKind = "question" | "answer" | "strongAnswer" | "weakAnswer" | "cue" | "followUps" | "related";

interface Section {
	kind: SectionKind;
	language: Language | "any";
	level: number;
	lines: string[];
}

const SECTION_HEADINGS: { kind: SectionKind; pattern: RegExp }[] = [
	// JavaScript's \b knows only ASCII letters, so the end of a word is spelled out for Cyrillic.
	{ kind: "question", pattern: /^(question|вопрос)(?=[\s(:]|$)/i },
	{ kind: "answer", pattern: /^(answer|ответ)(?=[\s(:]|$)/i },
	// The sections an imported hiring guide's notes have (see core/import).
	{ kind: "strongAnswer", pattern: /^strong answer(?=[\s(:]|$)/i },
	{ kind: "weakAnswer", pattern: /^weak answer(?=[\s(:]|$)/i },
	{ kind: "cue", pattern: /^(evaluator'?s cue|evaluation cue|recruiter cue|what to listen for)/i },
	{ kind: "followUps", pattern: /^(follow[- ]?ups?|дополнительные вопросы)/i },
	{ kind: "related", pattern: /^(related|связанные)/i },
];

export function extractContent(text: string, title: string, preferred: Language): QuestionContent {
	const body = splitFrontmatter(text).body;
	const sections = readSections(body);
	const labelled = readLabelledAnswers(body);
	const question = pick(sections, "question", preferred);
	const answer = pick(sections, "answer", preferred);
	const followUps = pick(sections, "followUps", preferred);
	const strong = pick(sections, "strongAnswer", preferred)?.text ?? labelled.strong;
	const weak = pick(sections, "weakAnswer", preferred)?.text ?? labelled.weak;
	const cue = pick(sections, "cue", preferred)?.text;
	return {
		question: question ? stripQuote(question.text) : title,
		answer: answer?.text ?? strong ?? (question ? "" : bodyWithoutLeadingHeading(body)),
		strongAnswer: strong,
		weakAnswer: weak,
		...(cue === undefined ? {} : { cue }),
		followUps: followUps ? listItems(followUps.text) : [],
		language: question?.language ?? answer?.language ?? "any",
	};
}

function readSections(body: string): Section[] {
	const sections: Section[] = [];
	let current: Section | null = null;
	let inFence = false;
	for (const rawLine of body.split("\n")) {
		const line = rawLine.replace(/\r$/, "");
		if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) inFence = !inFence;
		const heading = inFence ? null : matchAtxHeading(line, LOOSE_HEADING);
		if (heading) {
			const kind = SECTION_HEADINGS.find((candidate) => candidate.pattern.test(heading.raw))?.kind;
			const level = heading.level;
			if (kind) {
				current = { kind, language: headingLanguage(heading.raw), level, lines: [] };
				sections.push(current);
				continue;
			}
			if (current && level <= current.level) current = null;
		}
		current?.lines.push(line);
	}
	return sections;
}

function headingLanguage(heading: string): Language | "any" {
	if (/\(\s*en\s*\)/i.test(heading)) return "en";
	if (/\(\s*ru\s*\)/i.test(heading) || /[а-яё]/i.test(heading)) return "ru";
	return "any";
}

function pick(sections: Section[], kind: SectionKind, preferred: Language): { text: string; language: Language | "any" } | undefined {
	const ofKind = sections.filter((section) => section.kind === kind);
	const chosen =
		ofKind.find((section) => section.language === preferred) ??
		ofKind.find((section) => section.language === "any") ??
		ofKind[0];
	return chosen ? { text: chosen.lines.join("\n").trim(), language: chosen.language } : undefined;
}

/** "Strong answer:" / "Weak answer:" paragraphs, as in interview rubrics. */
function readLabelledAnswers(body: string): { strong?: string; weak?: string } {
	const result: { strong?: string; weak?: string } = {};
	for (const paragraph of body.split(/\n\s*\n/)) {
		const match = /^\s*\**(strong|weak)\s+answer(?:\s+example)?\**\s*:\**\s*([\s\S]*)$/i.exec(paragraph);
		if (!match?.[1] || match[2] === undefined) continue;
		const key = match[1].toLowerCase() === "strong" ? "strong" : "weak";
		result[key] ??= match[2].trim();
	}
	return result;
}

function stripQuote(text: string): string {
	return text
		.split("\n")
		.map((line) => line.replace(/^\s*>\s?/, ""))
		.join("\n")
		.trim();
}

function listItems(text: string): string[] {
	return text
		.split("\n")
		.map((line) => /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line)?.[1]?.trim())
		.filter((item): item is string => item !== undefined && item !== "");
}

/** A note with only a title and a body: the body, minus the heading that titles it and any labelled answers. */
function bodyWithoutLeadingHeading(body: string): string {
	const lines = body.split("\n");
	const first = lines.findIndex((line) => line.trim() !== "");
	if (first >= 0 && /^#{1,6}\s/.test(lines[first] ?? "")) lines.splice(first, 1);
	return lines
		.join("\n")
		.split(/\n\s*\n/)
		.filter((paragraph) => !/^\s*\**(strong|weak)\s+answer/i.test(paragraph))
		.join("\n\n")
		.trim();
}
