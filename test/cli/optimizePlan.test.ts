import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentedKeys, missingKeys } from "../support/readmeJson";
import { default_w } from "ts-fsrs";
import { formatEntry, logHeader } from "../../src/core/reviewLog/reviewLog";
import { reviewHistories } from "../../src/core/reviewLog/optimizerData";
import { generateReviewLog } from "../support/generateReviewLog";

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join("bin", "interview-vault.cjs"), ...args], { encoding: "utf8" });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Optimized {
	reviews: number;
	enough: boolean;
	current: { parameters: number[]; logLoss: number };
	optimized: { parameters: number[]; logLoss: number };
	written: boolean;
}

describe("interview-vault optimize on a generated log of 2,000 reviews", () => {
	let vault: string;
	const settingsFile = () => join(vault, ".obsidian", "plugins", "interview-vault", "data.json");

	beforeAll(() => {
		vault = mkdtempSync(join(tmpdir(), "iv-optimize-"));
		mkdirSync(join(vault, "Interview Vault", "Review log"), { recursive: true });
		mkdirSync(join(vault, ".obsidian", "plugins", "interview-vault"), { recursive: true });
		const log = generateReviewLog(2000);
		writeFileSync(join(vault, "Interview Vault", "Review log", "generated.md"), logHeader("generated") + log.map(formatEntry).join(""));
		writeFileSync(settingsFile(), JSON.stringify({ settingsVersion: 2, newPerDay: 7, scheduling: { desiredRetention: 0.85 } }));
	});
	afterAll(() => rmSync(vault, { recursive: true, force: true }));

	it("the generated log holds 2,000 reviews, one a day at most per question", () => {
		expect(reviewHistories(generateReviewLog(2000)).reduce((sum, h) => sum + h.length, 0)).toBe(2000);
	});

	it("finds parameters other than the defaults, with a lower log-loss on that log, and prints both", () => {
		const { code, stdout, stderr } = cli("optimize", vault);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		const [, before, after] = /in use\s+log-loss (\d\.\d+).*\n\s+optimized\s+log-loss (\d\.\d+)/.exec(stdout) ?? [];
		expect(Number(after)).toBeLessThan(Number(before));
		expect(stdout).toContain("2000 reviews");
		expect(stdout).toContain("Run again with --write");
		const result = JSON.parse(cli("optimize", vault, "--json").stdout) as Optimized;
		expect(missingKeys(result, documentedKeys("optimize"))).toEqual([]);
		expect(result.enough).toBe(true);
		expect(result.current.parameters).toEqual([...default_w]);
		expect(result.optimized.parameters).toHaveLength(21);
		expect(result.optimized.parameters).not.toEqual(result.current.parameters);
		expect(result.optimized.logLoss).toBeLessThan(result.current.logLoss);
		expect(JSON.parse(readFileSync(settingsFile(), "utf8"))).toEqual({ settingsVersion: 2, newPerDay: 7, scheduling: { desiredRetention: 0.85 } });
	});

	it("--write puts them into the plugin's settings and changes nothing else there", () => {
		const result = JSON.parse(cli("optimize", vault, "--write", "--json").stdout) as Optimized;
		expect(result.written).toBe(true);
		const saved = JSON.parse(readFileSync(settingsFile(), "utf8")) as { newPerDay: number; scheduling: { desiredRetention: number; fsrsParameters: number[] } };
		expect(saved).toEqual({ settingsVersion: 2, newPerDay: 7, scheduling: { desiredRetention: 0.85, fsrsParameters: result.optimized.parameters } });
		// Now in use: a second run starts from them.
		const again = JSON.parse(cli("optimize", vault, "--json").stdout) as Optimized;
		expect(again.current.parameters).toEqual(result.optimized.parameters);
	});

	it("says plainly when the log is too short to learn from", () => {
		const empty = mkdtempSync(join(tmpdir(), "iv-optimize-empty-"));
		try {
			const { code, stdout } = cli("optimize", empty);
			expect(code).toBe(0);
			expect(stdout).toContain("nothing to learn from. FSRS's defaults stay in use.");
			expect(JSON.parse(cli("optimize", empty, "--json").stdout)).toMatchObject({ reviews: 0, enough: false, optimized: null, written: false });
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});

describe("interview-vault plan", () => {
	it("prints the plan to the day given with --date, and the same as JSON", () => {
		const text = cli("plan", "test/fixtures/demo-vault", "--date", "2026-12-13", "--today", "2026-11-23");
		expect(text.code).toBe(0);
		const { questions } = JSON.parse(cli("report", "test/fixtures/demo-vault", "--json").stdout) as { questions: number };
		expect(text.stdout).toContain(`Plan to the interview on 2026-12-13 (20 days left), all questions: 12 of ${questions} introduced`);
		expect(text.stdout).toMatch(/\n2026-12-12\s+0\s+\d+\s+review only\n?$/);
		const plan = JSON.parse(cli("plan", "test/fixtures/demo-vault", "--date", "2026-12-13", "--today", "2026-11-23", "--json").stdout) as {
			days: { day: string; introduce: string[]; reviewOnly: boolean }[];
			total: number;
			introduced: number;
		};
		const introduced = plan.days.flatMap((day) => day.introduce);
		expect(introduced).toHaveLength(plan.total - plan.introduced);
		expect(plan.days.filter((day) => day.reviewOnly).map((day) => day.day)).toEqual(["2026-12-10", "2026-12-11", "2026-12-12"]);
	});

	it("asks for the day when neither --date nor a setting gives one", () => {
		const { code, stderr } = cli("plan", "test/fixtures/demo-vault");
		expect(code).toBe(2);
		expect(stderr).toContain("--date YYYY-MM-DD");
	});
});
