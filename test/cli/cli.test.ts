import { spawnSync } from "child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
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
		// six flawed q- notes: two with readable properties (empty block, template difficulty) and four
		// kept without properties (`---\` fence, glued fence, broken YAML, duplicated key), each with
		// the difficulty and topic of its file name.
		expect(json(stdout)).toMatchObject({
			questions: 54,
			questionsWithoutProperties: 4,
			mocs: 1,
			byFolder: { "50-Backend": 50, "60-SystemDesign": 4 },
			byDifficulty: { easy: 18, medium: 22, hard: 14 },
			byStatus: { new: 42, learning: 4, review: 5, mastered: 3 },
			byTopic: { backend: 50, "system-design": 4 },
			bySubtopic: {
				databases: 12, performance: 12, scalability: 10, transactions: 9, api: 8,
				networking: 8, sql: 8, caching: 7, concurrency: 6, security: 6,
			},
			problems: { errors: 4, warnings: 3 },
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
		expect(stdout).toContain("54 questions, 1 MOC\n4 of them have frontmatter Obsidian cannot read");
		expect(stdout).toMatch(/By folder:\n {2}50-Backend +50\n {2}60-SystemDesign +4\n/);
		expect(stdout).toContain("By difficulty:  easy 18 · medium 22 · hard 14");
		expect(stdout).toContain("Problems: 4 errors, 3 warnings");
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
			["q-broken-duplicate-key--backend--medium.md", "yaml-invalid"],
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
		expect(statistics?.groups?.map((g) => g.rows.length)).toEqual([9, 1, 14, 11, 14, 2]);
	});

	it("query refuses a note outside the vault and reports a query outside the subset", () => {
		expect(cli("query", DEMO_VAULT, "--note", "../../package.json")).toMatchObject({ code: 2, stderr: expect.stringContaining("not a note inside the vault") as string });
		const unsupported = cli("query", DEMO_VAULT, "--dql", 'CALENDAR created FROM "x"');
		expect(unsupported.code).toBe(1);
		expect(unsupported.stdout).toContain("not supported by Interview Vault: CALENDAR");
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

	it("report exits 0 with every question counted, the broken ones kept without properties, and skips .obsidian", () => {
		const { code, stdout, stderr } = cli("report", vault.root, "--json");
		expect(code).toBe(0);
		expect(stderr).toBe("");
		const report = json<{ questions: number; questionsWithoutProperties: number; byDifficulty: Record<string, number>; problems: { errors: number } }>(stdout);
		expect(report.questions).toBe(vault.expected.questions);
		expect(report.questionsWithoutProperties).toBe(vault.expected.broken.length);
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

describe("interview-vault check --fix on a copy of the demo vault", () => {
	const BACKSLASH = "50-Backend/q-broken-backslash-fence--backend--medium.md";
	const GLUED = "50-Backend/q-broken-glued-fence--backend--easy.md";
	const DUPLICATE = "50-Backend/q-broken-duplicate-key--backend--medium.md";
	let root: string;
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), "iv-fix-"));
		cpSync(DEMO_VAULT, root, { recursive: true });
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	/** Every file of the folder by path, its bytes as text: what a write must leave alone. */
	function snapshotFolder(folder: string): Map<string, string> {
		const files = new Map<string, string>();
		const walk = (dir: string): void => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const full = join(dir, entry.name);
				if (entry.isDirectory()) walk(full);
				else if (entry.isFile()) files.set(relative(folder, full).split("\\").join("/"), readFileSync(full, "latin1"));
			}
		};
		walk(folder);
		return files;
	}

	interface FixReport {
		errors: number;
		problems: { path: string; code: string }[];
		repairs: { path: string; code: string; fix: string; status: string; reason?: string }[];
		refused: { path: string; reason: string }[];
		written: boolean;
	}

	it("is a dry run without --write: lists the three repairs, writes nothing, exits 1", () => {
		const before = snapshotFolder(root);
		const { code, stdout } = cli("check", root, "--fix");
		expect(code).toBe(1);
		expect(stdout).toContain("dry run: nothing is written");
		expect(stdout).toContain(`${BACKSLASH}:1  would fix  opening fence \`---\\\` → \`---\``);
		expect(stdout).toContain(`${DUPLICATE}:1  would fix  \`difficulty\` is written 2 times (\`difficulty: medium\`, \`difficulty: hard\`): keeping \`difficulty: hard\``);
		expect(stdout).toContain(`${GLUED}:1  would fix  fence glued to the first key`);
		expect(stdout).toContain("4 errors, 3 warnings");
		expect(snapshotFolder(root)).toEqual(before);
		expect(json<FixReport>(cli("check", root, "--fix", "--json").stdout)).toMatchObject({ written: false, errors: 4, refused: [] });
	});

	it("check without --fix names the repair of each repairable problem", () => {
		const { problems } = json<{ problems: { path: string; code: string; repair?: string }[] }>(cli("check", root, "--json").stdout);
		expect(problems.filter((p) => p.repair !== undefined).map((p) => p.path)).toEqual([BACKSLASH, DUPLICATE, GLUED]);
		expect(cli("check", root).stdout).toContain("    repair (check --fix --write): opening fence");
	});

	it("--keep first keeps the first value of a duplicated key", () => {
		cli("check", root, "--fix", "--write", "--keep", "first");
		expect(readFileSync(join(root, DUPLICATE), "utf8")).toMatch(/^difficulty: medium$/m);
		expect(readFileSync(join(root, DUPLICATE), "utf8")).not.toMatch(/^difficulty: hard$/m);
	});

	it("with --write changes only the repaired lines, atomically, and exits 1 for the error it cannot fix", () => {
		const before = snapshotFolder(root);
		const { code, stdout } = cli("check", root, "--fix", "--write", "--json");
		expect(code).toBe(1);
		const report = json<FixReport>(stdout);
		expect(report.repairs.map((r) => [r.path, r.code, r.status])).toEqual([
			[BACKSLASH, "fence-backslash", "written"],
			[DUPLICATE, "duplicate-key", "written"],
			[GLUED, "fence-glued", "written"],
		]);
		expect(report.problems.filter((p) => p.code.startsWith("fence-"))).toEqual([]);
		expect(report.errors).toBe(1);
		const after = snapshotFolder(root);
		const expected = new Map(before);
		expected.set(BACKSLASH, (before.get(BACKSLASH) ?? "").replace(/^---\\\n/, "---\n"));
		expected.set(GLUED, (before.get(GLUED) ?? "").replace(/^---id: be-glued\n/, "---\nid: be-glued\n"));
		expected.set(DUPLICATE, (before.get(DUPLICATE) ?? "").replace(/^difficulty: medium\n/m, ""));
		// Same files, no temp file left behind, and not a byte changed anywhere else.
		expect(after).toEqual(expected);
		expect(json<{ questions: number; questionsWithoutProperties: number }>(cli("report", root, "--json").stdout)).toMatchObject({ questions: 54, questionsWithoutProperties: 1 });
		// Nothing is left to repair, so a second run writes nothing.
		expect(json<FixReport>(cli("check", root, "--fix", "--write", "--json").stdout).repairs).toEqual([]);
	});

	it("refuses a repair whose result would not parse, and says why; the note stays as it is", () => {
		const note = join(root, "50-Backend", "q-refused--backend--easy.md");
		const text = "---\\\ntitle: [never closed\n---\n# Question (EN)\n";
		writeFileSync(note, text);
		const { stdout } = cli("check", root, "--fix", "--write");
		expect(stdout).toMatch(/q-refused--backend--easy\.md:1 {2}not fixed {2}after the repair the frontmatter would not be valid YAML/);
		expect(readFileSync(note, "utf8")).toBe(text);
	});

	it("keeps CRLF line endings and a byte-order mark", () => {
		const note = join(root, "q-crlf--backend--easy.md");
		writeFileSync(note, "\uFEFF---id: crlf\r\ntitle: Windows\r\n---\r\nBody\r\n");
		cli("check", root, "--fix", "--write");
		expect(readFileSync(note, "utf8")).toBe("\uFEFF---\r\nid: crlf\r\ntitle: Windows\r\n---\r\nBody\r\n");
	});

	it("never follows a symbolic link: notes reached through one are neither read nor written", () => {
		const outside = mkdtempSync(join(tmpdir(), "iv-outside-"));
		try {
			const target = join(outside, "q-outside--backend--easy.md");
			writeFileSync(target, "---\\\ntitle: outside\n---\n");
			symlinkSync(target, join(root, "q-link--backend--easy.md"));
			symlinkSync(outside, join(root, "linked-folder"));
			const { stdout } = cli("check", root, "--fix", "--write", "--json");
			expect(json<FixReport>(stdout).repairs.map((r) => r.path)).toEqual([BACKSLASH, DUPLICATE, GLUED]);
			expect(readFileSync(target, "utf8")).toBe("---\\\ntitle: outside\n---\n");
			expect(readdirSync(outside)).toEqual(["q-outside--backend--easy.md"]);
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});

	it("refuses --write without --fix, with exit code 2", () => {
		const { code, stderr } = cli("check", root, "--write");
		expect(code).toBe(2);
		expect(stderr).toContain("--write only goes with --fix");
	});
});

describe("interview-vault check --fix --write on a generated vault", () => {
	let vault: GeneratedVault;
	beforeAll(() => {
		vault = generateVault(200, { brokenEvery: 5, seed: 11 });
	});
	afterAll(() => rmSync(vault.root, { recursive: true, force: true }));

	it("repairs every `---\\` and glued fence; the unparseable and unclosed notes remain, so the exit code is 1", () => {
		const { code, stdout } = cli("check", vault.root, "--fix", "--write", "--json");
		expect(code).toBe(1);
		const report = json<{ repairs: { path: string; status: string }[]; problems: { path: string; code: string }[] }>(stdout);
		const fixable = vault.expected.broken.filter((b) => b.kind === "backslash-fence" || b.kind === "glued-fence");
		expect(report.repairs.map((r) => r.path).sort()).toEqual(fixable.map((b) => b.path).sort());
		expect(report.repairs.every((r) => r.status === "written")).toBe(true);
		expect(new Set(report.problems.map((p) => p.code))).toEqual(new Set(["yaml-invalid", "fence-unclosed"]));
		const report2 = json<{ questions: number; questionsWithoutProperties: number }>(cli("report", vault.root, "--json").stdout);
		expect(report2).toEqual(expect.objectContaining({ questions: vault.expected.questions, questionsWithoutProperties: vault.expected.broken.length - fixable.length }));
	});
});

describe("interview-vault's command line", () => {
	it("--version prints the package's version on stdout", () => {
		const { version } = json<{ version: string }>(readFileSync("package.json", "utf8"));
		expect(cli("--version")).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
	});

	it("<command> --help prints that command's usage and options, and runs nothing", () => {
		const help = cli("due", "--help");
		expect(help.code).toBe(0);
		expect(help.stdout).toContain("Usage: interview-vault due <vault> [--today YYYY-MM-DD] [--new-per-day n] [--json]");
		expect(help.stderr).toBe("");
		expect(cli("query", DEMO_VAULT, "-h").stdout).toContain("query <vault> --note <file.md>");
	});

	it("refuses what it would otherwise ignore: a short option, an extra word, a value given to a switch, a missing value", () => {
		const refusals: [string[], string][] = [
			[["report", DEMO_VAULT, "-x"], "unknown option -x"],
			[["report", DEMO_VAULT, "extra"], 'unexpected word "extra"'],
			[["report", DEMO_VAULT, "--json=true"], "--json is a switch and takes no value"],
			[["due", DEMO_VAULT, "--today"], "--today needs a value"],
			[["due", DEMO_VAULT, "--today", "--json"], "--today needs a value"],
		];
		for (const [args, message] of refusals) {
			const { code, stdout, stderr } = cli(...args);
			expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: "" });
			expect(stderr).toContain(message);
			expect(stderr.trim().split("\n")).toHaveLength(1);
		}
	});

	it("accepts an option's value written after '='", () => {
		const spaced = cli("due", DEMO_VAULT, "--today", "2026-11-23", "--json");
		const joined = cli("due", DEMO_VAULT, "--today=2026-11-23", "--json");
		expect(joined.code).toBe(0);
		expect(joined.stdout).toBe(spaced.stdout);
	});

	it("without a command, prints the usage on stderr and exits 2; `help` prints it on stdout", () => {
		expect(cli()).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("Usage: interview-vault") as string });
		expect(cli("help")).toMatchObject({ code: 0, stdout: expect.stringContaining("Commands:") as string, stderr: "" });
	});
});
