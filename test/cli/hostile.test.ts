import { spawnSync } from "child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
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
		root = wideVault(1500);
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
	}, 30_000);
});

const asRoot = process.getuid?.() === 0;

/** Runs the CLI as an unprivileged user when the tests run as root, for whom every file is readable. */
function cliAsUser(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const command = asRoot
		? ["setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, BIN, ...args]] as const
		: [process.execPath, [BIN, ...args]] as const;
	const result = spawnSync(command[0], [...command[1]], { encoding: "utf8" });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("a vault with a note and a folder the CLI may not read", () => {
	let root: string;
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), "interview-vault-perm-"));
		chmodSync(root, 0o755);
		for (const name of ["q-readable--backend--easy.md", "q-locked--backend--hard.md"]) {
			writeFileSync(join(root, name), `---\ndifficulty: easy\ntitle: ${name}\n---\n# Question (EN)\n> ?\n`, { mode: 0o644 });
		}
		chmodSync(join(root, "q-locked--backend--hard.md"), 0o000);
		mkdirSync(join(root, "Locked folder"));
		writeFileSync(join(root, "Locked folder", "q-inside--backend--easy.md"), "---\ndifficulty: easy\n---\n# Inside\n");
		chmodSync(join(root, "Locked folder"), 0o000);
	});
	afterAll(() => {
		chmodSync(join(root, "Locked folder"), 0o755);
		rmSync(root, { recursive: true, force: true });
	});

	it("check lists each of them as a problem of its own, with exit code 1", () => {
		const { code, stdout } = cliAsUser("check", root, "--json");
		expect(code).toBe(1);
		const problems = JSON.parse(stdout) as { problems: { path: string; code: string }[] };
		expect(problems.problems.filter((problem) => problem.code === "file-unreadable").map((problem) => problem.path).sort())
			.toEqual(["Locked folder", "q-locked--backend--hard.md"]);
	});

	it.each([["list"], ["report", "--json"], ["due", "--json"], ["stats", "--json"], ["query", "--dql", "LIST"]])("%s goes on with the rest and says how many it could not read", (command, ...options) => {
		const { code, stdout, stderr } = cliAsUser(command, root, ...options);
		expect(code).toBe(0);
		expect(stdout).not.toBe("");
		expect(stderr.trim()).toBe("interview-vault: could not read 1 note and 1 folder (`interview-vault check` lists them); the rest was read.");
	});

	it("list shows the readable question", () => {
		expect(cliAsUser("list", root).stdout).toContain("q-readable--backend--easy.md");
	});
});

describe("notes that are not clean UTF-8 text", () => {
	let root: string;
	const fenced = Buffer.concat([Buffer.from("---\\\ndifficulty: easy\n---\\\n# Question (EN)\n> Latin-1 caf"), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(" here\n")]);
	const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), "interview-vault-bytes-"));
		chmodSync(root, 0o755);
		writeFileSync(join(root, "q-latin1--backend--easy.md"), fenced);
		writeFileSync(join(root, "q-picture--backend--easy.md"), binary);
		writeFileSync(join(root, "q-fine--backend--easy.md"), "---\ndifficulty: easy\n---\n# Question (EN)\n> Fine?\n");
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it("check --fix --write never writes a `---\\` note whose body is not valid UTF-8, and reports it", () => {
		const { stdout } = cliAsUser("check", root, "--fix", "--write", "--json");
		expect(readFileSync(join(root, "q-latin1--backend--easy.md")).equals(fenced)).toBe(true);
		const report = JSON.parse(stdout) as { problems: { path: string; code: string }[]; repairs: { path: string; status: string }[] };
		expect(report.problems).toEqual(expect.arrayContaining([
			expect.objectContaining({ path: "q-latin1--backend--easy.md", code: "not-utf8" }),
			expect.objectContaining({ path: "q-picture--backend--easy.md", code: "not-utf8" }),
		]));
		expect(report.repairs.filter((repair) => repair.status === "written")).toEqual([]);
	});

	it("a binary file named q-*.md is never a question, so never quizzed", () => {
		const due = JSON.parse(cliAsUser("due", root, "--json", "--today", "2026-11-23").stdout) as { questions: { path: string }[] };
		expect(due.questions.map((question) => question.path)).toEqual(["q-fine--backend--easy.md"]);
		expect(cliAsUser("list", root).stdout).not.toContain("q-picture");
	});
});
