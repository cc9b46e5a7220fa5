import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { documentedElsewhere, documentedOutputs, missingKeys, valuesAt } from "../support/readmeJson";

const DEMO_VAULT = "test/fixtures/demo-vault";

/** The words of a documented command line, single quotes keeping a query together. */
function words(command: string): string[] {
	return [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "").map((word) => (word === "<vault>" ? DEMO_VAULT : word));
}

describe("the JSON output documented in the README", () => {
	const outputs = documentedOutputs();

	it("documents every command the CLI's help lists", () => {
		const help = spawnSync(process.execPath, [join("bin", "interview-vault.cjs"), "help"], { encoding: "utf8" }).stdout;
		const commands = new Set([...help.matchAll(/^ {2}(\w[\w-]*) </gm)].map((m) => m[1]));
		expect(commands.size).toBeGreaterThan(5);
		// Rows whose command is plain text need input the demo vault lacks; their own tests run them.
		const plain = documentedElsewhere().map((row) => row.command);
		expect(new Set([...outputs.map((o) => o.command.split(" ")[0]), ...plain])).toEqual(commands);
	});

	it("names, for each command run elsewhere, keys and a test that checks them", () => {
		for (const { command, keys, testFile } of documentedElsewhere()) {
			expect({ command, keys: keys.length > 0 }).toEqual({ command, keys: true });
			expect({ command, checks: readFileSync(testFile, "utf8").includes(`documentedKeys("${command}")`) }).toEqual({ command, checks: true });
		}
	});

	for (const { command, keys } of outputs) {
		it(`${command} has every documented key`, () => {
			const run = spawnSync(process.execPath, [join("bin", "interview-vault.cjs"), ...words(command)], { encoding: "utf8" });
			expect(run.stderr).toBe("");
			const output = JSON.parse(run.stdout) as unknown;
			expect(missingKeys(output, keys)).toEqual([]);
		});
	}

	it("the key check fails when a key is missing", () => {
		expect(valuesAt({ studyPaths: [{ moc: "m" }] }, "studyPaths[].moc")).toEqual(["m"]);
		expect(valuesAt({ studyPaths: [{ path: "p" }] }, "studyPaths[].moc")).toEqual([]);
		expect(valuesAt([{ due: null }], "[].due")).toEqual([null]);
	});
});
