import { readFileSync } from "fs";

/** A row of the README's "JSON output" table: its command line (as written) and the keys its output always has. */
export interface DocumentedOutput {
	command: string;
	keys: string[];
}

function jsonSection(): string {
	const readme = readFileSync("README.md", "utf8");
	const start = readme.indexOf("### JSON output");
	return readme.slice(start, readme.indexOf("\n## ", start));
}

/** Only the backticked names outside parentheses are keys: the parentheses explain values. */
function keysOf(cell: string): string[] {
	return [...cell.replace(/\([^)]*\)/g, "").matchAll(/`([^`]+)`/g)].map((key) => key[1] ?? "");
}

/** The rows the JSON test runs on the demo vault: a backticked command line. */
export function documentedOutputs(): DocumentedOutput[] {
	return [...jsonSection().matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map((row) => ({ command: row[1] ?? "", keys: keysOf(row[2] ?? "") }));
}

/**
 * The rows whose command needs input the demo vault lacks: `| name &lt;vault&gt; … (needs …; tested in
 * `file`) | keys |`. The named test runs the command on its own input and checks these keys.
 */
export function documentedElsewhere(): (DocumentedOutput & { testFile: string })[] {
	return [...jsonSection().matchAll(/^\| (\w[\w-]*) &lt;vault&gt; [^|`]*\(needs [^)]*; tested in `(test\/[^`]+)`\) \| (.+) \|$/gm)].map((row) => ({
		command: row[1] ?? "",
		testFile: row[2] ?? "",
		keys: keysOf(row[3] ?? ""),
	}));
}

/** The documented keys of one such command. */
export function documentedKeys(command: string): string[] {
	const row = documentedElsewhere().find((candidate) => candidate.command === command);
	if (!row) throw new Error(`the README's JSON table has no row for ${command}`);
	return row.keys;
}

/** Every value at a key path such as `studyPaths[].moc` or `[].path`; a path that is not there gives none. */
export function valuesAt(value: unknown, path: string): unknown[] {
	const steps = path.match(/\[\]|[^.[\]]+/g) ?? [];
	let values: unknown[] = [value];
	for (const step of steps) {
		values = values.flatMap((v) => {
			if (step === "[]") return Array.isArray(v) ? (v as unknown[]) : [];
			return v !== null && typeof v === "object" && step in v ? [(v as Record<string, unknown>)[step]] : [];
		});
	}
	return values;
}

/** The documented keys an output lacks. */
export function missingKeys(output: unknown, keys: readonly string[]): string[] {
	return keys.filter((key) => valuesAt(output, key).length === 0);
}
