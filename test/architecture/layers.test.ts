import { readFileSync } from "fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { findCycles, folderGraph, readImportGraph, type ImportGraph } from "./importGraph";

/** Lints `text` as if it were the file at `filePath`, with the project's own eslint.config.mjs. */
async function layerErrors(filePath: string, text: string): Promise<string[]> {
	const [result] = await new ESLint({ cwd: process.cwd() }).lintText(text, { filePath });
	return (result?.messages ?? []).filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("the layer rules in eslint.config.mjs", () => {
	// An existing file of each layer, so the type-aware parser knows it; only its text is replaced.
	const cases: { file: string; refused: string[]; allowed: string[] }[] = [
		{
			file: "src/core/schedule/days.ts",
			refused: ['import { Notice } from "obsidian";', 'import { QuizView } from "../../ui/quiz/QuizView";', 'import { main } from "../../cli/main";', 'import type { QuizSession } from "../../app/quiz/QuizSession";', 'import { VaultIndexer } from "../../obsidian/VaultIndexer";', 'export { main } from "../../cli/main";', 'import InterviewVaultPlugin from "../../main";'],
			allowed: ['import type { TFile } from "obsidian";', 'import { isDue } from "../quiz/due";'],
		},
		{
			file: "src/obsidian/SettingsStore.ts",
			refused: ['import { ChoiceModal } from "../ui/ChoiceModal";'],
			allowed: ['import { Notice } from "obsidian";', 'import { QuestionIndex } from "../core/index/QuestionIndex";'],
		},
		{
			file: "src/app/quiz/connectQuiz.ts",
			refused: ['import { ChoiceModal } from "../../ui/ChoiceModal";'],
			allowed: ['import { VaultNoteWrites } from "../../obsidian/VaultNoteWrites";'],
		},
	];

	for (const { file, refused, allowed } of cases) {
		it(`refuses an upward import in ${file} and lets a downward one through`, async () => {
			for (const line of refused) expect({ line, errors: await layerErrors(file, `${line}\n`) }).toMatchObject({ line, errors: [expect.any(String)] });
			for (const line of allowed) expect({ line, errors: await layerErrors(file, `${line}\n`) }).toEqual({ line, errors: [] });
		}, 60_000);
	}
});

const coreFolder = (module: string) => (module.startsWith("core/") ? module.split("/").slice(0, 2).join("/") : undefined);

describe("the import graph of src/", () => {
	const graph = readImportGraph("src");

	it("is read from every module, with their imports", () => {
		expect(graph.get("main.ts")?.size).toBeGreaterThan(5);
		expect(graph.get("cli/main.ts")).toContain("cli/commands/report.ts");
	});

	it("has no module-level import cycle", () => {
		expect(findCycles(graph)).toEqual([]);
	});

	it("has no cycle between the folders of src/core", () => {
		expect(findCycles(folderGraph(graph, coreFolder))).toEqual([]);
	});
});

describe("the cycle check", () => {
	const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

	it("finds a deliberate cycle and names the modules on it, in order", () => {
		const graph = graphOf({ "a.ts": ["b.ts"], "b.ts": ["c.ts"], "c.ts": ["a.ts", "d.ts"], "d.ts": [] });
		expect(findCycles(graph)).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
	});

	it("finds a module importing itself, and passes a graph without cycles", () => {
		expect(findCycles(graphOf({ "a.ts": ["a.ts"] }))).toEqual([["a.ts", "a.ts"]]);
		expect(findCycles(graphOf({ "a.ts": ["b.ts", "c.ts"], "b.ts": ["c.ts"], "c.ts": [] }))).toEqual([]);
	});

	it("finds a cycle between two folders of src/core that no single module pair shows", () => {
		const graph = graphOf({ "core/quiz/due.ts": ["core/stats/average.ts"], "core/stats/progress.ts": ["core/quiz/select.ts"], "core/quiz/select.ts": [], "core/stats/average.ts": [] });
		expect(findCycles(graph)).toEqual([]);
		expect(findCycles(folderGraph(graph, coreFolder))).toEqual([["core/quiz", "core/stats", "core/quiz"]]);
	});
});

describe("one headless YAML configuration", () => {
	it("only src/core/note/yamlEngine.ts loads YAML with js-yaml; the fake Obsidian only writes with it", () => {
		const sources = [...readImportGraph("src").keys()].map((m) => `src/${m}`).concat([...readImportGraph("test").keys()].map((m) => `test/${m}`));
		const loaders = sources.filter((file) => /\bfrom "js-yaml"/.test(readFileSync(file, "utf8")) && /\bload\b/.test(readFileSync(file, "utf8").match(/import \{([^}]*)\} from "js-yaml"/)?.[1] ?? ""));
		expect(loaders).toEqual(["src/core/note/yamlEngine.ts"]);
	});
});
