/**
 * `npm run bench` (node --expose-gc test/bench/run.mjs [--quick] [--sizes=1000,10000]):
 * bundles test/bench/bench.ts with esbuild, then runs the bundle in a child Node process with
 * --expose-gc. The bundle lives in node_modules/.cache (ignored by git and ESLint alike).
 * Results: a table on stdout and bench-results/latest.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const outDir = join(repo, "node_modules", ".cache", "interview-vault-bench");
const outfile = join(outDir, "bench.mjs");
const searchSource = join(repo, "src", "core", "search", "QuestionSearch.ts");

/**
 * `obsidian` ships only types on npm: the bench's stub stands in. The search module is optional.
 * @type {import("esbuild").Plugin}
 */
const benchResolve = {
	name: "bench-resolve",
	setup(build) {
		build.onResolve({ filter: /^obsidian$/ }, () => ({ path: join(here, "obsidianStub.ts") }));
		build.onResolve({ filter: /^\.\/searchModule$/ }, () => {
			if (!existsSync(searchSource)) return undefined;
			return { path: "question-search", namespace: "bench-search" };
		});
		build.onLoad({ filter: /.*/, namespace: "bench-search" }, () => ({
			// Through a namespace import, so a renamed export gives the row "n/a", not a failed build.
			contents: `import * as search from ${JSON.stringify(searchSource)};\nexport const QuestionSearch = search.QuestionSearch;\nexport const questionSearchText = search.questionSearchText;\n`,
			loader: "ts",
			resolveDir: repo,
		}));
	},
};

mkdirSync(outDir, { recursive: true });
await esbuild.build({
	entryPoints: [join(here, "bench.ts")],
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	outfile,
	// npm packages load from node_modules at run time, as they would for the CLI.
	packages: "external",
	plugins: [benchResolve],
	logLevel: "warning",
	sourcemap: "inline",
});

const args = [...process.argv.slice(2), `--repo=${repo}`];
const result = spawnSync(process.execPath, ["--expose-gc", "--enable-source-maps", outfile, ...args], {
	stdio: "inherit",
	env: { ...process.env, TZ: "UTC" },
	cwd: repo,
});
process.exitCode = result.status ?? 1;
