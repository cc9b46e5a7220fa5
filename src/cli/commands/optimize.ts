import { existsSync, readFileSync, statSync } from "fs";
import { dirname, join } from "path";
import { default_w } from "ts-fsrs";
import { reviewHistories, trainingSequences } from "../../core/reviewLog/optimizerData";
import { daysBetween } from "../../core/schedule/days";
import { DEFAULT_SCHEDULE, scheduleReview, type ScheduleOptions } from "../../core/schedule/scheduler";
import type { SelfGrade } from "../../core/schedule/grades";
import { SETTINGS_VERSION } from "../../settings/settings";
import { parseArgs, UsageError } from "../args";
import { loadFsrsOptimizer, type FsrsOptimizer } from "../fsrsOptimizer";
import { loadVault, readReviewLog, type CommandContext, type LoadedVault } from "../loadVault";
import type { Output } from "../output";
import { pluginFile, writePluginFile } from "../pluginFiles";

export interface OptimizeResult {
	reviews: number;
	questions: number;
	/** false when FSRS kept its defaults: the log is below its own minimum. */
	enough: boolean;
	current: { parameters: number[]; logLoss: number; rmse: number };
	optimized: { parameters: number[]; logLoss: number; rmse: number };
	/** First intervals after each grade, in days, with the current and the optimized parameters. */
	firstIntervals: { grade: SelfGrade; current: number; optimized: number }[];
	written: boolean;
}

/**
 * Personal FSRS parameters from the review log, with FSRS's own optimizer. Prints the log-loss
 * of the parameters in use and of the optimized ones on the same log, and writes them into the
 * plugin's settings only with --write.
 */
export async function runOptimize(argv: readonly string[], out: Output, context: CommandContext, optimizer?: FsrsOptimizer): Promise<number> {
	const args = parseArgs(argv, ["json", "write"], []);
	const vault = loadVault(args.positional[0], context.exclusions);
	const histories = reviewHistories(readReviewLog(vault).entries);
	const sequences = trainingSequences(histories);
	const reviews = histories.reduce((sum, reviews) => sum + reviews.length, 0);
	if (sequences.length === 0) {
		const nothing = { reviews, questions: histories.length, enough: false, current: null, optimized: null, firstIntervals: [], written: false };
		out.print(args.flags.has("json") ? JSON.stringify(nothing, null, 2) : `${reviews} reviews in the log, and no question reviewed on two different days yet: nothing to learn from. FSRS's defaults stay in use.`);
		return 0;
	}
	const fsrs = optimizer ?? loadFsrsOptimizer(default_w);
	const inUse = vault.settings.scheduling.fsrsParameters.length > 0 ? vault.settings.scheduling.fsrsParameters : [...fsrs.defaultParameters];
	const fitted = (await fsrs.fit(sequences)).map((w) => Math.round(w * 10_000) / 10_000);
	const enough = fitted.some((w, i) => Math.abs(w - (fsrs.defaultParameters[i] ?? Number.NaN)) > 1e-4);
	const result: OptimizeResult = {
		reviews,
		questions: histories.length,
		enough,
		current: { parameters: [...inUse], ...fsrs.evaluate(sequences, inUse) },
		optimized: { parameters: fitted, ...fsrs.evaluate(sequences, fitted) },
		firstIntervals: ([1, 3, 4, 5] as SelfGrade[]).map((grade) => ({
			grade,
			current: firstInterval(grade, { ...vault.settings.scheduling, fsrsParameters: inUse }),
			optimized: firstInterval(grade, { ...vault.settings.scheduling, fsrsParameters: fitted }),
		})),
		written: false,
	};
	if (args.flags.has("write") && enough) {
		writeParameters(vault, fitted);
		result.written = true;
	}
	out.print(args.flags.has("json") ? JSON.stringify(result, null, 2) : formatResult(result, args.flags.has("write")));
	return 0;
}

function firstInterval(grade: SelfGrade, options: ScheduleOptions): number {
	const today = "2026-01-01";
	return daysBetween(today, scheduleReview({ status: "new" }, grade, today, { ...DEFAULT_SCHEDULE, ...options }).due ?? today);
}

function formatResult(result: OptimizeResult, write: boolean): string {
	const loss = (label: string, r: OptimizeResult["current"]) => `  ${label.padEnd(10)} log-loss ${r.logLoss.toFixed(4)}, RMSE ${(r.rmse * 100).toFixed(2)}%`;
	const lines = [
		`${result.reviews} reviews of ${result.questions} questions in the log.`,
		loss("in use", result.current),
		loss("optimized", result.optimized),
	];
	if (!result.enough) {
		lines.push("FSRS kept its default parameters: the log is still below the optimizer's minimum. Keep reviewing and run this again.");
		return lines.join("\n");
	}
	lines.push(
		"First interval after a grade (days, in use → optimized):",
		...result.firstIntervals.map((row) => `  ${row.grade}: ${row.current} → ${row.optimized}`),
		`Parameters: ${result.optimized.parameters.join(", ")}`,
		write ? "Written into the plugin's settings: the plugin uses them from its next start (or when the settings are reloaded)." : "Run again with --write to use them in the plugin.",
	);
	return lines.join("\n");
}

/**
 * Sets scheduling.fsrsParameters in the plugin's data.json and changes nothing else in it: the
 * file is read as JSON, the one value set, and the result written beside it and renamed over it.
 */
function writeParameters(vault: LoadedVault, parameters: number[]): void {
	const folder = dirname(pluginFile(vault.root, "data.json"));
	if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError("Interview Vault is not installed in this vault (.obsidian/plugins/interview-vault is missing); nothing was written");
	const file = join(folder, "data.json");
	let data: Record<string, unknown> = { settingsVersion: SETTINGS_VERSION };
	if (existsSync(file)) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(readFileSync(file, "utf8"));
		} catch {
			throw new UsageError(`${file} is not valid JSON; nothing was written`);
		}
		if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new UsageError(`${file} does not hold the plugin's settings; nothing was written`);
		data = parsed as Record<string, unknown>;
	}
	const scheduling = typeof data.scheduling === "object" && data.scheduling !== null && !Array.isArray(data.scheduling) ? data.scheduling : {};
	data.scheduling = { ...scheduling, fsrsParameters: parameters };
	writePluginFile(vault.root, "data.json", `${JSON.stringify(data, null, 2)}\n`);
}
