import { spawnSync } from "child_process";
import { rmSync } from "fs";
import { join } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateVault, type GeneratedVault } from "../support/generateVault";

const DEMO_VAULT = "test/fixtures/demo-vault";

/** Runs the built CLI as a user would, through the package's bin. */
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join("bin", "interview-vault.cjs"), ...args], { encoding: "utf8" });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(text: string): T {
	return JSON.parse(text) as T;
}

describe("interview-vault on the demo vault", () => {
	it("report --json gives the counts of the hand-written fixture", () => {
		const { code, stdout } = cli("report", DEMO_VAULT, "--json");
		expect(code).toBe(0);
		// Counted by hand in test/fixtures/demo-vault-expected.md: 48 well-formed questions, plus the
		// three flawed notes whose properties are still readable (duplicated key, empty block, template
		// difficulty). The three with unreadable frontmatter are problems, not questions.
		expect(json(stdout)).toMatchObject({
			questions: 51,
			mocs: 1,
			byDifficulty: { easy: 17, medium: 20, hard: 14 },
			byStatus: { new: 39, learning: 4, review: 5, mastered: 3 },
			byTopic: { backend: 47, "system-design": 4 },
			bySubtopic: {
				databases: 12, performance: 12, scalability: 11, transactions: 9, api: 8,
				networking: 8, sql: 8, caching: 7, concurrency: 6, security: 6,
			},
			problems: { errors: 3, warnings: 4 },
		});
	});

	it("report --json lists the MOC's study paths in order, with the dangling link counted as missing", () => {
		const report = json<{ studyPaths: { path: string; questions: number; missing: number }[] }>(cli("report", DEMO_VAULT, "--json").stdout);
		expect(report.studyPaths.map(({ path, questions, missing }) => [path.split(":")[0], questions, missing])).toEqual([
			["Beginner Path", 6, 0],
			["Intermediate Path", 6, 0],
			["Advanced Path", 5, 1],
		]);
	});

	it("report prints a readable summary", () => {
		const { code, stdout } = cli("report", DEMO_VAULT);
		expect(code).toBe(0);
		expect(stdout).toContain("51 questions, 1 MOC");
		expect(stdout).toContain("By difficulty:  easy 17 · medium 20 · hard 14");
		expect(stdout).toContain("Problems: 3 errors, 4 warnings");
	});

	it("list filters by difficulty, subtopic and topic", () => {
		const listed = json<{ path: string; difficulty: string; subtopics: string[] }[]>(
			cli("list", DEMO_VAULT, "--difficulty", "hard", "--subtopic", "transactions", "--json").stdout,
		);
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.every((q) => q.difficulty === "hard" && q.subtopics.includes("transactions"))).toBe(true);
		const design = json<{ path: string }[]>(cli("list", DEMO_VAULT, "--topic", "system-design", "--json").stdout);
		expect(design.map((q) => q.path.split("/")[0])).toEqual(["60-SystemDesign", "60-SystemDesign", "60-SystemDesign", "60-SystemDesign"]);
	});

	it("check lists every broken note with its reason and exits 1", () => {
		const { code, stdout } = cli("check", DEMO_VAULT, "--json");
		expect(code).toBe(1);
		const { problems } = json<{ problems: { path: string; code: string }[] }>(stdout);
		expect(problems.map((p) => [p.path.split("/").pop(), p.code])).toEqual([
			["q-broken-backslash-fence--backend--medium.md", "fence-backslash"],
			["q-broken-duplicate-key--backend--medium.md", "duplicate-key"],
			["q-broken-empty-frontmatter--backend--easy.md", "empty-frontmatter"],
			["q-broken-glued-fence--backend--easy.md", "fence-glued"],
			["q-broken-template-difficulty--backend--medium.md", "difficulty-unknown"],
			["q-broken-unparseable-yaml--backend--hard.md", "yaml-invalid"],
			["moc-backend.md", "moc-dangling-link"],
		]);
	});

	it("due lists today's due questions oldest first, then new ones within the daily limit", () => {
		const { code, stdout } = cli("due", DEMO_VAULT, "--today", "2026-11-23", "--new-per-day", "3", "--json");
		expect(code).toBe(0);
		const { questions } = json<{ questions: { path: string; status: string }[] }>(stdout);
		// From the fixture's hand count: the notes whose quiz_due is on or before 2026-11-23, by date.
		expect(questions.slice(0, 4).map((q) => q.path.split("/").pop())).toEqual([
			"q-what-is-an-index--backend--easy.md",
			"q-database-sharding--backend--hard.md",
			"q-acid-properties--backend--easy.md",
			"q-connection-pooling--backend--medium.md",
		]);
		// Then three new questions, in the MOC's beginner-path order, skipping those already learned.
		expect(questions.slice(4).map((q) => [q.path.split("/").pop(), q.status])).toEqual([
			["q-sql-join-types--backend--easy.md", "new"],
			["q-rest-status-codes--backend--easy.md", "new"],
			["q-what-is-caching--backend--easy.md", "new"],
		]);
	});

	it("query --dql evaluates a Dataview query with the plugin's engine: columns and rows as JSON", () => {
		const { code, stdout } = cli("query", DEMO_VAULT, "--dql", 'TABLE difficulty FROM "60-SystemDesign" SORT file.name ASC', "--json");
		expect(code).toBe(0);
		const result = json<{ type: string; headers: string[]; rows: [{ path: string }, string][] }>(stdout);
		expect(result.headers).toEqual(["File", "difficulty"]);
		expect(result.rows.map(([link, difficulty]) => [link.path.split("/").pop(), difficulty])).toEqual([
			["q-cdn-edge-caching--system-design--easy.md", "easy"],
			["q-design-news-feed--system-design--hard.md", "hard"],
			["q-design-url-shortener--system-design--medium.md", "medium"],
			["q-load-balancer-algorithms--system-design--medium.md", "medium"],
		]);
	});

	it("query --note evaluates every dataview block of the MOC in order, groups with their rows", () => {
		const { code, stdout } = cli("query", DEMO_VAULT, "--note", "90-MOCs/moc-backend.md", "--json");
		expect(code).toBe(0);
		const blocks = json<{ line: number; result: { type: string; groups?: { rows: unknown[] }[] } }[]>(stdout);
		expect(blocks).toHaveLength(7);
		expect(blocks.map((b) => b.line)).toEqual([...blocks.map((b) => b.line)].sort((a, b) => a - b));
		const statistics = blocks.at(-1)?.result;
		expect(statistics?.groups?.map((g) => g.rows.length)).toEqual([8, 1, 14, 12, 14, 2]);
	});

	it("query refuses a note outside the vault and reports a query outside the subset", () => {
		expect(cli("query", DEMO_VAULT, "--note", "../../package.json")).toMatchObject({ code: 2, stderr: expect.stringContaining("not a note inside the vault") as string });
		const unsupported = cli("query", DEMO_VAULT, "--dql", 'TASK FROM "x"');
		expect(unsupported.code).toBe(1);
		expect(unsupported.stdout).toContain("not supported by Interview Vault: TASK");
	});

	it("refuses bad input with one line and exit code 2, never a stack trace", () => {
		for (const args of [["report", "no/such/vault"], ["list", DEMO_VAULT, "--difficulty", "extreme"], ["report"], ["frobnicate"], ["report", DEMO_VAULT, "--colour"], ["due", DEMO_VAULT, "--today", "tomorrow"]]) {
			const { code, stdout, stderr } = cli(...args);
			expect(code).toBe(2);
			expect(stderr).toMatch(/^interview-vault/);
			expect(stdout + stderr).not.toMatch(/\n\s+at /);
		}
	});
});

describe("interview-vault on a generated vault of 1,200 notes with broken frontmatter", () => {
	let vault: GeneratedVault;
	beforeAll(() => {
		vault = generateVault(1200, { brokenEvery: 10 });
	});
	afterAll(() => rmSync(vault.root, { recursive: true, force: true }));

	it("report exits 0 with every readable question counted, and skips .obsidian", () => {
		const { code, stdout, stderr } = cli("report", vault.root, "--json");
		expect(code).toBe(0);
		expect(stderr).toBe("");
		const report = json<{ questions: number; byDifficulty: Record<string, number>; problems: { errors: number } }>(stdout);
		expect(report.questions).toBe(vault.expected.questions);
		expect(report.byDifficulty).toEqual(vault.expected.byDifficulty);
		expect(report.problems.errors).toBe(vault.expected.broken.length);
	});

	it("check lists every broken note with its reason", () => {
		const { code, stdout, stderr } = cli("check", vault.root, "--json");
		expect(code).toBe(1);
		expect(stderr).toBe("");
		const { problems } = json<{ problems: { path: string; code: string; message: string }[] }>(stdout);
		const codes: Record<string, string> = {
			"backslash-fence": "fence-backslash",
			"glued-fence": "fence-glued",
			"unparseable-yaml": "yaml-invalid",
			"unclosed-fence": "fence-unclosed",
		};
		const expected = vault.expected.broken.map(({ path, kind }) => [path, codes[kind]]).sort();
		expect(problems.map((p) => [p.path, p.code]).sort()).toEqual(expected);
		expect(problems.every((p) => p.message.length > 10)).toBe(true);
	});
});
