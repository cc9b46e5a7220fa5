import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = join("bin", "interview-vault.cjs");

/** A vault whose `list` output is far larger than a pipe's buffer, so `head -1` closes the pipe mid-write. */
function wideVault(notes: number): string {
	const root = mkdtempSync(join(tmpdir(), "interview-vault-pipe-"));
	const padding = "a rather long title, so that the list fills the pipe ".repeat(3);
	for (let i = 0; i < notes; i++) {
		writeFileSync(join(root, `q-pipe-${i}--backend--easy.md`), `---\ndifficulty: easy\ntitle: Question ${i}, ${padding}\n---\n# Question (EN)\n> ${i}?\n`);
	}
	return root;
}

/** Runs the CLI into `head -1` through a shell and reports the CLI's own exit code and stderr. */
function intoHead(args: string[]): { code: number; stderr: string; firstLine: string } {
	const quoted = args.map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(" ");
	const script = `"${process.execPath}" ${BIN} ${quoted} 2>"$ERR" | head -1; echo "exit:\${PIPESTATUS[0]}"`;
	const dir = mkdtempSync(join(tmpdir(), "interview-vault-stderr-"));
	const errFile = join(dir, "stderr");
	const result = spawnSync("bash", ["-c", `${script}; cat "$ERR"`], { encoding: "utf8", env: { ...process.env, ERR: errFile } });
	rmSync(dir, { recursive: true, force: true });
	const [firstLine = "", exit = "", ...rest] = result.stdout.split("\n");
	return { code: Number(exit.replace("exit:", "")), stderr: rest.join("\n").trim(), firstLine };
}

describe("the CLI piped into head -1", () => {
	let root: string;
	beforeAll(() => {
		root = wideVault(2500);
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it.each([
		["list"],
		["list", "--json"],
		["stats", "--json"],
		["query", "--dql", "LIST"],
		["check"],
	].map((args) => [args.join(" "), args] as const))("%s ends quietly with exit code 0 once head has its line", (_name, [command = "", ...options]) => {
		const { code, stderr, firstLine } = intoHead([command, root, ...options]);
		expect(firstLine).not.toBe("");
		expect(stderr).toBe("");
		expect(code).toBe(0);
	});
});
