/**
 * Text shaped to trip regular expressions that backtrack: long runs of the characters that
 * open or close markdown constructs. Shared by the linear-time tests and the benchmark row.
 */
import { extractContent } from "../../src/core/question/content";
import { questionSearchText, tokenize } from "../../src/core/search/QuestionSearch";
import { analyze } from "./notes";

/** The hostile shapes of issue 12, each as the units a line of that shape repeats. */
export const HOSTILE_SHAPES: Readonly<Record<string, readonly string[]>> = {
	"#": ["#", "# ", " #", "#\t", "# a "],
	"[[": ["[[", "[[a", "[[a|", "[[a#", "[[a^b", "]"],
	"![[": ["![[", "![[a|", "![[a#b"],
	"`": ["`", "``", "```", "` `", "~"],
	"|": ["|", "| a ", "||", "[[a|b"],
	"$": ["$", "$$", "$a$", "\\$"],
	" ": [" ", "\t", " a", ":"],
};

/** A line of about `length` characters repeating `units` in turn, ending in a character that closes nothing. */
export function hostileLine(units: readonly string[], length: number): string {
	const pattern = units.join("");
	return `${pattern.repeat(Math.ceil(length / Math.max(1, pattern.length))).slice(0, length)}x`;
}

/**
 * A question note that puts one hostile line everywhere a scan looks: as a plain line, as the
 * text of headings (a section heading and an ordinary one), inside an answer, in a list item and
 * as a property value.
 */
export function hostileNote(line: string): string {
	const quoted = JSON.stringify(line);
	return [
		"---",
		"difficulty: easy",
		`related: ${quoted}`,
		`aliases: [${quoted}]`,
		"---",
		`# ${line}`,
		`## Question (EN) ${line}`,
		`> ${line}`,
		"## Answer (EN)",
		line,
		`- ${line}`,
		`### ${line} ###`,
		`Strong answer: ${line}`,
		"",
	].join("\n");
}

/** Everything the plugin and the CLI do with a note's text when they read it, index it and show it. */
export function readLikeThePlugin(text: string): number {
	const analysis = analyze("q-hostile--backend--easy.md", text);
	const title = analysis.kind === "question" ? analysis.question.title : "hostile";
	const content = extractContent(text, title, "en");
	return tokenize(questionSearchText(text, title)).length + content.answer.length + analysis.problems.length;
}
