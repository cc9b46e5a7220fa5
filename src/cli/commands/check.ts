import { readFileSync } from "fs";
import { join } from "path";
import { parseYamlAsObsidian } from "../../core/note/yamlEngine";
import { isError, type Problem } from "../../core/note/Problem";
import { planRepair, replanRepair, type RepairKind, type RepairOptions } from "../../core/note/repairFrontmatter";
import { REPAIRABLE_CODES } from "../../core/note/repairable";
import { parseArgs, UsageError } from "../args";
import { loadVault, type CommandContext, type LoadedVault } from "../loadVault";
import type { Output } from "../output";
import { FsNoteWrites } from "../FsNoteWrites";
import { errorText } from "../../core/errorText";

/** One planned repair and what became of it. */
interface RepairOutcome {
	path: string;
	line: 1;
	/** The first step's kind (`fence-backslash`, `duplicate-key`, …); `kinds` has them all. */
	code: RepairKind;
	kinds: RepairKind[];
	fix: string;
	/** 1-based lines of the note that the repair rewrites or removes: no other byte changes. */
	changedLines: number[];
	status: "planned" | "written" | "skipped";
	/** Why a planned repair was not written (the note changed, the file could not be replaced). */
	reason?: string;
}

interface Refusal {
	path: string;
	line: 1;
	code: RepairKind;
	reason: string;
}

interface Plan {
	outcome: RepairOutcome;
	before: string;
	fixed: string;
}

/**
 * Lists every problem; exit code 1 when any error remains (a note whose properties cannot be
 * read). With --fix it also lists the frontmatter repairs it would make and those it refuses;
 * only with --write does it make them: the CLI's one write. `--keep first|last` chooses which
 * value of a key written twice stays (last by default).
 */
export async function runCheck(argv: readonly string[], out: Output, context: CommandContext): Promise<number> {
	const args = parseArgs(argv, ["json", "fix", "write"], ["keep"]);
	const json = args.flags.has("json");
	if (!args.flags.has("fix")) {
		if (args.flags.has("write")) throw new UsageError("--write only goes with --fix");
		const vault = loadVault(args.positional[0], context.exclusions);
		const problems = allProblems(vault);
		return printProblems(problems, out, json, repairsByPath(planRepairs(vault.root, problems, { duplicates: "last" }).plans));
	}
	const keep = args.options.get("keep") ?? "last";
	if (keep !== "last" && keep !== "first") throw new UsageError("--keep takes first or last");
	const vault = loadVault(args.positional[0], context.exclusions);
	const { plans, refusals } = planRepairs(vault.root, allProblems(vault), { duplicates: keep });
	const write = args.flags.has("write");
	if (write) {
		const writes = new FsNoteWrites(vault.root);
		for (const plan of plans) await writeRepair(writes, plan, keep);
	}
	// After writing, the vault is read again, so what is listed (and the exit code) is what remains.
	const problems = allProblems(write ? loadVault(vault.root, context.exclusions) : vault);
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

/** Each listed problem with the repair `check --fix` would make for its note, when there is one. */
function printProblems(problems: readonly Problem[], out: Output, json: boolean, repairs: ReadonlyMap<string, string> = new Map()): number {
	const { errors, warnings } = counts(problems);
	const repairOf = (problem: Problem) => (REPAIRABLE_CODES.has(problem.code) ? repairs.get(problem.path) : undefined);
	if (json) {
		const listed = problems.map((problem) => {
			const repair = repairOf(problem);
			return repair === undefined ? problem : { ...problem, repair };
		});
		out.print(JSON.stringify({ errors, warnings, problems: listed }, null, 2));
	} else {
		for (const problem of problems) {
			out.print(formatProblem(problem));
			const repair = repairOf(problem);
			if (repair !== undefined) out.print(`    repair (check --fix --write): ${repair}`);
		}
		out.print(problems.length === 0 ? "No problems found." : `${plural(errors, "error")}, ${plural(warnings, "warning")}`);
	}
	return exitCode(problems);
}

function repairsByPath(plans: readonly Plan[]): Map<string, string> {
	return new Map(plans.map((plan) => [plan.outcome.path, plan.outcome.fix]));
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? "" : "s"}`;
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
const parseYaml = (yaml: string): unknown => parseYamlAsObsidian(yaml);

function planRepairs(root: string, problems: readonly Problem[], options: RepairOptions): { plans: Plan[]; refusals: Refusal[] } {
	const paths = [...new Set(problems.filter((p) => REPAIRABLE_CODES.has(p.code)).map((p) => p.path))];
	const plans: Plan[] = [];
	const refusals: Refusal[] = [];
	for (const path of paths) {
		const before = readFileSync(join(root, path), "utf8");
		const plan = planRepair(before, parseYaml, options);
		if (!plan) continue;
		if ("refused" in plan) {
			refusals.push({ path, line: 1, code: plan.kind, reason: plan.refused });
			continue;
		}
		const kinds = plan.steps.map((step) => step.kind);
		const fix = plan.steps.map((step) => step.fix).join("; then ");
		plans.push({ before, fixed: plan.fixed, outcome: { path, line: 1, code: kinds[0] ?? "fence-backslash", kinds, fix, changedLines: plan.changedLines, status: "planned" } });
	}
	return { plans, refusals };
}

/**
 * Writes one repair through the note writer, or marks it skipped with the reason; never throws
 * for one note. It is written only while the note is, byte for byte, what was planned on, and
 * planRepair proves it again on that text.
 */
async function writeRepair(writes: FsNoteWrites, plan: Plan, keep: RepairOptions["duplicates"]): Promise<void> {
	try {
		const change = await writes.rewrite(plan.outcome.path, plan.before, (text) => replanRepair(text, parseYaml, { duplicates: keep }, plan.fixed));
		if (!change) throw new Error("the note changed since it was read, or holds bytes that are not valid UTF-8");
		plan.outcome.status = "written";
	} catch (error) {
		plan.outcome.status = "skipped";
		plan.outcome.reason = errorText(error);
	}
}

function printRepairs(repairs: readonly RepairOutcome[], refusals: readonly Refusal[], written: boolean, out: Output): void {
	if (repairs.length === 0 && refusals.length === 0) {
		out.print("No frontmatter to repair.");
		return;
	}
	out.print(written ? "Frontmatter repairs:" : "Frontmatter repairs (dry run: nothing is written; add --write to write them):");
	for (const repair of repairs) out.print(`${repair.path}:1  ${repairStatus(repair)}  ${repair.fix}${repair.reason ? ` (${repair.reason})` : ""}`);
	for (const refusal of refusals) out.print(`${refusal.path}:1  not fixed  ${refusal.reason}`);
	const done = repairs.filter((repair) => repair.status === "written").length;
	out.print(written ? `${done} repaired, ${repairs.length - done} skipped, ${refusals.length} refused.` : `${repairs.length} to repair, ${refusals.length} refused.`);
	for (const [kind, count] of countKinds(repairs)) out.print(`  ${kind}: ${count}`);
	out.print("");
}

function countKinds(repairs: readonly RepairOutcome[]): Map<RepairKind, number> {
	const counts = new Map<RepairKind, number>();
	for (const repair of repairs) for (const kind of repair.kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	return counts;
}

function repairStatus(repair: RepairOutcome): string {
	return repair.status === "written" ? "fixed" : repair.status === "skipped" ? "not written" : "would fix";
}
