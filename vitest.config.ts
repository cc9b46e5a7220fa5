import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Dates in the plugin are calendar days; the tests read them in one zone wherever they run.
process.env.TZ = "UTC";

/** Tests of pure code and of processes: no DOM, so they run in plain Node (much cheaper than jsdom). */
const NODE_TESTS = ["test/core/**/*.test.ts", "test/cli/**/*.test.ts", "test/release/**/*.test.ts", "test/architecture/**/*.test.ts", "test/settings/**/*.test.ts"];

export default defineConfig({
	resolve: {
		// The npm package `obsidian` holds only types; at run time the stub stands in for it.
		alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL("./test/obsidian/obsidian.ts", import.meta.url)) }],
	},
	test: {
		exclude: ["test/bench/**", "node_modules/**"],
		env: { TZ: "UTC" },
		projects: [
			{ extends: true, test: { name: "node", environment: "node", include: NODE_TESTS } },
			// Everything else (the fake Obsidian, main.js end to end, the renderers, any new folder) gets a DOM.
			{ extends: true, test: { name: "dom", environment: "jsdom", setupFiles: ["test/setup/dom.ts"], include: ["test/**/*.test.ts"], exclude: ["test/bench/**", "node_modules/**", ...NODE_TESTS] } },
		],
	},
});
