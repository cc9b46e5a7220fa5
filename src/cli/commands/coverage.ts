import { readFileSync } from "fs";
import { join, relative, resolve } from "path";
import { readCoverage, type CoverageRead } from "../../app/checklist/checklistCoverage";
import type { TopicCoverage, TopicState } from "../../core/checklist/coverage";
import { plural } from "../../core/text/plural";
import { QuestionSearch, questionSearchText } from "../../core/search/QuestionSearch";
import { parseArgs, UsageError } from "../args";
import { FsNoteWrites } from "../FsNoteWrites";
import { loadVault, type CommandContext } from "../loadVault";
import type { Output } from "../output";

const STATE_WORDS: Record<TopicState, string> = {
	missing: "no question",
	"done-but-weak": "done, below the bar",
	"strong-not-done": "strong, not marked done",
	covered: "covered",
};

/** `coverage <vault> --checklist <note.md>`: every checklist topic with its questions; read-only. */
export async function runCoverage(argv: readonly string[], out: Output, context?: CommandContext): Promise<number> {
	const args = parseArgs(argv, ["json"], ["checklist"]);
	const vault = loadVault(args.positional[0], context?.exclusions);
	const checklist = args.options.get("checklist");
	if (checklist === undefined) throw new UsageError("--checklist <note.md> names the topic checklist (a path inside the vault)");
	const inVault = relative(vault.root, resolve(vault.root, checklist)).split("\\").join("/");
	const search = new QuestionSearch();
	search.sync(vault.index, (path) => questionSearchText(readFileSync(join(vault.root, path), "utf8"), vault.index.question(path)?.title ?? ""));
	const read = await readCoverage(inVault, {
		writes: new FsNoteWrites(vault.root),
		questions: vault.index.questions(),
		threshold: vault.settings.hireThreshold,
		search: (text) => search.search(text).map((hit) => hit.path),
	});
	if ("error" in read) {
		out.error(`interview-vault coverage: ${read.error}`);
		return 2;
	}
	out.print(args.flags.has("json") ? JSON.stringify(asJson(read), null, 2) : formatCoverage(read));
	return 0;
}

function asJson(read: CoverageRead): unknown {
	return {
		checklist: read.path,
		themes: read.themes.map((theme) => ({
			name: theme.name,
			counts: theme.counts,
			topics: theme.topics.map((topic) => ({
				topic: topic.topic.text,
				line: topic.topic.line + 1,
				done: topic.topic.done,
				state: topic.state,
				via: topic.via,
				average: topic.readiness.average,
				graded: topic.readiness.graded,
				questions: topic.questions,
			})),
		})),
	};
}

function formatCoverage(read: CoverageRead): string {
	const lines = [`Topic checklist ${read.path}:`];
	for (const theme of read.themes) {
		const { counts } = theme;
		lines.push("", `${theme.name}: ${plural(theme.topics.length, "topic")}; ${counts.missing} without a question, ${counts["done-but-weak"]} done but below the bar, ${counts["strong-not-done"]} strong but not marked done`);
		for (const topic of theme.topics) lines.push(formatTopic(topic));
	}
	return lines.join("\n");
}

function formatTopic(topic: TopicCoverage): string {
	const mark = topic.topic.done ? "[x]" : "[ ]";
	const { average, graded } = topic.readiness;
	const score = topic.questions.length === 0 ? "" : `, ${plural(topic.questions.length, "question")}, ${average === null ? "none graded" : `average ${average.toFixed(2)} over ${graded} graded`}`;
	const via = topic.via === "search" ? " (found by search)" : "";
	return `  ${mark} ${topic.topic.text}  ${STATE_WORDS[topic.state]}${score}${via}  (line ${topic.topic.line + 1})`;
}
