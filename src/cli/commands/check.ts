import { readFileSync } from "fs";
import { join } from "path";
import { CORE_SCHEMA, load } from "js-yaml";
import { isError, type Problem } from "../../core/note/Problem";
import { planFenceRepair, type RepairableCode } from "../../core/note/repairFences";
import { parseArgs, UsageError } from "../args";
import { loadVault } from "../loadVault";
import type { Output } from "../output";
import { fileInsideVault, replaceAtomically } from "../vaultFiles";

/** One planned fence repair and what became of it. */
interface RepairOutcome {
	path: string;
	line: 1;
	code: RepairableCode;
	fix: string;
	status: "planned" | "written" | "skipped";
	/** Why a planned repair was not written (the note changed, the file could not be replaced). */
	reason?: string;
}

interface Refusal {
	path: string;
	line: 1;
	code: RepairableCode;
	reason: string;
}

interface Plan {
	outcome: RepairOutcome;
	before: string;
	fixed: string;
}

/**
 * Lists every problem; exit code 1 when any error remains (a note whose properties cannot be
 * read). With --fix it also lists the frontmatter fence repairs it would make and those it
 * refuses; only with --write does it make them: the CLI's one write.
 */
export function runCheck(argv: readonly string[], out: Output): number {
	const args = parseArgs(argv, ["json", "fix", "write"], []);
	const json = args.flags.has("json");
	if (!args.flags.has("fix")) {
		if (args.flags.has("write")) throw new UsageError("--write only goes with --fix");
		return printProblems(loadVault(args.positional[0]).index.problems(), out, json);
	}
	const vault = loadVault(args.positional[0]);
	const { plans, refusals } = planRepairs(vault.root, vault.index.problems());
	const write = args.flags.has("write");
	if (write) for (const plan of plans) writeRepair(vault.root, plan);
	// After writing, the vault is read again, so what is listed (and the exit code) is what remains.
	const problems = (write ? loadVault(vault.root) : vault).index.problems();
	const repairs = plans.map((plan) => plan.outcome);
	if (json) {
		out.print(JSON.stringify({ ...counts(problems), problems, repairs, refused: refusals, written: write }, null, 2));
		return exitCode(problems);
	}
	printRepairs(repairs, refusals, write, out);
	return printProblems(problems, out, false);
}

function printProblems(problems: readonly Problem[], out: Output, json: boolean): number {
	const { errors, warnings } = counts(problems);
	if (json) {
		out.print(JSON.stringify({ errors, warnings, problems }, null, 2));
	} else {
		for (const problem of problems) out.print(formatProblem(problem));
		out.print(problems.length === 0 ? "No problems found." : `${errors} error(s), ${warnings} warning(s)`);
	}
	return exitCode(problems);
}

function counts(problems: readonly Problem[]): { errors: number; warnings: number } {
	const errors = problems.filter(isError).length;
	return { errors, warnings: problems.length - errors };
}

function exitCode(problems: readonly Problem[]): number {
	return problems.some(isError) ? 1 : 0;
}

function formatProblem(problem: Problem): string {
	const place = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}`;
	return `${place}  ${problem.severity}  ${problem.code}  ${problem.message}`;
}

/** YAML as the CLI reads notes (see readVault): a repair is a fix only if this parser reads it. */
const parseYaml = (yaml: string): unknown => load(yaml, { schema: CORE_SCHEMA, json: true });

function planRepairs(root: string, problems: readonly Problem[]): { plans: Plan[]; refusals: Refusal[] } {
	const paths = [...new Set(problems.filter((p) => p.code === "fence-backslash" || p.code === "fence-glued").map((p) => p.path))];
	const plans: Plan[] = [];
	const refusals: Refusal[] = [];
	for (const path of paths) {
		const before = readFileSync(join(root, path), "utf8");
		const plan = planFenceRepair(before, parseYaml);
		if (!plan) continue;
		if ("refused" in plan) refusals.push({ path, line: 1, code: plan.code, reason: plan.refused });
		else plans.push({ before, fixed: plan.fixed, outcome: { path, line: 1, code: plan.code, fix: plan.fix, status: "planned" } });
	}
	return { plans, refusals };
}

/** Writes one repair, or marks it skipped with the reason; never throws for one note. */
function writeRepair(root: string, plan: Plan): void {
	try {
		const file = fileInsideVault(root, plan.outcome.path);
		if (readFileSync(file, "utf8") !== plan.before) throw new Error("the note changed since it was read");
		replaceAtomically(file, plan.fixed);
		plan.outcome.status = "written";
	} catch (error) {
		plan.outcome.status = "skipped";
		plan.outcome.reason = error instanceof Error ? error.message : String(error);
	}
}

function printRepairs(repairs: readonly RepairOutcome[], refusals: readonly Refusal[], written: boolean, out: Output): void {
	if (repairs.length === 0 && refusals.length === 0) {
		out.print("No frontmatter fence to repair.");
		return;
	}
	out.print(written ? "Frontmatter fence repairs:" : "Frontmatter fence repairs (dry run: nothing is written; add --write to write them):");
	for (const repair of repairs) out.print(`${repair.path}:1  ${repairStatus(repair)}  ${repair.fix}${repair.reason ? ` (${repair.reason})` : ""}`);
	for (const refusal of refusals) out.print(`${refusal.path}:1  not fixed  ${refusal.reason}`);
	const done = repairs.filter((repair) => repair.status === "written").length;
	out.print(written ? `${done} repaired, ${repairs.length - done} skipped, ${refusals.length} refused.` : `${repairs.length} to repair, ${refusals.length} refused.`);
	out.print("");
}

function repairStatus(repair: RepairOutcome): string {
	return repair.status === "written" ? "fixed" : repair.status === "skipped" ? "not written" : "would fix";
}
