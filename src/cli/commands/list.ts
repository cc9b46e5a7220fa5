import type { QuestionFilter } from "../../core/index/QuestionIndex";
import { DIFFICULTIES } from "../../core/question/difficulty";
import type { Question } from "../../core/question/Question";
import { parseArgs, UsageError } from "../args";
import { loadVault, type CommandContext } from "../loadVault";
import type { Output } from "../output";

export function runList(argv: readonly string[], out: Output, context: CommandContext): number {
	const args = parseArgs(argv, ["json"], ["difficulty", "subtopic", "topic"]);
	const filter = readFilter(args.options);
	const questions = loadVault(args.positional[0], context.exclusions, out).index.query(filter);
	if (args.flags.has("json")) {
		out.print(JSON.stringify(questions.map(toListedQuestion), null, 2));
	} else {
		for (const question of questions) {
			out.print([question.path, question.difficulty ?? "?", question.learning.status, question.title].join("\t"));
		}
		out.print(`${questions.length} question${questions.length === 1 ? "" : "s"}`);
	}
	return 0;
}

function readFilter(options: Map<string, string>): QuestionFilter {
	const filter: QuestionFilter = {};
	const difficulty = options.get("difficulty")?.toLowerCase();
	if (difficulty !== undefined) {
		const known = [...DIFFICULTIES, "unknown"] as const;
		const match = known.find((value) => value === difficulty);
		if (!match) throw new UsageError(`--difficulty takes one of ${known.join(", ")}`);
		filter.difficulty = match;
	}
	const subtopic = options.get("subtopic");
	if (subtopic !== undefined) filter.subtopic = subtopic;
	const topic = options.get("topic");
	if (topic !== undefined) filter.topic = topic;
	return filter;
}

function toListedQuestion(question: Question) {
	return {
		path: question.path,
		title: question.title,
		difficulty: question.difficulty ?? null,
		topic: question.topic ?? null,
		subtopics: question.subtopics,
		tags: question.tags,
		status: question.learning.status,
		due: question.learning.due ?? null,
	};
}
