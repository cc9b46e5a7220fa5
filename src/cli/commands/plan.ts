import { interviewDayFor } from "../../core/stats/interviewReadiness";
import { planForVault } from "../../core/plan/planForVault";
import { paceLine, recallLine, todayLine } from "../../core/plan/planText";
import type { StudyPlan } from "../../core/plan/studyPlan";
import { isDay, localDay } from "../../core/schedule/days";
import { parseArgs, UsageError } from "../args";
import { loadVault, readReviewLog, studyGuideText, type CommandContext } from "../loadVault";
import type { Output } from "../output";

/** The day-by-day plan to the interview day, from the same core function the dashboard uses. */
export function runPlan(argv: readonly string[], out: Output, context: CommandContext): number {
	const args = parseArgs(argv, ["json"], ["date", "today", "moc"]);
	const today = args.options.get("today") ?? localDay(new Date());
	if (!isDay(today)) throw new UsageError("--today takes a date as YYYY-MM-DD");
	const date = args.options.get("date");
	if (date !== undefined && !isDay(date)) throw new UsageError("--date takes the interview day as YYYY-MM-DD");
	const vault = loadVault(args.positional[0], context.exclusions);
	const mocName = args.options.get("moc");
	const moc = mocName === undefined ? undefined : vault.index.moc(mocName);
	if (mocName !== undefined && !moc) throw new UsageError(`no MOC named ${mocName}`);
	const interviewDay = date ?? interviewDayFor(vault.settings.interviewDate, moc);
	if (interviewDay === undefined) throw new UsageError("give the interview day with --date YYYY-MM-DD (or set it in the plugin's settings, or as interview_date on the MOC)");
	const plan = planForVault(vault.index, {
		scope: moc ? vault.index.questionsOfMoc(moc.path) : vault.index.questions(),
		today,
		interviewDay,
		settings: vault.settings.scheduling,
		log: readReviewLog(vault).entries,
		studyGuide: studyGuideText(vault),
	});
	out.print(args.flags.has("json") ? JSON.stringify(plan, null, 2) : formatPlan(plan, moc?.title ?? "all questions", (path) => vault.index.question(path)?.title ?? path));
	return 0;
}

function formatPlan(plan: StudyPlan, scope: string, title: (path: string) => string): string {
	const lines = [
		`Plan to the interview on ${plan.interviewDay} (${plan.daysLeft} day${plan.daysLeft === 1 ? "" : "s"} left), ${scope}: ${plan.introduced} of ${plan.total} introduced${plan.suspended > 0 ? `, ${plan.suspended} suspended` : ""}`,
		paceLine(plan),
		todayLine(plan),
		...(plan.todayShare?.introduce ?? []).map((path) => `  new: ${title(path)} (${path})`),
		recallLine(plan),
		...(plan.unmatchedGuideItems.length > 0 ? [`Study guide items that name no question: ${plan.unmatchedGuideItems.join(", ")}`] : []),
	];
	if (plan.days.length > 0) {
		lines.push("", "day         new  reviews");
		for (const day of plan.days) {
			const note = day.reviewOnly ? "  review only" : day.week === null ? "" : `  ${day.week}`;
			lines.push(`${day.day}  ${String(day.introduce.length).padStart(3)}  ${String(day.reviews).padStart(7)}${note}`);
		}
	}
	return lines.join("\n");
}
