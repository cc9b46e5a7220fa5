import { buildVaultReport, type VaultReport } from "../../core/report/vaultReport";
import { parseArgs } from "../args";
import { loadVault, type CommandContext } from "../loadVault";
import type { Output } from "../output";

export function runReport(argv: readonly string[], out: Output, context: CommandContext): number {
	const args = parseArgs(argv, ["json"], []);
	const vault = args.positional[0];
	const report = buildVaultReport(loadVault(vault, context.exclusions, out).index);
	out.print(args.flags.has("json") ? JSON.stringify(report, null, 2) : formatReport(vault ?? "", report));
	return 0;
}

function formatReport(vault: string, report: VaultReport): string {
	const lines = [
		`Interview Vault — ${vault}`,
		`${report.questions} questions, ${report.mocs} MOC${report.mocs === 1 ? "" : "s"}`,
		...withoutProperties(report.questionsWithoutProperties),
		"",
		"By folder:",
		...table(renameRoot(report.byFolder)),
		"",
		`By difficulty:  ${inline(report.byDifficulty)}`,
		`By status:      ${inline(report.byStatus)}`,
		"",
		"By topic:",
		...table(report.byTopic),
		"",
		"By subtopic:",
		...table(report.bySubtopic),
	];
	let currentMoc = "";
	for (const path of report.studyPaths) {
		if (path.moc !== currentMoc) {
			currentMoc = path.moc;
			lines.push("", `Study paths of ${path.moc}:`);
		}
		const missing = path.missing > 0 ? `, ${path.missing} missing` : "";
		lines.push(`  ${path.path}: ${path.questions} questions${missing} (${inline(path.byStatus)})`);
	}
	const { errors, warnings } = report.problems;
	lines.push("", `Problems: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
	if (errors + warnings > 0) lines.push(`Run \`interview-vault check ${vault}\` for the list.`);
	return lines.join("\n");
}

function withoutProperties(count: number): string[] {
	if (count === 0) return [];
	const subject = count === 1 ? "1 of them has" : `${count} of them have`;
	return [`${subject} frontmatter Obsidian cannot read: kept without properties, never written (see \`check\`)`];
}

function renameRoot(counts: Record<string, number>): Record<string, number> {
	return Object.fromEntries(Object.entries(counts).map(([folder, count]) => [folder === "" ? "(vault root)" : folder, count]));
}

function inline(counts: Record<string, number>): string {
	return Object.entries(counts)
		.map(([name, count]) => `${name} ${count}`)
		.join(" · ");
}

function table(counts: Record<string, number>): string[] {
	const width = Math.max(0, ...Object.keys(counts).map((name) => name.length));
	return Object.entries(counts).map(([name, count]) => `  ${name.padEnd(width)}  ${String(count).padStart(5)}`);
}
