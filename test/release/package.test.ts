import { spawn, spawnSync, type SpawnSyncReturns } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const DEMO_VAULT = resolve("test/fixtures/demo-vault");

/** npm as a user runs it (none of the npm_* settings `npm test` hands its children), with a cache in `cache` (else the user's own). */
function npm(args: string[], cwd: string, cache?: string): SpawnSyncReturns<string> {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")));
	return spawnSync("npm", args, { cwd, env: { ...env, ...(cache === undefined ? {} : { npm_config_cache: cache }), npm_config_update_notifier: "false" }, encoding: "utf8" });
}

describe("the CLI as an npm package", () => {
	let folder = "";
	let packed: { filename: string; files: { path: string }[] } | undefined;

	beforeAll(() => {
		folder = mkdtempSync(join(tmpdir(), "interview-vault-package-"));
		// `npm test` has just built dist/cli.js; npm pack's own build (the prepare script) is skipped so
		// that no other test sees the bundle rewritten under it.
		const pack = npm(["pack", "--json", "--ignore-scripts", "--pack-destination", folder], process.cwd(), join(folder, "npm-cache"));
		expect(pack.status, pack.stderr).toBe(0);
		packed = (JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[])[0];
		const project = join(folder, "project");
		mkdirSync(project);
		writeFileSync(join(project, "package.json"), JSON.stringify({ name: "empty", private: true }));
		// Offline: the bundle carries its dependencies, so the install needs no registry.
		const install = npm(["install", "--offline", "--no-audit", "--no-fund", join(folder, packed?.filename ?? "")], project, join(folder, "npm-cache"));
		expect(install.status, install.stderr).toBe(0);
	}, 120_000);

	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	const npx = (...args: string[]) => npm(["exec", "--offline", "--", "interview-vault", ...args], join(folder, "project"), join(folder, "npm-cache"));

	it("holds the CLI and its documents, and no source, tests or plugin bundle", () => {
		const paths = (packed?.files ?? []).map((file) => file.path).sort();
		expect(paths).toEqual(["CHANGELOG.md", "LICENSE", "README.md", "bin/interview-vault.cjs", "dist/cli.js", "package.json"]);
		const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { private?: boolean; dependencies?: object };
		expect(manifest.private).toBeUndefined();
		expect(manifest.dependencies ?? {}).toEqual({});
	});

	it("installed into an empty folder, `npx interview-vault --help` and `--version` work there", () => {
		const help = npx("--help");
		expect(help.status, help.stderr).toBe(0);
		expect(help.stdout).toContain("Usage: interview-vault <command>");
		expect(npx("--version").stdout.trim()).toBe((JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version);
	}, 60_000);

	it("`npx interview-vault report <demo vault> --json` from there gives the demo vault's counts", () => {
		const report = npx("report", DEMO_VAULT, "--json");
		expect(report.status, report.stderr).toBe(0);
		// The same report as the repository's own CLI, whose counts test/cli checks against the hand count.
		const fromRepository = spawnSync(process.execPath, ["bin/interview-vault.cjs", "report", DEMO_VAULT, "--json"], { encoding: "utf8" });
		expect(JSON.parse(report.stdout)).toEqual(JSON.parse(fromRepository.stdout));
		expect(JSON.parse(report.stdout)).toMatchObject({ mocs: 1, byDifficulty: { hard: 14 } });
	}, 60_000);
});

/** npm run without blocking: a minute-long spawnSync would starve the test worker's messages to vitest. */
function npmAsync(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")));
	return new Promise((done) => {
		const child = spawn("npm", args, { cwd, env: { ...env, npm_config_update_notifier: "false" } });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
		child.on("close", (status) => done({ status, stdout, stderr }));
	});
}

describe("the CLI installed from a git URL", () => {
	let folder = "";
	beforeAll(() => {
		folder = mkdtempSync(join(tmpdir(), "interview-vault-git-"));
		writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "empty", private: true }));
	});
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	/**
	 * npm clones the repository (its committed HEAD), installs the development dependencies there
	 * and runs `prepare`, which builds dist/cli.js, then packs it: offline, those come from the
	 * cache `npm ci` filled (the user's own cache, not a fresh one).
	 */
	it("`npm install git+file://<repository>` into an empty folder builds the bundle, and `npx interview-vault --help` works there", async () => {
		const install = await npmAsync(["install", "--offline", "--no-audit", "--no-fund", `git+file://${process.cwd()}`], folder);
		expect(install.status, install.stderr).toBe(0);
		const help = await npmAsync(["exec", "--offline", "--", "interview-vault", "--help"], folder);
		expect(help.status, help.stderr).toBe(0);
		expect(help.stdout).toContain("Usage: interview-vault <command>");
	}, 300_000);
});
