import { version } from "../../package.json";
import { UsageError } from "./args";
import { runCheck } from "./commands/check";
import { runCoverage } from "./commands/coverage";
import { runDue } from "./commands/due";
import { runImport } from "./commands/import";
import { runQueryCommand } from "./commands/query";
import { runList } from "./commands/list";
import { runOptimize } from "./commands/optimize";
import { runPlan } from "./commands/plan";
import { runReport } from "./commands/report";
import { runProfile } from "./commands/profile";
import { runStats } from "./commands/stats";
import { splitSharedOptions, type CommandContext } from "./loadVault";
import { processOutput, type Output } from "./output";
import { errorText } from "../core/errorText";

/** One command: how it runs, and the help it prints (usage lines, then what it does). */
interface Command {
	run: (argv: readonly string[], out: Output, context: CommandContext) => number | Promise<number>;
	usage: readonly string[];
	summary: string;
}

/** Adding a command is one entry here; its options are declared where it calls parseArgs. */
const COMMANDS: Record<string, Command> = {
	report: {
		run: runReport,
		usage: ["report <vault> [--json]"],
		summary: "counts by difficulty, subtopic, topic, study path and learning status",
	},
	list: {
		run: runList,
		usage: ["list <vault> [--difficulty d] [--subtopic s] [--topic t] [--json]"],
		summary: "the questions that match, sorted by path",
	},
	check: {
		run: runCheck,
		usage: ["check <vault> [--json] [--fix [--write] [--keep first|last]]"],
		summary: "every problem and its repair; exit code 1 when an error remains; --fix lists the frontmatter repairs (a dry run), --write makes them, --keep chooses the value of a duplicated key",
	},
	due: {
		run: runDue,
		usage: ["due <vault> [--today YYYY-MM-DD] [--new-per-day n] [--json]"],
		summary: "today's due and new questions, in session order",
	},
	stats: {
		run: runStats,
		usage: ["stats <vault> [--today YYYY-MM-DD] [--moc name] [--json]"],
		summary: "the dashboard's numbers: readiness, progress, due, streaks",
	},
	query: {
		run: runQueryCommand,
		usage: ["query <vault> --dql '<query>' [--today YYYY-MM-DD] [--json]", "query <vault> --note <file.md> [--today YYYY-MM-DD] [--json]"],
		summary: "Dataview queries with the plugin's engine; exit code 1 if one fails",
	},
	profile: {
		run: runProfile,
		usage: ["profile <vault> [--json]"],
		summary: "per top folder: notes, questions and why, MOCs, templates, unreadable notes; proposes folders to exclude",
	},
	import: {
		run: runImport,
		usage: ["import <file> --into <folder> [--write | --undo] [--topic t] [--parts 3=hard,...] [--beside] [--vault dir] [--json]"],
		summary: "turn a Q&A document into question notes and a MOC: a preview, --write writes it (never over an existing file), --undo removes it",
	},
	coverage: {
		run: runCoverage,
		usage: ["coverage <vault> --checklist <note.md> [--json]"],
		summary: "each checklist topic with its questions: missing, weak, strong",
	},
	plan: {
		run: runPlan,
		usage: ["plan <vault> [--date YYYY-MM-DD] [--today YYYY-MM-DD] [--moc name] [--json]"],
		summary: "the day-by-day plan to the interview day (--date, else the settings' or the MOC's interview_date): new questions per day, reviews, on track / ahead / behind",
	},
	optimize: {
		run: (argv, out, context) => runOptimize(argv, out, context),
		usage: ["optimize <vault> [--write] [--json]"],
		summary: "personal FSRS parameters from the review log (FSRS's own optimizer); prints the log-loss before and after; --write puts them into the plugin's settings",
	},
};

const HELP_WORDS = new Set(["help", "--help", "-h"]);

function usage(): string {
	const commands = Object.values(COMMANDS).flatMap((command) => [...command.usage.map((line) => `  ${line}`), `      ${command.summary}`]);
	return [
		"Usage: interview-vault <command> <vault> [options]",
		"       interview-vault <command> --help | --version",
		"",
		"Commands:",
		...commands,
		"",
		"Every command also takes --exclude-folder <folder> and --exclude-tag <tag> (each repeatable):",
		"notes there are neither questions nor MOCs, on top of the vault's own settings and template folders.",
		"",
		"The vault is read, never written, except by check --fix --write, import --write / --undo and optimize --write.",
		"Results go to standard output, errors to standard error.",
		"Exit codes: 0 fine, 1 check found errors or a query failed, 2 the command line or the vault folder is wrong.",
	].join("\n");
}

function commandHelp(name: string, command: Command): string {
	const usageLines = command.usage.map((line, i) => `${i === 0 ? "Usage:" : "      "} interview-vault ${line}`);
	return [...usageLines, "", command.summary, "", "Also: --exclude-folder <folder>, --exclude-tag <tag> (each repeatable)."].join("\n");
}

/** Exit codes: 0 fine, 1 `check` found errors, 2 the command line or the vault folder is wrong. */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
	const [name, ...rest] = argv;
	if (name === "--version" || name === "-v") {
		out.print(version);
		return 0;
	}
	if (name === undefined || HELP_WORDS.has(name)) {
		// Bare `interview-vault` is a mistake: the usage goes where errors go.
		if (name === undefined) out.error(usage());
		else out.print(usage());
		return name === undefined ? 2 : 0;
	}
	const command = COMMANDS[name];
	if (!command) {
		out.error(`interview-vault: unknown command "${name}"\n\n${usage()}`);
		return 2;
	}
	if (rest.includes("--help") || rest.includes("-h")) {
		out.print(commandHelp(name, command));
		return 0;
	}
	try {
		const shared = splitSharedOptions(rest);
		return await Promise.resolve(command.run(shared.rest, out, shared.context));
	} catch (error) {
		// Whatever went wrong, the user gets one line, not a stack trace.
		const message = errorText(error);
		out.error(`interview-vault ${name}: ${message}${error instanceof UsageError ? ` (see interview-vault ${name} --help)` : ""}`);
		return 2;
	}
}
