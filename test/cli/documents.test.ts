import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { documentedKeys, missingKeys } from "../support/readmeJson";

const GUIDE = join(process.cwd(), "test/fixtures/documents/service-guide.txt");
const GUIDE_MD = join(process.cwd(), "test/fixtures/documents/service-guide.md");

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join("bin", "interview-vault.cjs"), ...args], { encoding: "utf8" });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function filesUnder(root: string): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else found.push(relative(root, path));
		}
	};
	walk(root);
	return found.sort();
}

let vault = "";
let into = "";
beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "iv-import-"));
	cpSync("test/fixtures/demo-vault", vault, { recursive: true });
	into = join(vault, "Guides", "Service");
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

// Each test runs the CLI as a process several times: on a busy two-core machine that takes seconds.
describe("interview-vault import", { timeout: 60_000 }, () => {
	it("is a dry run without --write: it prints the plan and writes nothing", () => {
		const before = filesUnder(vault);
		const { code, stdout } = cli("import", GUIDE, "--into", into, "--today", "2026-11-23");
		expect(code).toBe(0);
		expect(stdout).toContain("dry run: nothing is written");
		expect(stdout).toContain('Part 3: Service engineering questions for junior candidates → easy (level word "junior")  check: labelled "junior" (easy) but comes after a medium part; change it with --parts 3=<difficulty>');
		expect(stdout).toContain("12 questions: 13 to write, 0 already imported, 0 taken by other files.");
		expect(filesUnder(vault)).toEqual(before);
	});

	it("writes with --write, creates nothing the second time, and --undo removes exactly what it wrote", () => {
		const before = filesUnder(vault);
		const questions = () => (JSON.parse(cli("report", vault, "--json").stdout) as { questions: number }).questions;
		const questionsBefore = questions();
		const written = cli("import", GUIDE, "--into", into, "--write", "--parts", "3=hard", "--today", "2026-11-23", "--json");
		expect(written.code).toBe(0);
		const created = (JSON.parse(written.stdout) as { created: string[] }).created;
		expect(created).toHaveLength(13);
		expect(created.filter((path) => path.endsWith("--hard.md"))).toHaveLength(4);
		expect(readFileSync(join(vault, "Guides/Service/moc-service-guide.md"), "utf8")).toContain("### Part 3: Service engineering questions for junior candidates (hard)");
		expect(questions()).toBe(questionsBefore + 12);

		const again = cli("import", GUIDE, "--into", into, "--write", "--today", "2026-11-24");
		expect(again.stdout).toContain("12 questions: 0 written, 13 already imported, 0 taken by other files.");
		const afterSecond = filesUnder(vault);

		const undone = cli("import", GUIDE, "--into", into, "--undo");
		expect(undone.code).toBe(0);
		expect(undone.stdout).toBe("Undid the import of service-guide.txt: removed 13 notes.\n");
		expect(filesUnder(vault)).toEqual(before.filter((path) => afterSecond.includes(path)));
		// The folders the import made are gone with its notes.
		expect(existsSync(join(vault, "Guides"))).toBe(false);
		expect(cli("import", GUIDE, "--into", into, "--undo").code).toBe(1);
	});

	it("keeps a note edited since the import when undoing", () => {
		cli("import", GUIDE, "--into", into, "--write");
		const edited = join(into, "q-makes-queue-different-stack--service-engineering--easy.md");
		writeFileSync(edited, `${readFileSync(edited, "utf8")}My note.\n`);
		expect(cli("import", GUIDE, "--into", into, "--undo").stdout).toContain("removed 12 notes. Left as they are: Guides/Service/q-makes-queue-different-stack--service-engineering--easy.md (edited since).");
		expect(readFileSync(edited, "utf8")).toMatch(/My note\.\n$/);
		expect(filesUnder(join(vault, "Guides"))).toEqual(["Service/q-makes-queue-different-stack--service-engineering--easy.md"]);
	});

	it("undo leaves a folder that was there before the import, and one the user put a file into since", () => {
		mkdirSync(join(vault, "Guides"));
		cli("import", GUIDE, "--into", into, "--write");
		cli("import", GUIDE, "--into", into, "--undo");
		expect(readdirSync(join(vault, "Guides"))).toEqual([]);

		cli("import", GUIDE, "--into", into, "--write");
		writeFileSync(join(into, "my-own.md"), "Mine.\n");
		expect(cli("import", GUIDE, "--into", into, "--undo").stdout).toBe("Undid the import of service-guide.txt: removed 13 notes.\n");
		expect(filesUnder(join(vault, "Guides"))).toEqual(["Service/my-own.md"]);
	});

	it("never overwrites a file at a planned name; --beside writes next to it", () => {
		mkdirSync(into, { recursive: true });
		const taken = join(into, "q-makes-queue-different-stack--service-engineering--easy.md");
		writeFileSync(taken, "Mine.\n");
		const skipped = cli("import", GUIDE, "--into", into, "--write");
		expect(skipped.stdout).toContain("skipped   Guides/Service/q-makes-queue-different-stack--service-engineering--easy.md (a file is there; --beside writes it as Guides/Service/q-makes-queue-different-stack-2--service-engineering--easy.md)");
		expect(readFileSync(taken, "utf8")).toBe("Mine.\n");
		cli("import", GUIDE, "--into", into, "--undo");
		cli("import", GUIDE, "--into", into, "--write", "--beside");
		expect(readFileSync(taken, "utf8")).toBe("Mine.\n");
		expect(existsSync(join(into, "q-makes-queue-different-stack-2--service-engineering--easy.md"))).toBe(true);
	});

	it("imports the Markdown-headings variant into the same notes", () => {
		const names = (document: string) => (JSON.parse(cli("import", document, "--into", into, "--json").stdout) as { notes: { path: string }[] }).notes.map((note) => note.path);
		expect(names(GUIDE_MD)).toEqual(names(GUIDE));
	});

	it("explains a wrong command line or a document without questions, writing nothing", () => {
		const before = filesUnder(vault);
		expect(cli("import", GUIDE).stderr).toContain("--into <folder> names where the notes go");
		expect(cli("import", join(vault, "missing.txt"), "--into", into).stderr).toContain("cannot read the document");
		expect(cli("import", GUIDE, "--into", into, "--parts", "3=impossible").stderr).toContain("--parts takes part=difficulty pairs such as 3=hard");
		expect(cli("import", GUIDE, "--into", join(tmpdir(), "elsewhere"), "--vault", vault).code).toBe(2);
		const empty = cli("import", join(vault, "Welcome.md"), "--into", into, "--write");
		expect(empty.code).toBe(1);
		expect(empty.stderr).toContain('no questions found in Welcome.md: each question needs a line like "Q1. …"');
		expect(filesUnder(vault)).toEqual(before);
	});
});

describe("interview-vault coverage", { timeout: 60_000 }, () => {
	beforeEach(() => cpSync("test/fixtures/documents/topic-checklist.md", join(vault, "Plans", "topic-checklist.md")));

	it("lists every checklist topic with its state, and --json the same", () => {
		const { code, stdout } = cli("coverage", vault, "--checklist", "Plans/topic-checklist.md");
		expect(code).toBe(0);
		expect(stdout).toContain("Storage and Databases: 4 topics; 1 without a question, 2 done but below the bar, 0 strong but not marked done");
		expect(stdout).toContain("  [x] Indexes and query plans  done, below the bar, 3 questions, average 2.00 over 1 graded  (line 2)");
		expect(stdout).toContain("  [ ] Graph databases  no question  (line 8)");
		type Json = { themes: { topics: { topic: string; state: string }[] }[] };
		const json = JSON.parse(cli("coverage", vault, "--checklist", "Plans/topic-checklist.md", "--json").stdout) as Json;
		expect(missingKeys(json, documentedKeys("coverage"))).toEqual([]);
		const topics = json.themes.flatMap((theme) => theme.topics);
		const inState = (state: string) => topics.filter((topic) => topic.state === state).map((topic) => topic.topic);
		expect(inState("missing")).toEqual(["Graph databases", "Service discovery", "Chaos engineering"]);
		expect(inState("done-but-weak")).toEqual(["Indexes and query plans", "Database sharding"]);
		expect(inState("strong-not-done")).toEqual(["HTTP methods and status codes", "Authentication (OAuth, JWT, sessions)", "Locking: optimistic, pessimistic"]);
	});

	it("says so when the checklist is missing or has no themes", () => {
		expect(cli("coverage", vault, "--checklist", "nowhere.md").stderr).toContain("The topic checklist nowhere.md was not found");
		expect(cli("coverage", vault).stderr).toContain("--checklist <note.md> names the topic checklist");
		expect(cli("coverage", vault, "--checklist", "Welcome.md").stderr).toContain("Welcome.md has no themes with topics");
	});
});
