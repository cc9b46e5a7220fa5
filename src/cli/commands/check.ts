import { lstatSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "path";
import { CORE_SCHEMA, load } from "js-yaml";
import { isError, type Problem } from "../../core/note/Problem";
import { planFenceRepair, type RepairableCode } from "../../core/note/repairFences";
import { parseArgs, UsageError } from "../args";
import { loadVault, type LoadedVault } from "../loadVault";
import type { Output } from "../output";

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
		return printProblems(allProblems(loadVault(args.positional[0])), out, json);
	}
	const vault = loadVault(args.positional[0]);
	const { plans, refusals } = planRepairs(vault.root, allProblems(vault));
	const write = args.flags.has("write");
	if (write) for (const plan of plans) writeRepair(vault.root, plan);
	// After writing, the vault is read again, so what is listed (and the exit code) is what remains.
	const problems = allProblems(write ? loadVault(vault.root) : vault);
	const repairs = plans.map((plan) => plan.outcome);
	if (json) {
		out.print(JSON.stringify({ ...counts(problems), problems, repairs, refused: refusals, written: write }, null, 2));
		return exitCode(problems);
	}
	printRepairs(repairs, refusals, write, out);
	return printProblems(problems, out, false);
}

/** The index's problems, then the notes and folders that could not be read at all. */
function allProblems(vault: LoadedVault): Problem[] {
	return [...vault.index.problems(), ...vault.unreadable];
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
		// Compared as bytes: a decoded comparison cannot see bytes that are not valid UTF-8.
		if (!readFileSync(file).equals(Buffer.from(plan.before, "utf8"))) throw new Error("the note changed since it was read, or holds bytes that are not valid UTF-8");
		replaceAtomically(file, plan.fixed);
		plan.outcome.status = "written";
	} catch (error) {
		plan.outcome.status = "skipped";
		plan.outcome.reason = error instanceof Error ? error.message : String(error);
	}
}

/**
 * The note's absolute path, after proving it is a plain file inside the vault reached through
 * real folders only: no `..`, no symbolic link on the way or at the end.
 */
function fileInsideVault(root: string, path: string): string {
	const file = resolve(root, path);
	const inside = relative(root, file);
	if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) throw new Error("the path leads outside the vault");
	const stat = lstatSync(file);
	if (!stat.isFile() || stat.isSymbolicLink()) throw new Error("not a plain file (a symbolic link is never followed)");
	if (realpathSync(dirname(file)) !== join(realpathSync(root), dirname(inside))) throw new Error("a folder on the way is a symbolic link");
	return file;
}

/**
 * Temp file in the same folder, then rename over the note: a reader sees the old note or the new
 * one, never half of one. `wx` refuses a temp name that exists (a link planted there included),
 * and the temp file keeps the note's permissions.
 */
function replaceAtomically(file: string, text: string): void {
	const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${Date.now()}.interview-vault-tmp`);
	writeFileSync(temp, text, { encoding: "utf8", flag: "wx", mode: lstatSync(file).mode & 0o777 });
	try {
		renameSync(temp, file);
	} catch (error) {
		rmSync(temp, { force: true });
		throw error;
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
