import { introducedOn, reviewsAllowedToday } from "../../core/question/progress";
import { selectQuestions } from "../../core/quiz/selectQuestions";
import { studyPathRanks } from "../../core/quiz/studyOrder";
import { isDay, localDay } from "../../core/schedule/days";
import { DEFAULT_SETTINGS } from "../../settings/settings";
import { parseArgs, UsageError } from "../args";
import { loadVault, type CommandContext } from "../loadVault";
import type { Output } from "../output";

/** Today's session in the order the quiz would show it: due (oldest first), then new within the daily limit. */
export function runDue(argv: readonly string[], out: Output, context: CommandContext): number {
	const args = parseArgs(argv, ["json"], ["today", "new-per-day"]);
	const today = args.options.get("today") ?? localDay(new Date());
	if (!isDay(today)) throw new UsageError("--today takes a date as YYYY-MM-DD");
	const newPerDay = Number(args.options.get("new-per-day") ?? DEFAULT_SETTINGS.newPerDay);
	if (!Number.isInteger(newPerDay) || newPerDay < 0) throw new UsageError("--new-per-day takes a whole number");
	const vault = loadVault(args.positional[0], context.exclusions, out);
	const { index } = vault;
	const session = selectQuestions(index.questions(), {
		today,
		size: Number.MAX_SAFE_INTEGER,
		order: "due-first",
		newAllowed: newPerDay - introducedOn(index.questions(), today),
		reviewsAllowed: reviewsAllowedToday(index.questions(), today, vault.settings.scheduling.reviewsPerDay),
		ranks: studyPathRanks(index),
		random: Math.random,
	});
	const rows = session.map((q) => ({ path: q.path, title: q.title, status: q.learning.status, due: q.learning.due ?? null, difficulty: q.difficulty ?? null }));
	if (args.flags.has("json")) {
		out.print(JSON.stringify({ today, questions: rows }, null, 2));
		return 0;
	}
	for (const row of rows) out.print([row.due ?? "new", row.difficulty ?? "?", row.path].join("\t"));
	const due = rows.filter((row) => row.status !== "new").length;
	out.print(`${due} due and ${rows.length - due} new on ${today}`);
	return 0;
}
