/**
 * Bundles the harness page's script (test/browser/harness/harness.ts) for the browser:
 * `node test/browser/build.mjs [outfile]`, or `buildHarness(outfile)` from another script.
 *
 * The page loads its vault from the harness server (session.ts serves the demo vault, the
 * realistic one and any folder named); FakeApp's Node imports (node:fs, node:path, used only by
 * readFolderIntoFiles) and its `vi` from vitest (the fake Date) are answered by the small shims in
 * test/browser/shims/.
 *
 * It runs as its own Node process when the browser test builds: under vitest's jsdom environment
 * esbuild refuses to start (its Uint8Array invariant), so the test spawns this file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, "../..");
export const DEFAULT_OUTFILE = join(REPO_ROOT, "node_modules", ".cache", "interview-vault-browser", "harness.js");

/** @type {import("esbuild").Plugin} */
const shims = {
	name: "interview-vault-harness-shims",
	setup(build) {
		build.onResolve({ filter: /^vitest$/ }, () => ({ path: join(here, "shims", "vitest.ts") }));
		build.onResolve({ filter: /^(node:)?(fs|path)$/ }, () => ({ path: join(here, "shims", "node.ts") }));
	},
};

/**
 * @param {string} [outfile]
 * @returns {Promise<string>} the bundle's path
 */
export async function buildHarness(outfile = DEFAULT_OUTFILE) {
	mkdirSync(dirname(outfile), { recursive: true });
	await esbuild.build({
		entryPoints: [join(here, "harness", "harness.ts")],
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "chrome120",
		outfile,
		sourcemap: "inline",
		logLevel: "warning",
		define: {
			// test/setup/dom.ts pins Node's time zone; in the page, the browser context is set to UTC instead.
			"process.env.TZ": "globalThis.__interviewVaultHarnessTimeZone",
		},
		plugins: [shims],
	});
	return outfile;
}

/**
 * Bundles a small TypeScript driver (its source given as text, resolved from test/browser/) for
 * Node and runs it in a child process with `args`; resolves with its exit status. The drivers of
 * `npm run screenshots` and `npm run check:browser` share the browser session code this way.
 * @param {string} name
 * @param {string} source
 * @param {string[]} args
 * @returns {Promise<number>}
 */
export async function runDriver(name, source, args) {
	const driver = join(REPO_ROOT, "node_modules", ".cache", "interview-vault-browser", `${name}.mjs`);
	await esbuild.build({
		stdin: { contents: source, resolveDir: here, sourcefile: `run-${name}.ts`, loader: "ts" },
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outfile: driver,
		packages: "external",
		logLevel: "warning",
	});
	const run = spawnSync(process.execPath, [driver, ...args], { stdio: "inherit" });
	return run.status ?? 1;
}

/**
 * The arguments after `--`: `--vault <folder>` (a vault folder to use instead of the built-in ones)
 * and the flags given; exits with a usage message on anything else.
 * @param {string[]} argv
 * @param {string[]} flags the flags this script accepts besides --vault
 * @returns {{ vault?: string, out?: string, flags: Set<string> }}
 */
export function parseDriverArgs(argv, flags) {
	/** @type {{ vault?: string, out?: string, flags: Set<string> }} */
	const parsed = { flags: new Set() };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if ((arg === "--vault" || arg === "--out") && argv[i + 1] !== undefined) {
			parsed[arg === "--vault" ? "vault" : "out"] = resolve(argv[++i] ?? "");
		} else if (arg !== undefined && flags.includes(arg)) {
			parsed.flags.add(arg);
		} else {
			console.error(`Unknown argument: ${arg}. Use --vault <folder>${flags.map((flag) => ` [${flag}]`).join("")}.`);
			process.exit(2);
		}
	}
	if (parsed.vault !== undefined && !existsSync(parsed.vault)) {
		console.error(`No vault folder at ${parsed.vault}`);
		process.exit(2);
	}
	return parsed;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const outfile = await buildHarness(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUTFILE);
	console.log(outfile);
}
