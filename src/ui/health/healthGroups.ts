import { REPAIRABLE_CODES } from "../../core/note/repairable";
import type { ProblemSeverity } from "../../core/note/Problem";
import type { HealthItem } from "./healthItems";

/** What a note is to the index: what an unreadable frontmatter costs depends on it. */
export type NoteRole = "question" | "moc" | "other";

/** One kind of problem in "Check vault": its notes, what it costs, whether a repair may exist. */
export interface HealthGroup {
	kind: string;
	severity: ProblemSeverity;
	items: HealthItem[];
	/** The sentence under the group's heading: what the problem costs the learner. */
	cost: string;
	repairable: boolean;
}

const LABELS: Record<string, [string, string]> = {
	"fence-backslash": ["note opens its frontmatter with `---\\`", "notes open their frontmatter with `---\\`"],
	"fence-glued": ["note has its fence glued to the first key", "notes have their fence glued to the first key"],
	"fence-unclosed": ["note never closes its frontmatter", "notes never close their frontmatter"],
	"yaml-invalid": ["note has frontmatter that is not valid YAML", "notes have frontmatter that is not valid YAML"],
	"yaml-not-a-mapping": ["note has frontmatter that is not key: value properties", "notes have frontmatter that is not key: value properties"],
	"second-block": ["note has a second properties block", "notes have a second properties block"],
	"empty-frontmatter": ["note has an empty frontmatter block", "notes have an empty frontmatter block"],
	"difficulty-missing": ["question has no difficulty", "questions have no difficulty"],
	"difficulty-unknown": ["question has an unknown difficulty", "questions have an unknown difficulty"],
	"moc-dangling-link": ["MOC link leads to no note", "MOC links lead to no note"],
	"review-log": ["review log line was skipped", "review log lines were skipped"],
};

/** Problems grouped by kind, the costliest first: errors before warnings, larger groups first. */
export function healthGroups(items: readonly HealthItem[], roleOf: (path: string) => NoteRole): HealthGroup[] {
	const byKind = new Map<string, HealthItem[]>();
	for (const item of items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
	const groups = [...byKind].map(([kind, list]): HealthGroup => {
		const severity = list.some((item) => item.severity === "error") ? "error" : "warning";
		return { kind, severity, items: list, cost: costOf(kind, severity, list, roleOf), repairable: (REPAIRABLE_CODES as ReadonlySet<string>).has(kind) };
	});
	return groups.sort((a, b) => rank(a) - rank(b) || b.items.length - a.items.length || (a.kind < b.kind ? -1 : 1));
}

export function groupTitle(group: HealthGroup): string {
	const [one, many] = LABELS[group.kind] ?? [`note with ${group.kind}`, `notes with ${group.kind}`];
	return group.items.length === 1 ? `1 ${one}` : `${group.items.length} ${many}`;
}

function rank(group: HealthGroup): number {
	return group.severity === "error" ? 0 : 1;
}

function costOf(kind: string, severity: ProblemSeverity, items: readonly HealthItem[], roleOf: (path: string) => NoteRole): string {
	if (kind === "review-log") return "Each costs one grade of history; the notes are not affected.";
	if (kind === "second-block") return "Obsidian reads only the first block, so the second block's properties (often the title and difficulty) are not seen.";
	if (severity !== "error") return "The note is read; the fallback (file name, tag) is used where there is one.";
	const paths = [...new Set(items.map((item) => item.path))];
	const mocs = paths.filter((path) => roleOf(path) === "moc").length;
	const questions = paths.filter((path) => roleOf(path) === "question").length;
	const parts: string[] = [];
	if (mocs > 0) parts.push(`${mocs === 1 ? "1 MOC has" : `${mocs} MOCs have`} no properties: ${mocs === 1 ? "its" : "their"} study paths are read from ${mocs === 1 ? "its" : "their"} text; ${mocs === 1 ? "its" : "their"} properties are not`);
	if (questions > 0) parts.push(`${questions === 1 ? "1 question is" : `${questions} questions are`} quizzed without ${questions === 1 ? "its" : "their"} properties (difficulty and topic from the file name), and ${questions === 1 ? "its grades stay" : "their grades stay"} in the review log until repaired`);
	const others = paths.length - mocs - questions;
	if (others > 0) parts.push(`${others === 1 ? "1 other note shows" : `${others} other notes show`} no properties in Obsidian or Dataview`);
	return `${parts.join("; ")}.`;
}
