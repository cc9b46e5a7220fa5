import { plural } from "../text/plural";
import { propertyLine } from "../write/frontmatterPatch";
import { RUBRIC } from "../schedule/grades";
import type { MockInterview, MockResult } from "./mockInterview";

export interface ReportContext {
	/** `YYYY-MM-DD`, local. */
	day: string;
	/** `HH:MM`, local. */
	time: string;
	/** The note's title for a question path, and its name to link to. */
	describe: (path: string) => { title: string; linkTarget: string };
}

/**
 * The report note of a mock interview: the date, the scope, every question with its score, time
 * and note, the average against the hire bar, the role-critical subtopics and the verdict. Its
 * properties are not a question's, so the index never mistakes it for one.
 */
export function mockReportNote(mock: MockInterview, result: MockResult, context: ReportContext): string {
	const frontmatter = [
		propertyLine("kind", "mock-interview"),
		propertyLine("date", context.day),
		propertyLine("scope", mock.setup.scope),
		...(mock.setup.mix === undefined ? [] : [propertyLine("mix", mock.setup.mix)]),
		propertyLine("questions", mock.answers.length),
		...(result.average === null ? [] : [propertyLine("average", result.average)]),
		propertyLine("threshold", result.threshold),
		propertyLine("verdict", result.verdict.title),
		`counted_in_schedule: ${mock.setup.countInSchedule ? "true" : "false"}`,
	];
	const rows = mock.answers.map((answer, index) => {
		const { title, linkTarget } = context.describe(answer.path);
		const score = answer.score === undefined ? "not scored" : `${answer.score} ${RUBRIC[answer.score].label}`;
		return `| ${index + 1} | [[${cell(linkTarget)}\\|${cell(title)}]] | ${score} | ${clock(answer.seconds)} | ${cell(answer.note) || "—"} |`;
	});
	const scoredLine = `${plural(mock.answers.length, "question")} (${result.scored} scored, ${result.passed} not scored), ${clock(result.seconds)} in all, ${clock(mock.setup.secondsPerQuestion)} allowed per question`;
	const critical = result.bySubtopic.filter((subtopic) => subtopic.critical);
	const sections = [
		`# Mock interview, ${context.day} ${context.time}`,
		`**Scope:** ${mock.setup.scope}\n${mock.setup.mix === undefined ? "" : `**Difficulty mix:** ${mock.setup.mix}\n`}**Questions:** ${scoredLine}`,
		`## Verdict: ${result.verdict.title}\n\n${result.verdict.text}`,
		`## Questions\n\n| # | Question | Score | Time | Note |\n|---|---|---|---|---|\n${rows.join("\n")}`,
		critical.length > 0
			? `## Role-critical subtopics\n\n${critical.map((s) => `- ${s.subtopic}: ${s.average.toFixed(2)} against ${s.target.toFixed(1)} (${s.meets ? "meets it" : "below it"})`).join("\n")}`
			: undefined,
		result.bySubtopic.length > 0
			? `## By subtopic\n\n${result.bySubtopic.map((s) => `- ${s.subtopic}: ${s.average.toFixed(2)} over ${plural(s.count, "answer")}`).join("\n")}`
			: undefined,
		mock.setup.countInSchedule
			? "These scores were also counted as quiz grades in the spaced-repetition schedule."
			: "These scores are kept apart from the spaced-repetition schedule.",
	];
	return `---\n${frontmatter.join("\n")}\n---\n${sections.filter((s): s is string => s !== undefined).join("\n\n")}\n`;
}

/** A table cell holds one line and no bar. */
function cell(text: string): string {
	return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}

export function clock(seconds: number): string {
	const minutes = Math.floor(seconds / 60);
	return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}

