/**
 * Reads a Q&A hiring guide (plain text or Markdown): parts (levels), sections (themes), numbered
 * questions `Q<n>.`, and the labelled paragraphs under each question. Tolerant of Markdown
 * headings, bold or italic labels, numbering gaps, and answers over several paragraphs with lists
 * and code; whatever it could not place is reported, never silently dropped.
 */

export interface GuideQuestion {
	/** The number the document gives it (Q7 → 7). */
	number: number;
	text: string;
	strongAnswer?: string;
	weakAnswer?: string;
	cue?: string;
	/** "What a strong answer covers" items, when the document lists them. */
	covers: string[];
	/** 1-based line of the question in the document. */
	line: number;
}

export interface GuideSection {
	name: string;
	questions: GuideQuestion[];
}

export interface GuidePart {
	/** 1-based position in the document. */
	position: number;
	/** The heading as the document words it, without its question range. */
	name: string;
	sections: GuideSection[];
}

export interface GuideRemark {
	line: number;
	message: string;
}

export interface ParsedGuide {
	title: string;
	parts: GuidePart[];
	/** What the reader noticed and the preview should show: gaps, missing answers, ignored text. */
	remarks: GuideRemark[];
}

type Field = "strongAnswer" | "weakAnswer" | "cue" | "covers";

const LABELS: { field: Field; pattern: RegExp }[] = [
	{ field: "covers", pattern: /^what an? strong answer (covers|includes)$/ },
	{ field: "strongAnswer", pattern: /^strong answer( example)?$/ },
	{ field: "weakAnswer", pattern: /^weak answer( example)?$/ },
	{ field: "cue", pattern: /^((recruiter|interviewer|evaluator'?s?)( evaluation)? cue|evaluation cue|what to listen for)$/ },
];

const HEADING = /^#{1,6}\s+/;
const QUESTION = /^Q\s?(\d+)\s*[.):]\s*(.*)$/i;
const PART = /^(?:part|level)\s+(\d+|[ivx]+)\b\s*(?:[:.\-–—]\s*(.*))?$/i;
const SECTION = /^section\s+(\d+|[ivx]+)\b\s*(?:[:.\-–—]\s*(.*))?$/i;
const RANGE_ONLY = /^\(?\s*Q\d+\s*[–—-]\s*Q?\d+\s*\)?$/i;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

interface Cursor {
	question: GuideQuestion;
	field: Field | "text";
	/** Paragraphs of the current field, each a list of lines. */
	lines: string[];
}

export function parseGuide(text: string): ParsedGuide {
	return new GuideReader().read(text.replace(/^\uFEFF/, "").split(/\r?\n/));
}

class GuideReader {
	private title = "";
	private readonly parts: GuidePart[] = [];
	private readonly remarks: GuideRemark[] = [];
	private cursor: Cursor | null = null;
	private inFence = false;

	read(lines: readonly string[]): ParsedGuide {
		lines.forEach((line, index) => this.readLine(line, index + 1));
		this.closeField();
		this.checkNumbering();
		const remarks = [...this.remarks].sort((a, b) => a.line - b.line);
		return { title: this.title || "Imported guide", parts: this.parts.filter((part) => questionCount(part) > 0), remarks };
	}

	private readLine(raw: string, line: number): void {
		if (FENCE.test(raw)) this.inFence = !this.inFence;
		if (this.inFence || FENCE.test(raw)) {
			this.cursor?.lines.push(raw);
			return;
		}
		const bare = plain(raw);
		if (bare === "") {
			this.cursor?.lines.push("");
			return;
		}
		if (this.readStructure(bare, line)) return;
		const label = readLabel(raw);
		if (label && this.cursor) {
			this.closeField();
			this.cursor.field = label.field;
			this.cursor.lines = label.rest === "" ? [] : [label.rest];
			return;
		}
		if (this.cursor) {
			this.cursor.lines.push(raw);
			return;
		}
		if (this.title === "") this.title = bare;
	}

	/** A part, section or question line; true when the line was one. */
	private readStructure(bare: string, line: number): boolean {
		const question = QUESTION.exec(bare);
		if (question?.[1] && question[2]?.trim()) {
			this.closeField();
			const asked: GuideQuestion = { number: Number(question[1]), text: question[2].trim(), covers: [], line };
			this.currentSection(line).questions.push(asked);
			this.cursor = { question: asked, field: "text", lines: [] };
			return true;
		}
		const part = bare.length <= 160 ? PART.exec(bare) : null;
		if (part) {
			this.closeField();
			this.cursor = null;
			this.parts.push({ position: this.parts.length + 1, name: partName(part[1] ?? "", part[2] ?? ""), sections: [] });
			return true;
		}
		const section = bare.length <= 160 ? SECTION.exec(bare) : null;
		if (section) {
			this.closeField();
			this.cursor = null;
			this.currentPart().sections.push({ name: tidyName(section[2] ?? bare), questions: [] });
			return true;
		}
		if (RANGE_ONLY.test(bare) && !this.cursor) return true;
		return false;
	}

	private currentPart(): GuidePart {
		const last = this.parts[this.parts.length - 1];
		if (last) return last;
		const part: GuidePart = { position: 1, name: "Questions", sections: [] };
		this.parts.push(part);
		return part;
	}

	private currentSection(line: number): GuideSection {
		const part = this.currentPart();
		const last = part.sections[part.sections.length - 1];
		if (last) return last;
		const section: GuideSection = { name: "General", questions: [] };
		part.sections.push(section);
		if (part.name !== "Questions") this.remarks.push({ line, message: `Questions of "${part.name}" come before any section; they are under "General".` });
		return section;
	}

	/** Puts the collected lines into the question's field. A cue is one paragraph: text after it is reported. */
	private closeField(): void {
		const cursor = this.cursor;
		if (!cursor) return;
		const paragraphs = splitParagraphs(cursor.lines);
		const { question } = cursor;
		if (cursor.field === "text") {
			if (paragraphs.length > 0) question.text = [question.text, ...paragraphs].join("\n\n");
		} else if (cursor.field === "covers") {
			question.covers.push(...paragraphs.flatMap((paragraph) => listItems(paragraph)));
		} else if (cursor.field === "cue") {
			const [first, ...rest] = paragraphs;
			if (first !== undefined) question.cue = first;
			if (rest.length > 0) this.remarks.push({ line: question.line, message: `Ignored text after the cue of Q${question.number}: "${shorten(rest.join(" "))}"` });
		} else if (paragraphs.length > 0) {
			question[cursor.field] = paragraphs.join("\n\n");
		}
		cursor.lines = [];
	}

	private checkNumbering(): void {
		const questions = this.parts.flatMap((part) => part.sections.flatMap((section) => section.questions));
		const seen = new Map<number, GuideQuestion>();
		let previous: GuideQuestion | undefined;
		for (const question of questions) {
			const twin = seen.get(question.number);
			if (twin) this.remarks.push({ line: question.line, message: `Q${question.number} appears twice (lines ${twin.line} and ${question.line}); both are imported.` });
			seen.set(question.number, question);
			if (previous && question.number > previous.number + 1) {
				const missing = question.number - previous.number - 1;
				this.remarks.push({ line: question.line, message: `The numbering jumps from Q${previous.number} to Q${question.number} (${missing === 1 ? "one number" : `${missing} numbers`} missing).` });
			}
			if (!question.strongAnswer) this.remarks.push({ line: question.line, message: `Q${question.number} has no strong answer.` });
			previous = question;
		}
	}
}

/** The line without heading marks and the emphasis around it, trimmed. */
function plain(line: string): string {
	return line.replace(HEADING, "").trim().replace(/^([*_]{1,3})(.*?)\1$/, "$2").trim();
}

/** `Strong Answer:`, `**Strong answer:**`, `_Weak answer_:` … → the field and the text after the colon. */
function readLabel(line: string): { field: Field; rest: string } | undefined {
	const text = line.replace(HEADING, "").trim();
	const colon = text.indexOf(":");
	if (colon < 0 || colon > 48) return undefined;
	const name = text.slice(0, colon).replace(/[*_]/g, "").trim().toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ");
	const field = LABELS.find((label) => label.pattern.test(name))?.field;
	if (!field) return undefined;
	const rest = text.slice(colon + 1).replace(/^[*_]{1,3}(?=\s|$)/, "").trim();
	return { field, rest };
}

function splitParagraphs(lines: readonly string[]): string[] {
	const paragraphs: string[] = [];
	let current: string[] = [];
	let inFence = false;
	for (const line of lines) {
		if (FENCE.test(line)) inFence = !inFence;
		if (!inFence && line.trim() === "") {
			if (current.length > 0) paragraphs.push(current.join("\n"));
			current = [];
		} else {
			current.push(line);
		}
	}
	if (current.length > 0) paragraphs.push(current.join("\n"));
	return paragraphs.map((paragraph) => paragraph.replace(/\s+$/, ""));
}

function listItems(paragraph: string): string[] {
	return paragraph
		.split("\n")
		.map((line) => /^\s*(?:[-*+•]|\d+[.)])\s+(.*)$/.exec(line)?.[1]?.trim() ?? line.trim())
		.filter((item) => item !== "");
}

/** "PART 2: QUESTIONS FOR INTERMEDIATES (Q16–Q25)" → "Part 2: Questions for intermediates". */
function partName(number: string, rest: string): string {
	const words = tidyName(rest.replace(/\s*\(\s*Q\d+\s*[–—-]\s*Q?\d+\s*\)\s*$/i, ""));
	return words === "" ? `Part ${number}` : `Part ${number}: ${words}`;
}

/** Shouted headings become sentence case; anything with lower case letters stays as written. */
function tidyName(text: string): string {
	const trimmed = text.replace(/\s+/g, " ").trim();
	if (/\p{Ll}/u.test(trimmed)) return trimmed;
	const lower = trimmed.toLowerCase();
	return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function questionCount(part: GuidePart): number {
	return part.sections.reduce((sum, section) => sum + section.questions.length, 0);
}

function shorten(text: string): string {
	const flat = text.replace(/\s+/g, " ").trim();
	return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

export function guideQuestions(guide: ParsedGuide): GuideQuestion[] {
	return guide.parts.flatMap((part) => part.sections.flatMap((section) => section.questions));
}
