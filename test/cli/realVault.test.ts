import { spawnSync } from "child_process";
import { readdirSync, readFileSync, rmSync } from "fs";
import { join, relative } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRealisticVault, type RealisticVault } from "../support/realisticVault";

/**
 * Acceptance of the real-vault reading: a generated vault with every pattern and proportion of
 * ../shared/REAL-VAULTS.md, read by the built CLI. Expected counts come from the generator's own
 * bookkeeping and from the measured facts, never from the code under test.
 */
function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
	const run = spawnSync("node", ["bin/interview-vault.cjs", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
	return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

function json<T>(text: string): T {
	return JSON.parse(text) as T;
}

interface Report {
	questions: number;
	questionsWithoutProperties: number;
	mocs: number;
	byFolder: Record<string, number>;
	bySubtopic: Record<string, number>;
	studyPaths: { moc: string; path: string; questions: number }[];
}

let vault: RealisticVault;
beforeAll(() => {
	vault = writeRealisticVault({ paragraphs: 3 });
});
afterAll(() => rmSync(vault.root, { recursive: true, force: true }));

// Each CLI run reads ~1,700 notes; on a busy 2-core machine a test of several runs takes seconds.
describe("a vault shaped like REAL-VAULTS.md, through the CLI", { timeout: 120_000 }, () => {
	it("has the measured shape: 1,295 q- notes, 361 concept notes, 13 MOCs, 231 `---\\` notes, 1 template", () => {
		const { expected } = vault;
		expect(expected.questions).toHaveLength(1295);
		expect(expected.concepts).toHaveLength(361);
		expect(expected.mocs).toHaveLength(13);
		expect(expected.backslashFences).toHaveLength(231);
		expect(expected.templates).toHaveLength(1);
		expect(expected.notes).toBeGreaterThan(1500);
		expect(expected.secondBlock).toHaveLength(20);
		expect(expected.glued).toHaveLength(1);
		expect(expected.duplicateKey.length).toBeGreaterThanOrEqual(5);
		expect(expected.flowThenBlock.length).toBeGreaterThan(80);
		const subtopics = new Set([...expected.subtopics.values()].flat());
		expect(subtopics.size).toBeGreaterThan(550);
		expect([...expected.subtopics.values()].filter((list) => list.length === 0).length).toBe(193);
	});

	it("reads every q- note as a question, every moc- note as a MOC with its paths, and no template; the concept folder until excluded", () => {
		const report = json<Report>(cli("report", vault.root, "--json").stdout);
		const { expected } = vault;
		// Before any exclusion: the readable concept notes carry a difficulty, so they read as questions.
		expect(report.questions).toBe(expected.questions.length + expected.readableConcepts.length);
		expect(report.mocs).toBe(13);
		const unreadable = expected.glued.length + expected.flowThenBlock.length + expected.duplicateKey.length;
		expect(report.questionsWithoutProperties).toBe(unreadable);
		const excluded = json<Report>(cli("report", vault.root, "--json", "--exclude-folder", "10-Concepts").stdout);
		expect(excluded.questions).toBe(1295);
		expect(excluded.byFolder).toEqual(expected.byTopFolder);
		expect(json<Report>(cli("report", vault.root, "--json", "--exclude-tag", "concept").stdout).questions).toBe(1295);
		for (const moc of expected.mocs) {
			expect(report.studyPaths.filter((path) => path.moc === moc.path).map((path) => path.path)).toEqual(moc.studyPaths);
		}
		// "Related MOCs" links only MOCs: it is not a study path.
		expect(report.studyPaths.map((path) => path.path)).not.toContain("Related MOCs");
	});

	it("titles a question without a title property by its English question, never by a section heading", () => {
		const listed = json<{ path: string; title: string }[]>(cli("list", vault.root, "--json").stdout);
		const titles = new Map(listed.map((question) => [question.path, question.title]));
		for (const { path, title } of vault.expected.untitled) expect(titles.get(path)).toBe(title);
		expect(listed.some((question) => question.path.startsWith("_templates/"))).toBe(false);
		expect(listed.filter((question) => /^(Дополнительные|Follow-ups|Ответ|Answer|Вопрос|Question)/.test(question.title))).toEqual([]);
	});

	it("the profile proposes excluding the concept folder, tagged concept, and counts templates and unreadable notes", () => {
		const profile = json<{
			folders: { folder: string; notes: number; byName: number; byDifficulty: number; templates: number; unreadable: number; mocs: number }[];
			proposals: { folder: string; questions: number; sharedTag?: string }[];
		}>(cli("profile", vault.root, "--json").stdout);
		expect(profile.proposals).toEqual([expect.objectContaining({ folder: "10-Concepts", questions: vault.expected.readableConcepts.length, sharedTag: "concept" })]);
		const row = (folder: string) => profile.folders.find((candidate) => candidate.folder === folder);
		expect(row("10-Concepts")).toMatchObject({ notes: 361, byName: 0, byDifficulty: 150, unreadable: 211 });
		expect(row("_templates")).toMatchObject({ notes: 1, templates: 1, byDifficulty: 0 });
		expect(row("90-MOCs")).toMatchObject({ notes: 13, mocs: 13, unreadable: 11 });
		expect(row("40-Android")).toMatchObject({ notes: 632, byName: 632 });
		expect(cli("profile", vault.root).stdout).toContain("Proposed: exclude 10-Concepts.");
	});

	it("check --fix --write repairs every `---\\` note and every other repairable pattern, changing no byte outside the repaired lines", () => {
		const before = snapshot(vault.root);
		const run = cli("check", vault.root, "--fix", "--write", "--json");
		const result = json<{ repairs: { path: string; kinds: string[]; status: string; changedLines: number[] }[]; problems: { path: string; code: string }[] }>(run.stdout);
		const repaired = new Map(result.repairs.map((repair) => [repair.path, repair]));
		const { expected } = vault;
		for (const path of [...expected.backslashFences, ...expected.glued, ...expected.secondBlock, ...expected.flowThenBlock, ...expected.duplicateKey]) {
			expect(repaired.get(path)?.status, path).toBe("written");
		}
		const after = snapshot(vault.root);
		expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
		for (const [path, text] of before) {
			const repair = repaired.get(path);
			if (!repair) {
				expect(after.get(path), path).toBe(text);
				continue;
			}
			// Every line that is not a repaired line survives, in order, byte for byte.
			const changed = new Set(repair.changedLines);
			const kept = text.split("\n").filter((_, index) => !changed.has(index + 1));
			expect(isSubsequence(kept, (after.get(path) ?? "").split("\n")), path).toBe(true);
		}
		// What remains: no fence or YAML error at all, and every question reads its properties.
		expect(result.problems.filter((problem) => /^(fence-|yaml-)/.test(problem.code))).toEqual([]);
		const report = json<Report>(cli("report", vault.root, "--json", "--exclude-folder", "10-Concepts").stdout);
		expect(report).toMatchObject({ questions: 1295, questionsWithoutProperties: 0 });
	});
});

function snapshot(root: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else files.set(relative(root, full), readFileSync(full, "latin1"));
		}
	};
	walk(root);
	return files;
}

function isSubsequence(needles: readonly string[], haystack: readonly string[]): boolean {
	let at = 0;
	for (const line of haystack) if (at < needles.length && line === needles[at]) at++;
	return at === needles.length;
}

