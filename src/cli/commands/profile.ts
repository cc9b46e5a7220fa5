import { buildVaultProfile, type FolderProfile, type VaultProfile } from "../../core/profile/vaultProfile";
import { parseArgs } from "../args";
import { loadVault, type CommandContext } from "../loadVault";
import type { Output } from "../output";

/** Per top folder: notes, how many are questions and why, MOCs, templates, unreadable notes; and what to exclude. */
export function runProfile(argv: readonly string[], out: Output, context: CommandContext): number {
	const args = parseArgs(argv, ["json"], []);
	const vault = loadVault(args.positional[0], context.exclusions);
	const profile = buildVaultProfile(vault.index.analyses(), vault.options);
	out.print(args.flags.has("json") ? JSON.stringify(profile, null, 2) : formatProfile(profile));
	return 0;
}

const COLUMNS: [keyof FolderProfile, string][] = [
	["notes", "notes"], ["byName", "q- name"], ["byDifficulty", "difficulty only"], ["byFolder", "folder rule"],
	["mocs", "MOCs"], ["templates", "templates"], ["excluded", "excluded"], ["unreadable", "unreadable"],
];

function formatProfile(profile: VaultProfile): string {
	const rows = [...profile.folders, profile.total];
	const width = Math.max(12, ...rows.map((row) => (row.folder === "" ? "(vault root)" : row.folder).length));
	const header = `${"folder".padEnd(width)}  ${COLUMNS.map(([, label]) => label.padStart(label.length)).join("  ")}`;
	const lines = [header];
	for (const row of rows) {
		const name = row.folder === "" ? "(vault root)" : row.folder;
		lines.push(`${name.padEnd(width)}  ${COLUMNS.map(([key, label]) => String(row[key]).padStart(label.length)).join("  ")}`);
	}
	if (profile.proposals.length === 0) lines.push("", "No exclusion to propose: every note that reads as a question follows the vault's naming.");
	for (const proposal of profile.proposals) {
		const option = proposal.sharedTag === undefined ? `--exclude-folder "${proposal.folder}"` : `--exclude-folder "${proposal.folder}" (or --exclude-tag ${proposal.sharedTag})`;
		lines.push("", `Proposed: exclude ${proposal.folder}. ${proposal.reason}`, `  Try it with ${option}; in Obsidian, accept it in the vault profile or add it under Settings → Exclude folders.`);
	}
	return lines.join("\n");
}
