import { splitFrontmatter } from "../note/frontmatterBlock";

/**
 * A learner's topic checklist: numbered themes (or headings) with topics beneath, each topic
 * optionally marked done ("Done", `[x]`, ✅). Every topic remembers its line exactly, so marking
 * it done can change that line and nothing else.
 */
export interface ChecklistTopic {
	/** The topic as written, without list marker, checkbox or done mark. */
	text: string;
	done: boolean;
	/** 0-based line in the note. */
	line: number;
	/** The line exactly as it is in the note. */
	raw: string;
}

export interface ChecklistTheme {
	name: string;
	line: number;
	topics: ChecklistTopic[];
}

export interface Checklist {
	themes: ChecklistTheme[];
	/** How this checklist writes "done" on a line without a checkbox: its own habit, else "Done". */
	doneMark: string;
}

const THEME_NUMBERED = /^(\d+)[.)]\s+(.+)$/;
const THEME_HEADING = /^#{1,6}\s+(.+?)\s*#*$/;
const MAX_TOPIC_LENGTH = 100;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CHECKBOX = /^(\s*(?:[-*+]|\d+[.)])\s+)\[([ xX])\]\s*/;
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;
const DONE_SUFFIX = /\s*(?:[-–—:(]\s*)?\b(done)\b\)?\.?\s*$/i;
const CHECK_EMOJI = /\s*[✅✔☑]\uFE0F?\s*/g;
const HAS_CHECK_EMOJI = /[✅✔☑]/;

export function parseChecklist(text: string): Checklist {
	const bodyStart = splitFrontmatter(text).bodyStartLine - 1;
	const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
	const themes: ChecklistTheme[] = [];
	let inFence = false;
	for (let index = bodyStart; index < lines.length; index++) {
		const raw = lines[index] ?? "";
		if (FENCE.test(raw)) inFence = !inFence;
		if (inFence || FENCE.test(raw) || raw.trim() === "") continue;
		const theme = readTheme(raw);
		if (theme !== undefined) {
			themes.push({ name: theme, line: index, topics: [] });
			continue;
		}
		const current = themes[themes.length - 1];
		const topic = current ? readTopic(raw, index) : undefined;
		if (current && topic) current.topics.push(topic);
	}
	return { themes: themes.filter((theme) => theme.topics.length > 0), doneMark: doneMarkOf(themes) };
}

function readTheme(raw: string): string | undefined {
	const heading = THEME_HEADING.exec(raw);
	if (heading?.[1]) return (THEME_NUMBERED.exec(heading[1])?.[2] ?? heading[1]).trim();
	return THEME_NUMBERED.exec(raw)?.[2]?.trim();
}

function readTopic(raw: string, line: number): ChecklistTopic | undefined {
	const box = CHECKBOX.exec(raw);
	let text = box ? raw.slice(box[0].length) : raw.replace(LIST_MARKER, "");
	let done = box ? box[2] !== " " : false;
	if (HAS_CHECK_EMOJI.test(text)) done = true;
	text = text.replace(CHECK_EMOJI, " ");
	if (DONE_SUFFIX.test(text)) {
		done = true;
		text = text.replace(DONE_SUFFIX, "");
	}
	text = text.replace(/^[*_]{1,3}|[*_]{1,3}$/g, "").trim();
	// "For example:" and other lines that introduce what follows are not topics; nor is a paragraph of prose.
	if (text === "" || text.endsWith(":") || text.length > MAX_TOPIC_LENGTH) return undefined;
	return { text, done, line, raw };
}

function doneMarkOf(themes: readonly ChecklistTheme[]): string {
	const marked = themes.flatMap((theme) => theme.topics).filter((topic) => topic.done && !CHECKBOX.test(topic.raw));
	if (marked.some((topic) => HAS_CHECK_EMOJI.test(topic.raw))) return "✅";
	const suffix = marked.map((topic) => /\b(done)\b/i.exec(topic.raw)?.[1]).find((word) => word !== undefined);
	return suffix ?? "Done";
}

/** The line a topic has once marked done: a ticked box, or the checklist's own mark at its end. */
export function doneLine(topic: ChecklistTopic, doneMark: string): string {
	const box = CHECKBOX.exec(topic.raw);
	if (box?.[1]) return `${box[1]}[x] ${topic.raw.slice(box[0].length)}`;
	const trailing = /\s*$/.exec(topic.raw)?.[0] ?? "";
	return `${topic.raw.slice(0, topic.raw.length - trailing.length)} ${doneMark}${trailing}`;
}
