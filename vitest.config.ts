import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Dates in the plugin are calendar days; the tests read them in one zone wherever they run.
process.env.TZ = "UTC";

export default defineConfig({
	resolve: {
		// The npm package `obsidian` holds only types; at run time the stub stands in for it.
		alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL("./test/obsidian/obsidian.ts", import.meta.url)) }],
	},
	test: {
		environment: "jsdom",
		setupFiles: ["test/setup/dom.ts"],
		include: ["test/**/*.test.ts"],
		exclude: ["test/bench/**", "node_modules/**"],
		env: { TZ: "UTC" },
	},
});
