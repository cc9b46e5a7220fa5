import { paceLine, todayLine } from "../../core/plan/planText";
import { isDay, localDay } from "../../core/schedule/days";
import { buildDashboardData, type DashboardData } from "../../core/dashboard/dashboardData";
import { parseArgs, UsageError } from "../args";
import { loadVault, readReviewLog, studyGuideText, type CommandContext } from "../loadVault";
import type { Output } from "../output";

/** The dashboard's numbers, from the same core function the sidebar uses. */
export function runStats(argv: readonly string[], out: Output, context: CommandContext): number {
	const args = parseArgs(argv, ["json"], ["today", "moc"]);
	const today = args.options.get("today") ?? localDay(new Date());
	if (!isDay(today)) throw new UsageError("--today takes a date as YYYY-MM-DD");
	const vault = loadVault(args.positional[0], context.exclusions, out);
	const mocName = args.options.get("moc");
	const moc = mocName === undefined ? undefined : vault.index.moc(mocName);
	if (mocName !== undefined && !moc) throw new UsageError(`no MOC named ${mocName}`);
	const log = readReviewLog(vault);
	const data = buildDashboardData(vault.index, {
		today,
		hireThreshold: vault.settings.hireThreshold,
		criticalSubtopics: vault.settings.criticalSubtopics,
		interviewDate: vault.settings.interviewDate,
		activeMocPath: moc?.path,
		log: { entries: log.entries, problems: log.problems.length },
		scheduling: vault.settings.scheduling,
		studyGuide: studyGuideText(vault),
	});
	out.print(args.flags.has("json") ? JSON.stringify(data, null, 2) : formatStats(data));
	return 0;
}

function formatStats({ stats, history, interview, plan, retention, logProblems }: DashboardData): string {
	const readiness = (label: string, r: DashboardData["stats"]["readiness"]["vault"]) =>
		`${label}: ${r.average === null ? "no grades yet" : `${r.average.toFixed(2)} / ${r.threshold}`} (${r.ready ? "ready" : "not ready yet"}), ${r.graded} of ${r.total} graded`;
	const row = (r: DashboardData["stats"]["status"]["overall"]) => `${r.key.padEnd(14)} new ${r.new}, learning ${r.learning}, review ${r.review}, mastered ${r.mastered} (${r.total})`;
	const lines = [
		readiness("All questions", stats.readiness.vault),
		...(stats.readiness.moc ? [readiness(stats.readiness.moc.mocTitle, stats.readiness.moc)] : []),
		"",
		row(stats.status.overall),
		...stats.status.byDifficulty.map(row),
		"",
		`${stats.due.today} due today; next 14 days: ${stats.due.forecast.map((d) => d.due).join(" ")}`,
		`Streak ${history.streak} (longest ${history.longestStreak}), ${history.reviewsToday} reviews today, ${history.totalReviews} in all`,
		...(logProblems > 0 ? [`${logProblems} review log line(s) could not be read`] : []),
		`Retention ${retention.overall.retention === null ? "-" : `${Math.round(retention.overall.retention * 100)}%`} (target ${Math.round(retention.target * 100)}%): ${retention.byDifficulty.map((r) => `${r.key} ${r.retention === null ? "-" : `${Math.round(r.retention * 100)}%`} of ${r.reviews}`).join(", ")}`,
		"",
		"Weakest subtopics:",
		...stats.weakestSubtopics.map((w) => `  ${w.subtopic}: ${w.average.toFixed(2)} / ${w.target.toFixed(1)} (${w.graded} of ${w.total} graded)`),
		"",
		"Study paths:",
		...stats.studyPaths.map((p) => `  ${p.mocTitle} › ${p.path}: ${p.mastered} / ${p.total} mastered`),
	];
	if (plan) lines.push("", `Plan: ${paceLine(plan)} ${todayLine(plan)}`);
	if (interview) lines.push("", `Interview ${interview.interviewDay}: expected recall ${interview.expectedRecall === null ? "-" : `${Math.round(interview.expectedRecall * 100)}%`}, ${interview.daysLeft} days left`);
	return lines.join("\n");
}
