import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

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
		files: ["bin/*.cjs"],
		languageOptions: { sourceType: "commonjs" },
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
]);
