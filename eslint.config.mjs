import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

/** The bans the obsidianmd preset sets with this rule (axios, moment…): a layer's rule keeps them. */
const presetRestrictedImports = [
	...new Map(
		obsidianmd.configs.recommended
			.map((config) => config.rules?.["@typescript-eslint/no-restricted-imports"])
			.filter((rule) => Array.isArray(rule))
			.flatMap((rule) => rule.slice(1))
			.map((path) => [typeof path === "string" ? path : path.name, path]),
	).values(),
];

/**
 * The layers import downwards only (see ARCHITECTURE.md): main.ts → ui → app → obsidian adapters
 * → settings → core; the CLI stands beside the plugin on the same core. A relative import naming a
 * higher layer's folder is refused; no folder inside a layer reuses a layer's name.
 */
function layerImports({ layers, obsidian, why }) {
	const paths = [...presetRestrictedImports];
	if (obsidian !== "allowed") paths.push({ name: "obsidian", allowTypeImports: obsidian === "types", message: `${why} Only \`import type\` from obsidian is allowed here.` });
	const patterns = layers.map((layer) =>
		layer === "main"
			? { regex: "^(?:\\.\\./)+main$", message: `${why} It may not import src/main.ts.` }
			: { regex: `^\\.{1,2}/(?:.*/)?${layer}(?:/|$)`, message: `${why} It may not import src/${layer}.` },
	);
	return { "@typescript-eslint/no-restricted-imports": ["error", { paths, patterns }] };
}

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "coverage/", "test/fixtures/", "bench-results/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "scripts/*.mjs", "bin/*.cjs"],
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			"obsidianmd/ui/sentence-case": ["warn", { brands: ["Interview Vault", "Dataview"], acronyms: ["EN", "RU", "MOC", "FSRS"] }],
			// js-yaml 4 is the headless YAML engine by design: it matches Obsidian's parsing (core schema, dates as text).
			"depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }],
			// getSettingDefinitions() needs Obsidian 1.13; our minAppVersion is older, where display() is the API.
			"obsidianmd/settings-tab/prefer-setting-definitions": "off",
		},
	},
	{
		// The CLI, the build scripts and the tests run on Node, never inside Obsidian.
		files: ["src/cli/**", "test/**", "scripts/**", "bin/**", "*.mjs", "vitest.config.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-active-doc": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"import/no-nodejs-modules": "off",
			// Outside Obsidian there is no Vault#configDir; vault folders on disk name `.obsidian` literally.
			"obsidianmd/hardcoded-config-path": "off",
			// A command-line script reports to the terminal.
			"no-console": "off",
			"obsidianmd/rule-custom-message": "off",
		},
	},
	{
		// Tests delete notes the way a user's other tools do, to check the plugin follows.
		files: ["test/**"],
		rules: { "obsidianmd/prefer-file-manager-trash-file": "off" },
	},
	{
		// The fake Obsidian implements the DOM helpers and deprecated members that the rules recommend or warn about.
		files: ["test/obsidian/**", "test/setup/**"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-instanceof": "off",
			"@typescript-eslint/no-deprecated": "off",
		},
	},
	{
		files: ["src/core/**"],
		rules: layerImports({ layers: ["ui", "cli", "app", "obsidian", "settings", "main"], obsidian: "types", why: "src/core is pure: it runs in the plugin, the CLI and the tests alike." }),
	},
	{
		files: ["src/settings/**"],
		rules: layerImports({ layers: ["ui", "cli", "app", "obsidian", "main"], obsidian: "types", why: "The settings model is read by the CLI too." }),
	},
	{
		files: ["src/obsidian/**"],
		rules: layerImports({ layers: ["ui", "cli", "app", "main"], obsidian: "allowed", why: "The adapters sit below the application and the interface." }),
	},
	{
		files: ["src/app/**"],
		rules: layerImports({ layers: ["ui", "cli", "main"], obsidian: "allowed", why: "The application layer has no interface of its own." }),
	},
	{
		files: ["src/ui/**"],
		rules: layerImports({ layers: ["cli", "main"], obsidian: "allowed", why: "The interface is wired by main.ts, never the other way round." }),
	},
	{
		files: ["src/cli/**"],
		rules: layerImports({ layers: ["ui", "obsidian", "main"], obsidian: "types", why: "The CLI runs on Node, without Obsidian: it uses core and the application layer, never the adapters or the interface." }),
	},
	{
		files: ["bin/*.cjs"],
		languageOptions: { sourceType: "commonjs" },
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
]);
