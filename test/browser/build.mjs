/**
 * Bundles the harness page's script (test/browser/harness/harness.ts) for the browser:
 * `node test/browser/build.mjs [outfile]`, or `buildHarness(outfile)` from another script.
 *
 * The demo vault is read here, on Node, and embedded through esbuild's `define`; FakeApp's Node
 * imports (node:fs, node:path, used only by readFolderIntoFiles) and its `vi` from vitest (the
 * fake Date) are answered by the small shims in test/browser/shims/.
 *
 * It runs as its own Node process when the browser test builds: under vitest's jsdom environment
 * esbuild refuses to start (its Uint8Array invariant), so the test spawns this file.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, "../..");
export const DEMO_VAULT = join(REPO_ROOT, "test", "fixtures", "demo-vault");
export const DEFAULT_OUTFILE = join(REPO_ROOT, "node_modules", ".cache", "interview-vault-browser", "harness.js");

/**
 * The vault's notes, path → text; dot-folders such as .obsidian are skipped (as readFolderIntoFiles does).
 * @param {string} dir
 * @returns {Record<string, string>}
 */
export function readVault(dir) {
	/** @type {Record<string, string>} */
	const files = {};
	/** @param {string} folder */
	const walk = (folder) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile()) files[relative(dir, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return files;
}

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
			DEMO_VAULT_FILES: JSON.stringify(readVault(DEMO_VAULT)),
			// test/setup/dom.ts pins Node's time zone; in the page, the browser context is set to UTC instead.
			"process.env.TZ": "globalThis.__interviewVaultHarnessTimeZone",
		},
		plugins: [shims],
	});
	return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const outfile = await buildHarness(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUTFILE);
	console.log(outfile);
}
