import { UsageError } from "./args";
import { runCheck } from "./commands/check";
import { runDue } from "./commands/due";
import { runQueryCommand } from "./commands/query";
import { runList } from "./commands/list";
import { runOptimize } from "./commands/optimize";
import { runPlan } from "./commands/plan";
import { runReport } from "./commands/report";
import { runProfile } from "./commands/profile";
import { runStats } from "./commands/stats";
import { splitSharedOptions, type CommandContext } from "./loadVault";
import { processOutput, type Output } from "./output";

const USAGE = `Usage: interview-vault <command> <vault> [options]

Commands:
  report <vault> [--json]            counts by difficulty, subtopic, topic, study path and learning status
  list <vault> [--difficulty d] [--subtopic s] [--topic t] [--json]
                                     the questions that match, sorted by path
  check <vault> [--json] [--fix [--write]]
                                     every problem; exit code 1 when an error remains; --fix lists
                                     the frontmatter fence repairs (a dry run), --write makes them
  due <vault> [--today YYYY-MM-DD] [--new-per-day n] [--json]
                                     today's due and new questions, in session order
  stats <vault> [--today YYYY-MM-DD] [--moc name] [--json]
                                     the dashboard's numbers: readiness, progress, due, streaks
  plan <vault> [--date YYYY-MM-DD] [--today YYYY-MM-DD] [--moc name] [--json]
                                     the day-by-day plan to the interview day (--date, else the
                                     settings' or the MOC's interview_date): new questions per day,
                                     reviews, on track / ahead / behind
  optimize <vault> [--write] [--json]
                                     personal FSRS parameters from the review log (FSRS's own
                                     optimizer); prints the log-loss before and after, and with
                                     --write puts them into the plugin's settings
  query <vault> --dql '<query>' [--json]
  query <vault> --note <file.md> [--json]
  profile <vault> [--json]           per top folder: notes, questions and why, MOCs, templates,
                                     unreadable notes; proposes folders to exclude
                                     Dataview queries with the plugin's engine; exit code 1 if one fails

Every command also takes --exclude-folder <folder> and --exclude-tag <tag> (each repeatable):
notes there are neither questions nor MOCs, on top of the vault's own settings and template folders.

The vault is read, never written, except by check --fix --write and optimize --write.`;

const COMMANDS: Record<string, (argv: readonly string[], out: Output, context: CommandContext) => number | Promise<number>> = {
	report: runReport,
	list: runList,
	check: runCheck,
	due: runDue,
	query: runQueryCommand,
	stats: runStats,
	profile: runProfile,
	plan: runPlan,
	optimize: (argv, out, context) => runOptimize(argv, out, context),
};

/** Exit codes: 0 fine, 1 `check` found errors, 2 the command line or the vault folder is wrong. */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
	const [command, ...rest] = argv;
	if (command === undefined || command === "help" || command === "--help" || command === "-h") {
		out.print(USAGE);
		return command === undefined ? 2 : 0;
	}
	const run = COMMANDS[command];
	if (!run) {
		out.error(`interview-vault: unknown command "${command}"\n\n${USAGE}`);
		return 2;
	}
	try {
		const shared = splitSharedOptions(rest);
		return await Promise.resolve(run(shared.rest, out, shared.context));
	} catch (error) {
		if (error instanceof UsageError) {
			out.error(`interview-vault ${command}: ${error.message}`);
			return 2;
		}
		// Whatever went wrong, the user gets one line, not a stack trace.
		out.error(`interview-vault ${command}: ${error instanceof Error ? error.message : String(error)}`);
		return 2;
	}
}
