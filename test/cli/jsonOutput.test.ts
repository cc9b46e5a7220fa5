import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";

const DEMO_VAULT = "test/fixtures/demo-vault";

/** The rows of the README's "JSON output" table: a command line and the keys its output always has. */
function documentedOutputs(): { command: string; keys: string[] }[] {
	const readme = readFileSync("README.md", "utf8");
	const section = readme.slice(readme.indexOf("### JSON output"), readme.indexOf("\n## ", readme.indexOf("### JSON output")));
	return [...section.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map((row) => ({
		command: row[1] ?? "",
		// Only the backticked names outside parentheses: the parentheses explain values.
		keys: [...(row[2] ?? "").replace(/\([^)]*\)/g, "").matchAll(/`([^`]+)`/g)].map((key) => key[1] ?? ""),
	}));
}

/** The words of a documented command line, single quotes keeping a query together. */
function words(command: string): string[] {
	return [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "").map((word) => (word === "<vault>" ? DEMO_VAULT : word));
}

/** Every value at a key path such as `studyPaths[].moc` or `[].path`; a path that is not there gives none. */
function valuesAt(value: unknown, path: string): unknown[] {
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

describe("the JSON output documented in the README", () => {
	const outputs = documentedOutputs();

	it("documents every command the CLI's help lists", () => {
		const help = spawnSync(process.execPath, [join("bin", "interview-vault.cjs"), "help"], { encoding: "utf8" }).stdout;
		const commands = new Set([...help.matchAll(/^ {2}(\w[\w-]*) </gm)].map((m) => m[1]));
		expect(commands.size).toBeGreaterThan(5);
		// Rows whose command is plain text need input the demo vault lacks; their own tests run them.
		const readme = readFileSync("README.md", "utf8");
		const plain = [...readme.matchAll(/^\| (\w[\w-]*) &lt;vault&gt; [^|`]*\(needs [^)]*; tested in `test\/[^`]+`\) \|/gm)].map((m) => m[1] ?? "");
		expect(new Set([...outputs.map((o) => o.command.split(" ")[0]), ...plain])).toEqual(commands);
	});

	for (const { command, keys } of outputs) {
		it(`${command} has every documented key`, () => {
			const run = spawnSync(process.execPath, [join("bin", "interview-vault.cjs"), ...words(command)], { encoding: "utf8" });
			expect(run.stderr).toBe("");
			const output = JSON.parse(run.stdout) as unknown;
			const missing = keys.filter((key) => valuesAt(output, key).length === 0);
			expect(missing).toEqual([]);
		});
	}

	it("the key check fails when a key is missing", () => {
		expect(valuesAt({ studyPaths: [{ moc: "m" }] }, "studyPaths[].moc")).toEqual(["m"]);
		expect(valuesAt({ studyPaths: [{ path: "p" }] }, "studyPaths[].moc")).toEqual([]);
		expect(valuesAt([{ due: null }], "[].due")).toEqual([null]);
	});
});
