import { isError, type Problem } from "../../core/note/Problem";
import { parseArgs } from "../args";
import { loadVault } from "../loadVault";
import type { Output } from "../output";

/** Lists every problem; exit code 1 when any is an error (a note whose properties cannot be read). */
export function runCheck(argv: readonly string[], out: Output): number {
	const args = parseArgs(argv, ["json"], []);
	const problems = loadVault(args.positional[0]).index.problems();
	const errors = problems.filter(isError).length;
	const warnings = problems.length - errors;
	if (args.flags.has("json")) {
		out.print(JSON.stringify({ errors, warnings, problems }, null, 2));
	} else {
		for (const problem of problems) out.print(formatProblem(problem));
		out.print(problems.length === 0 ? "No problems found." : `${errors} error(s), ${warnings} warning(s)`);
	}
	return errors > 0 ? 1 : 0;
}

function formatProblem(problem: Problem): string {
	const place = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}`;
	return `${place}  ${problem.severity}  ${problem.code}  ${problem.message}`;
}
