import { parseYamlAsObsidian } from "../../src/core/note/yamlEngine";
/**
 * Interview Vault's benchmark suite (issue 6). Bundled and started by test/bench/run.mjs; see
 * test/bench/README.md. Every figure is a median (or p95) over several runs after a warm-up, and
 * is measured in the same run as its baseline, so the ratios hold on a noisy machine.
 */
import { execFileSync } from "child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { createRequire } from "module";
import os from "os";
import { dirname, join } from "path";
import { performance } from "perf_hooks";
import matter from "gray-matter";
import type { CachedMetadata } from "obsidian";
import { listMarkdownFiles, parseFrontmatter } from "../../src/cli/readVault";
import { loadVault } from "../../src/cli/loadVault";
import { parseQuery, runPagedQuery, runQuery, type DataviewPage, type Query } from "../../src/core/dataview";
import { PAGE_SIZE as FIRST_PAGE } from "../../src/ui/views/renderBlock";
import { compactPage } from "../../src/core/dataview/pageData";
import { vaultView } from "../../src/core/dataview/vault";
import { QuestionIndex } from "../../src/core/index/QuestionIndex";
import { analyzeNote, type NoteAnalysis } from "../../src/core/parse/analyzeNote";
import { detachedAnalysis } from "../../src/core/index/retainedAnalysis";
import { findDuplicateKeys, splitFrontmatter } from "../../src/core/note/frontmatterBlock";
import { pathParts, type NoteSnapshot } from "../../src/core/note/NoteSnapshot";
import { scanOutline } from "../../src/core/note/outline";
import { buildMoc } from "../../src/core/moc/buildMoc";
import { buildQuestion } from "../../src/core/question/buildQuestion";
import type { Question } from "../../src/core/question/Question";
import { DEFAULT_RECOGNITION, looksLikeMoc, looksLikeQuestion } from "../../src/core/question/recognition";
import { dueScope } from "../../src/core/quiz/quizScopes";
import { introducedOn } from "../../src/core/question/progress";
import { selectQuestions } from "../../src/core/quiz/selectQuestions";
import { studyPathRanks } from "../../src/core/quiz/studyOrder";
import type { SelfGrade } from "../../src/core/schedule/grades";
import { parseBlockSpec, type BlockSpec } from "../../src/core/views/blockSpec";
import { matchesSpec, runBlock, sortQuestions } from "../../src/core/views/runBlock";
import { snapshotOf } from "../../src/obsidian/readSnapshot";
import { defaultSettings } from "../../src/settings/settings";
import { QuizController, type QuizServices } from "../../src/app/quiz/QuizController";
import { HOSTILE_SHAPES, hostileLine, hostileNote, readLikeThePlugin } from "../support/hostileText";
import { generateBenchVault, removeBenchVault, seededRandom, type BenchVault } from "./generateBenchVault";
import * as searchModule from "./searchModule";
import { SEED_003_QUERIES } from "./seedQueries";
import { parseMetadata } from "../obsidian/metadataCache";
import { parseSavedAnalyses, reuseSaved, serializeAnalyses, type SavedNote } from "../../src/core/index/savedAnalyses";

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
	quick: boolean;
	/** Row groups to run (cold, heap, startup, change, views, paint, quiz-open, next-card, search, dataview, hostile); all when empty. */
	only: string[];
	sizes: number[];
	repo: string;
	out: string;
}

interface RunPlan {
	warmup: number;
	runs: number;
	/** Samples for p95 rows (single changes, keystrokes, next card). */
	samples: number;
	/** Runs of the cold-index comparison, the slowest rows. */
	coldRuns: number;
	/** Runs of the stage-by-stage breakdowns (profiling aid); 0 skips them. Only at the target size. */
	stageRuns: number;
}

const TARGET_SIZE = 10_000;
const QUIZ_TARGET_SIZE = 50_000;
const TODAY = "2025-11-01";
const DATAVIEW_TODAY = "2025-10-20";

function readOptions(argv: readonly string[]): Options {
	const value = (name: string): string | undefined => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
	const quick = argv.includes("--quick");
	const sizes = value("sizes")?.split(",").map((size) => Number(size.replace(/k$/i, "000"))) ?? (quick ? [1_000, 10_000] : [1_000, 10_000, 50_000]);
	const repo = value("repo") ?? process.cwd();
	const only = value("only")?.split(",").filter((key) => key !== "") ?? [];
	return { quick, only, sizes, repo, out: value("out") ?? join(repo, "bench-results", "latest.json") };
}

function planFor(size: number, quick: boolean): RunPlan {
	const stageRuns = size === TARGET_SIZE ? (quick ? 2 : 5) : 0;
	if (quick) return { warmup: 1, runs: 3, samples: 100, coldRuns: 3, stageRuns };
	// 50k: fewer runs, or the suite would not finish in 10 minutes on 2 cores (see README).
	if (size >= 50_000) return { warmup: 1, runs: 3, samples: 200, coldRuns: 3, stageRuns };
	return { warmup: 2, runs: 11, samples: 400, coldRuns: 5, stageRuns };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
/** Results are kept here so no measured work can be optimised away. */
let sink: unknown = null;

export function lastResult(): unknown {
	return sink;
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function timeOnce(fn: () => unknown): number {
	const start = performance.now();
	sink = fn();
	return performance.now() - start;
}

/**
 * Each variant run `runs` times after `warmup` rounds, interleaved (order rotated every round).
 * `gcEach`: a full gc before every run (rows that allocate hundreds of MB); otherwise one gc
 * before the rounds, since a full gc of a heap holding jsdom and the search index costs more
 * than a fast row itself.
 */
function compare(variants: Record<string, () => unknown>, plan: { warmup: number; runs: number }, gcEach = false): Record<string, number[]> {
	const names = Object.keys(variants);
	const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
	gc();
	for (let round = 0; round < plan.warmup + plan.runs; round++) {
		for (let k = 0; k < names.length; k++) {
			const name = names[(round + k) % names.length] as string;
			if (gcEach) gc();
			const elapsed = timeOnce(variants[name] as () => unknown);
			if (round >= plan.warmup) samples[name]?.push(elapsed);
		}
	}
	return samples;
}

function repeat(fn: () => unknown, plan: { warmup: number; runs: number }): number[] {
	return compare({ fn }, plan).fn ?? [];
}

async function repeatAsync(fn: () => Promise<unknown>, plan: { warmup: number; runs: number }): Promise<number[]> {
	const samples: number[] = [];
	gc();
	for (let round = 0; round < plan.warmup + plan.runs; round++) {
		const start = performance.now();
		sink = await fn();
		const elapsed = performance.now() - start;
		if (round >= plan.warmup) samples.push(elapsed);
	}
	return samples;
}

// ---------------------------------------------------------------------------------------------
// Rows

type Verdict = "PASS" | "MISS" | "info" | "n/a" | "error";

interface Row {
	size: number;
	name: string;
	/** "median" or "p95" of `samples`, or a single reading. */
	stat: string;
	unit: "ms" | "MB";
	figure?: number;
	baseline?: { label: string; value: number };
	/** How the ratio reads: figure / baseline, or baseline / figure for "faster than" targets. */
	ratio?: number;
	ratioLabel?: string;
	target?: string;
	verdict: Verdict;
	runs?: number;
	note?: string;
	stages?: Record<string, number>;
}

const rows: Row[] = [];

function addRow(row: Row): void {
	rows.push(row);
	const figure = row.figure === undefined ? "" : `${fmt(row.figure)} ${row.unit}`;
	console.log(`  ${row.name.padEnd(58)} ${figure.padStart(12)}  ${row.verdict}${row.note ? `  (${row.note})` : ""}`);
}

function fmt(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	if (Math.abs(value) >= 100) return value.toFixed(0);
	if (Math.abs(value) >= 10) return value.toFixed(1);
	if (Math.abs(value) >= 1) return value.toFixed(2);
	return value.toFixed(3);
}

/** An absolute target (ms or MB) applies at one vault size; elsewhere the row is information. */
function absolute(size: number, targetSize: number, figure: number, limit: number, unit: string): { target?: string; verdict: Verdict } {
	if (size !== targetSize) return { verdict: "info" };
	return { target: `≤ ${limit} ${unit}`, verdict: figure <= limit ? "PASS" : "MISS" };
}

function stageMedians(stages: Record<string, number[]>): Record<string, number> {
	return Object.fromEntries(Object.entries(stages).map(([name, values]) => [name, round3(median(values))]));
}

function round3(value: number): number {
	return Math.round(value * 1000) / 1000;
}

async function guarded(size: number, name: string, body: () => Promise<void> | void): Promise<void> {
	const start = performance.now();
	try {
		await body();
		console.log(`    [${name}: ${((performance.now() - start) / 1000).toFixed(1)} s]`);
	} catch (error) {
		const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
		console.error(message);
		addRow({ size, name, stat: "-", unit: "ms", verdict: "error", note: message.split("\n")[0] });
	}
}

// ---------------------------------------------------------------------------------------------
// Shared data of one vault

/** Obsidian's TFile, as snapshotOf takes it; the bench builds plain objects of that shape. */
type ObsidianFile = Parameters<typeof snapshotOf>[0];

function fileOf(path: string, stat: { ctime: number; mtime: number; size: number }): ObsidianFile {
	const name = path.slice(path.lastIndexOf("/") + 1);
	const file = { path, name, basename: name.replace(/\.md$/, ""), extension: "md", stat };
	return file as unknown as ObsidianFile;
}

interface VaultData {
	vault: BenchVault;
	index: QuestionIndex;
	texts: Map<string, string>;
	records: CacheRecord[];
}

/** What Obsidian hands the plugin for one file: the TFile, its cached text, its metadata cache entry. */
interface CacheRecord {
	file: ObsidianFile;
	text: string;
	cache: CachedMetadata | null;
}

function fenceYaml(text: string): string | undefined {
	// The floor's split: a first line `---`, up to the next line `---`. No checks beyond that.
	if (!text.startsWith("---\n")) return undefined;
	const end = text.indexOf("\n---", 3);
	return end < 0 ? undefined : text.slice(4, end);
}

function walk(root: string, folder = ""): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
		if (entry.isDirectory()) found.push(...walk(root, path));
		else if (entry.name.endsWith(".md")) found.push(path);
	}
	return found;
}

/** Obsidian's metadata cache: frontmatter parsed with YAML 1.2 core types, none when the fences or YAML are broken. */
function cacheRecord(root: string, path: string): CacheRecord {
	const text = readFileSync(join(root, path), "utf8");
	const stat = statSync(join(root, path));
	const file = fileOf(path, { ctime: stat.birthtimeMs || stat.ctimeMs, mtime: stat.mtimeMs, size: stat.size });
	// The whole entry as the tests' fake metadata cache builds it: frontmatter, its position, headings, links, sections, list items.
	return { file, text, cache: parseMetadata(text) };
}

function indexFromRecords(records: readonly CacheRecord[]): QuestionIndex {
	const index = new QuestionIndex();
	index.replaceAll(records.map((record) => analyzeNote(snapshotOf(record.file, record.text, record.cache), DEFAULT_RECOGNITION)));
	index.questions();
	return index;
}

// ---------------------------------------------------------------------------------------------
// 1. Headless cold index against its floor and gray-matter

function benchColdIndex(data: VaultData, plan: RunPlan): void {
	const { root } = data.vault;
	const size = data.vault.paths.length;
	const product = (): unknown => {
		const index = loadVault(root).index;
		return index.questions().length;
	};
	const floor = (): unknown => floorParse(root);
	const grayMatter = (): unknown => {
		// gray-matter caches by content when called without options; a cold read has no cache.
		(matter as unknown as { clearCache(): void }).clearCache();
		const parsed: unknown[] = [];
		for (const path of walk(root)) {
			try {
				parsed.push(matter(readFileSync(join(root, path), "utf8")).data);
			} catch {
				parsed.push(null);
			}
		}
		return parsed;
	};
	const samples = compare({ product, floor, grayMatter }, { warmup: 1, runs: plan.coldRuns }, true);
	const figure = median(samples.product ?? []);
	const floorMs = median(samples.floor ?? []);
	const grayMs = median(samples.grayMatter ?? []);
	const stages = plan.stageRuns > 0 ? coldStages(root, { warmup: 0, runs: plan.stageRuns }) : undefined;
	const onTarget = size === TARGET_SIZE;
	const floorRatio = figure / floorMs;
	addRow({
		size, name: "headless cold index vs floor (read + js-yaml)", stat: "median", unit: "ms", figure, runs: plan.coldRuns,
		baseline: { label: "floor", value: floorMs }, ratio: floorRatio, ratioLabel: `${floorRatio.toFixed(2)}× floor`,
		target: onTarget ? "≤ 1.3× floor" : undefined, verdict: onTarget ? (floorRatio <= 1.3 ? "PASS" : "MISS") : "info", stages,
	});
	const speedUp = grayMs / figure;
	addRow({
		size, name: "headless cold index vs gray-matter default engine", stat: "median", unit: "ms", figure, runs: plan.coldRuns,
		baseline: { label: "gray-matter", value: grayMs }, ratio: speedUp, ratioLabel: `${speedUp.toFixed(2)}× faster`,
		target: onTarget ? "≥ 2× faster" : undefined, verdict: onTarget ? (speedUp >= 2 ? "PASS" : "MISS") : "info",
	});
}

/** The cold index taken apart, stage by stage, to show where the time over the floor goes. */
function coldStages(root: string, plan: { warmup: number; runs: number }): Record<string, number> {
	const stages: Record<string, number[]> = {};
	const record = (name: string, ms: number): void => {
		(stages[name] ??= []).push(ms);
	};
	for (let round = 0; round < plan.warmup + plan.runs; round++) {
		gc();
		let start = performance.now();
		const paths = listMarkdownFiles(root);
		const listed = performance.now() - start;
		start = performance.now();
		const texts = paths.map((path) => readFileSync(join(root, path), "utf8"));
		const read = performance.now() - start;
		start = performance.now();
		const stats = paths.map((path) => statSync(join(root, path)));
		const stat = performance.now() - start;
		start = performance.now();
		const blocks = texts.map((text) => splitFrontmatter(text));
		const split = performance.now() - start;
		start = performance.now();
		for (const block of blocks) {
			if (block.kind !== "yaml" || block.yaml.trim() === "") continue;
			try {
				sink = parseYamlAsObsidian(block.yaml);
			} catch {
				sink = null;
			}
		}
		const yamlOnly = performance.now() - start;
		start = performance.now();
		const snapshots: NoteSnapshot[] = texts.map((text, i) => {
			const s = stats[i];
			return { path: paths[i] ?? "", text, ctime: s ? s.birthtimeMs || s.ctimeMs : 0, mtime: s?.mtimeMs ?? 0, ...parseFrontmatter(text) };
		});
		const parse = performance.now() - start;
		start = performance.now();
		// As loadVault: the text is not kept (the index then reads no body data from it).
		const analyses = snapshots.map((snapshot) => withoutText(analyzeNote(snapshot, DEFAULT_RECOGNITION)));
		const analyze = performance.now() - start;
		start = performance.now();
		const index = new QuestionIndex();
		index.upsertMany(analyses);
		sink = index.questions();
		const build = performance.now() - start;
		if (round < plan.warmup) continue;
		record("list files", listed);
		record("readFileSync", read);
		record("statSync", stat);
		record("parseFrontmatter (js-yaml core, block split once)", parse);
		record("  of which js-yaml load alone", yamlOnly);
		record("  of which splitFrontmatter alone", split);
		record("analyzeNote (+ made fit to keep, text dropped, as loadVault)", analyze);
		record("upsertMany + questions()", build);
	}
	return stageMedians(stages);
}

function withoutText(analysis: NoteAnalysis): NoteAnalysis {
	const { text: _text, ...page } = analysis.page;
	analysis.page = page;
	return detachedAnalysis(analysis);
}

// ---------------------------------------------------------------------------------------------
// 2. Headless heap, in a fresh process

function benchHeap(data: VaultData, self: string): void {
	const size = data.vault.paths.length;
	const output = execFileSync(process.execPath, ["--expose-gc", self, `--heap-child=${data.vault.root}`], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
	const reading = JSON.parse(output.trim().split("\n").pop() ?? "{}") as { before: number; after: number; peak: number };
	const mb = (bytes: number): number => bytes / 1024 / 1024;
	const vaultMb = mb(data.vault.bytes);
	const total = mb(reading.after);
	const retained = mb(reading.after - reading.before);
	addRow({
		size, name: "headless heap: process total after gc, index loaded", stat: "one reading", unit: "MB", figure: total,
		baseline: { label: "vault on disk", value: vaultMb }, ratio: total / vaultMb, ratioLabel: `${(total / vaultMb).toFixed(2)}× vault`,
		...absolute(size, TARGET_SIZE, total, 150, "MB"), note: `${mb(reading.peak).toFixed(0)} MB right after the read, before gc`,
	});
	addRow({
		size, name: "headless heap: retained by the index after gc", stat: "one reading", unit: "MB", figure: retained,
		baseline: { label: "vault on disk", value: vaultMb }, ratio: retained / vaultMb, ratioLabel: `${(retained / vaultMb).toFixed(2)}× vault`,
		...absolute(size, TARGET_SIZE, retained, 150, "MB"),
	});
}

/**
 * CLI peak memory: the resident set's high-water mark of a fresh process that loads the vault as
 * every command does, against a fresh process running the floor script (walk, read, js-yaml).
 */
function benchPeakMemory(vault: BenchVault, self: string): void {
	const size = vault.paths.length;
	const peak = (mode: string): number => {
		const output = execFileSync(process.execPath, [self, `--rss-child=${mode}:${vault.root}`], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
		return (JSON.parse(output.trim().split("\n").pop() ?? "{}") as { maxRSS: number }).maxRSS / 1024;
	};
	// Interleaved, as every other row: product, floor, product, floor.
	const product: number[] = [];
	const floor: number[] = [];
	for (let round = 0; round < 2; round++) {
		product.push(peak("cli"));
		floor.push(peak("floor"));
	}
	const figure = median(product);
	const base = median(floor);
	const onTarget = size === QUIZ_TARGET_SIZE;
	addRow({
		size, name: "CLI peak memory (max RSS, loadVault in a fresh process)", stat: "median", unit: "MB", figure,
		baseline: { label: "floor script's max RSS", value: base }, ratio: figure / base, ratioLabel: `${(figure / base).toFixed(2)}× floor`,
		target: onTarget ? "≤ 2× floor" : undefined, verdict: onTarget ? (figure / base <= 2 ? "PASS" : "MISS") : "info",
	});
}

/** The floor of a headless index: read every note and hand its frontmatter block to js-yaml, nothing else. */
function floorParse(root: string): unknown[] {
	const parsed: unknown[] = [];
	for (const path of walk(root)) {
		const yaml = fenceYaml(readFileSync(join(root, path), "utf8"));
		if (yaml === undefined) continue;
		try {
			parsed.push(parseYamlAsObsidian(yaml));
		} catch {
			parsed.push(null);
		}
	}
	return parsed;
}

function rssChild(argument: string): void {
	const colon = argument.indexOf(":");
	const mode = argument.slice(0, colon);
	const root = argument.slice(colon + 1);
	if (mode === "cli") {
		sink = loadVault(root).index.questions().length;
	} else {
		sink = floorParse(root);
	}
	console.log(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
}

function heapChild(root: string): void {
	gc();
	gc();
	const before = process.memoryUsage().heapUsed;
	const index = loadVault(root).index;
	index.questions();
	// Before collecting: the read's garbage (texts, YAML) is still on the heap.
	const peak = process.memoryUsage().heapUsed;
	gc();
	gc();
	const after = process.memoryUsage().heapUsed;
	sink = index;
	console.log(JSON.stringify({ before, after, peak, questions: index.questions().length }));
}

// ---------------------------------------------------------------------------------------------
// 3. The plugin's start-up: the index built from metadata-cache records

/** The issue's bare baseline: one small object per note, a Map of them, a sort of the paths. */
function bareIndex(records: readonly CacheRecord[]): unknown {
	const map = new Map<string, { path: string; title: string; mtime: number; size: number }>();
	for (const { file } of records) map.set(file.path, { path: file.path, title: file.basename, mtime: file.stat.mtime, size: file.stat.size });
	return [...map.keys()].sort();
}

const DEPENDS_ON = "bench";

async function benchStartup(data: VaultData, plan: RunPlan): Promise<void> {
	const size = data.vault.paths.length;
	const onTarget = size === TARGET_SIZE;
	const samples = compare({ product: () => indexFromRecords(data.records), baseline: () => bareIndex(data.records) }, plan, true);
	const figure = median(samples.product ?? []);
	const baseline = median(samples.baseline ?? []);
	const stages = plan.stageRuns > 0 ? startupStages(data.records, { warmup: 1, runs: plan.stageRuns }) : undefined;
	const coldRatio = figure / baseline;
	addRow({
		size, name: "start-up (cold): index from metadata-cache records", stat: "median", unit: "ms", figure, runs: plan.runs,
		baseline: { label: "one object per note + Map + sort", value: baseline }, ratio: coldRatio, ratioLabel: `${coldRatio.toFixed(1)}× baseline`,
		target: onTarget ? "≤ 3× baseline" : undefined, verdict: onTarget ? (coldRatio <= 3 ? "PASS" : "MISS") : "info", stages,
	});
	benchWarmStart(data, plan, baseline);
	await benchSlicedStartup(data, plan, figure);
}

/**
 * The warm start: the analyses saved by the last start-up (serialised and parsed as AnalysisStore
 * does), 1% of the notes changed since (a later mtime), the rest reused; VaultIndexer's loop.
 */
function benchWarmStart(data: VaultData, plan: RunPlan, baseline: number): void {
	const size = data.vault.paths.length;
	const onTarget = size === TARGET_SIZE;
	const cold = data.records.map((record) => analyzeNote(snapshotOf(record.file, record.text, record.cache), DEFAULT_RECOGNITION));
	const json = serializeAnalyses(cold.map((analysis, i) => ({ key: keyOf(data.records[i] as CacheRecord), analysis })), DEPENDS_ON);
	// 1% changed since: every hundredth file has a newer modification time.
	const records = data.records.map((record, i) => (i % 100 === 0 ? { ...record, file: fileOf(record.file.path, { ...record.file.stat, mtime: record.file.stat.mtime + 1000 }) } : record));
	const warm = (saved: Map<string, SavedNote>): unknown => {
		const analyses = records.map((record) => reuseSaved(saved.get(record.file.path), keyOf(record), record.text) ?? analyzeNote(snapshotOf(record.file, record.text, record.cache), DEFAULT_RECOGNITION));
		const index = new QuestionIndex();
		index.replaceAll(analyses);
		return index.questions().length;
	};
	const parsed = parseSavedAnalyses(json, DEPENDS_ON);
	const samples = compare({
		withRead: () => warm(parseSavedAnalyses(json, DEPENDS_ON)),
		reuse: () => warm(parsed),
		parse: () => parseSavedAnalyses(json, DEPENDS_ON).size,
		baseline: () => bareIndex(data.records),
	}, plan, true);
	const withRead = median(samples.withRead ?? []);
	const reuse = median(samples.reuse ?? []);
	const base = median(samples.baseline ?? [baseline]);
	for (const [name, figure] of [["start-up (warm, 1% changed): saved file parsed + reuse", withRead], ["start-up (warm, 1% changed): reuse, saved file already parsed", reuse]] as const) {
		const ratio = figure / base;
		addRow({
			size, name, stat: "median", unit: "ms", figure, runs: plan.runs,
			baseline: { label: "one object per note + Map + sort", value: base }, ratio, ratioLabel: `${ratio.toFixed(1)}× baseline`,
			target: onTarget ? "≤ 50 ms and ≤ 1.5× baseline" : undefined, verdict: onTarget ? (figure <= 50 && ratio <= 1.5 ? "PASS" : "MISS") : "info",
			note: `saved file ${(json.length / 1e6).toFixed(1)} MB, JSON.parse + checks ${fmt(median(samples.parse ?? []))} ms`,
		});
	}
}

function keyOf(record: CacheRecord): { mtime: number; size: number } {
	return { mtime: record.file.stat.mtime, size: record.file.stat.size };
}

/** VaultIndexer's loop: analysis in slices of at most 12 ms with setTimeout(0) between; the longest task is the longest slice or the final replaceAll. */
async function benchSlicedStartup(data: VaultData, plan: RunPlan, unsliced: number): Promise<void> {
	const size = data.vault.paths.length;
	let longest = 0;
	let yields = 0;
	const sliced = await repeatAsync(async () => {
		const analyses: NoteAnalysis[] = [];
		let sliceStart = performance.now();
		for (const record of data.records) {
			analyses.push(analyzeNote(snapshotOf(record.file, record.text, record.cache), DEFAULT_RECOGNITION));
			if (performance.now() - sliceStart < 12) continue;
			longest = Math.max(longest, performance.now() - sliceStart);
			yields++;
			await new Promise((resolve) => setTimeout(resolve, 0));
			sliceStart = performance.now();
		}
		const index = new QuestionIndex();
		index.replaceAll(analyses);
		index.setReadiness({ state: "ready" });
		longest = Math.max(longest, performance.now() - sliceStart);
		return index.questions().length;
	}, { warmup: 1, runs: Math.min(plan.runs, 3) });
	const figure = median(sliced);
	addRow({
		size, name: "start-up wall clock, sliced like VaultIndexer (12 ms slices)", stat: "median", unit: "ms", figure,
		baseline: { label: "unsliced, row above", value: unsliced }, ratioLabel: `${(figure / unsliced).toFixed(2)}× unsliced`,
		verdict: "info", runs: sliced.length, note: `${Math.round(yields / (sliced.length + 1))} yields to the event loop per start-up`,
	});
	addRow({
		size, name: "longest main-thread task during start-up", stat: "max", unit: "ms", figure: longest,
		baseline: { label: "slice budget", value: 12 }, ratioLabel: `${(longest / 12).toFixed(2)}× budget`,
		...absolute(size, TARGET_SIZE, longest, 50, "ms"),
	});
}

/**
 * The start-up taken apart with the same functions analyzeNote calls, one stage over all notes at
 * a time: where the time per note goes (broken notes are counted in every stage, so the parts add
 * up to a little more than analyzeNote).
 */
function startupStages(records: readonly CacheRecord[], plan: { warmup: number; runs: number }): Record<string, number> {
	const stages: Record<string, number[]> = {};
	const record = (name: string, ms: number): void => {
		(stages[name] ??= []).push(ms);
	};
	for (let round = 0; round < plan.warmup + plan.runs; round++) {
		gc();
		let start = performance.now();
		const snapshots = records.map((entry) => snapshotOf(entry.file, entry.text, entry.cache));
		const snap = performance.now() - start;
		start = performance.now();
		const analyses = snapshots.map((snapshot) => analyzeNote(snapshot, DEFAULT_RECOGNITION));
		const analyze = performance.now() - start;
		start = performance.now();
		const blocks = snapshots.map((snapshot) => splitFrontmatter(snapshot.text));
		const split = performance.now() - start;
		start = performance.now();
		for (const block of blocks) if (block.kind === "yaml") sink = findDuplicateKeys(block.yaml);
		const duplicates = performance.now() - start;
		start = performance.now();
		const outlines = blocks.map((block) => scanOutline(block.body, block.bodyStartLine));
		const outline = performance.now() - start;
		start = performance.now();
		snapshots.forEach((snapshot, i) => {
			const frontmatter = snapshot.frontmatter ?? {};
			const outlineOf = outlines[i] ?? { headings: [], links: [], codeBlocks: [] };
			const { basename } = pathParts(snapshot.path);
			if (looksLikeMoc(basename, frontmatter)) sink = buildMoc(snapshot, frontmatter, outlineOf);
			else if (looksLikeQuestion(snapshot.path, basename, frontmatter, DEFAULT_RECOGNITION)) {
				const block = blocks[i];
				const body = { lines: () => (block?.body ?? "").split("\n"), startLine: block?.bodyStartLine ?? 1 };
				sink = buildQuestion(snapshot, frontmatter, outlineOf, body, DEFAULT_RECOGNITION);
			}
		});
		const build = performance.now() - start;
		start = performance.now();
		const index = new QuestionIndex();
		index.replaceAll(analyses);
		sink = index.questions();
		const indexing = performance.now() - start;
		if (round < plan.warmup) continue;
		record("snapshotOf (structure from the cache; parseYaml only for broken YAML)", snap);
		record("analyzeNote, in all", analyze);
		record("  (text path, the CLI's) splitFrontmatter", split);
		record("  (not called) findDuplicateKeys", duplicates);
		record("  (text path, the CLI's) scanOutline", outline);
		record("  buildQuestion / buildMoc", build);
		record("replaceAll + questions()", indexing);
	}
	return stageMedians(stages);
}

// ---------------------------------------------------------------------------------------------
// 4. One note changed: index + search update

interface SearchSetup {
	engine: searchModule.SearchEngineLike;
	readText: (path: string) => string | undefined;
	buildMs: number;
}

function makeSearch(data: VaultData): SearchSetup | undefined {
	const Search = searchModule.QuestionSearch;
	const textOf = searchModule.questionSearchText;
	if (Search === undefined || textOf === undefined) return undefined;
	const readText = (path: string): string | undefined => {
		const text = data.texts.get(path);
		const title = data.index.question(path)?.title ?? path;
		return text === undefined ? undefined : textOf(text, title);
	};
	const engine = new Search();
	const buildMs = timeOnce(() => engine.sync(data.index, readText));
	return { engine, readText, buildMs };
}

/** A learner's edit as Obsidian reports it: new text, new frontmatter, new mtime. */
function editedRecord(record: CacheRecord, n: number): CacheRecord {
	const grade = 1 + (n % 5);
	const frontmatter = { ...(record.cache?.frontmatter ?? {}), quiz_grade: grade, quiz_reviewed: TODAY, quiz_status: "review" };
	const text = `${record.text}\nEdited ${n}: one more sentence about the answer.\n`;
	const stat = { ...record.file.stat, mtime: record.file.stat.mtime + 1000 * (n + 1) };
	return { file: fileOf(record.file.path, stat), text, cache: { frontmatter } };
}

function benchOneChange(data: VaultData, plan: RunPlan, search: SearchSetup | undefined): void {
	const size = data.vault.paths.length;
	const random = seededRandom(size + 4);
	const questionRecords = data.records.filter((record) => data.index.question(record.file.path) !== undefined);
	const edits = Array.from({ length: plan.samples + 50 }, (_, n) => {
		const record = questionRecords[Math.floor(random() * questionRecords.length)];
		if (!record) throw new Error("the vault has no question notes");
		return editedRecord(record, n);
	});
	const stages: Record<string, number[]> = { analyzeNote: [], upsert: [], "questions() after the change": [], "search sync": [] };
	const totals: number[] = [];
	const baselines: number[] = [];
	edits.forEach((edit, n) => {
		const t0 = performance.now();
		const analysis = analyzeNote(snapshotOf(edit.file, edit.text, edit.cache), DEFAULT_RECOGNITION);
		const t1 = performance.now();
		data.index.upsert(analysis);
		const t2 = performance.now();
		sink = data.index.questions();
		const t3 = performance.now();
		if (search) {
			data.texts.set(edit.file.path, edit.text);
			search.engine.sync(data.index, search.readText);
		}
		const t4 = performance.now();
		// Baseline: replacing one entry of a plain Map keyed by path.
		const b0 = performance.now();
		const map = new Map<string, unknown>([[edit.file.path, null]]);
		map.set(edit.file.path, edit.cache);
		sink = map;
		const b1 = performance.now();
		if (n < 50) return;
		totals.push(t4 - t0);
		baselines.push(b1 - b0);
		stages.analyzeNote?.push(t1 - t0);
		stages.upsert?.push(t2 - t1);
		stages["questions() after the change"]?.push(t3 - t2);
		stages["search sync"]?.push(t4 - t3);
	});
	const figure = percentile(totals, 95);
	const stageP95 = Object.fromEntries(Object.entries(stages).flatMap(([name, values]) => [
		[`${name} (median)`, round3(median(values))],
		[`${name} (p95)`, round3(percentile(values, 95))],
	]));
	addRow({
		size, name: `one note changed: index ${search ? "+ search " : ""}update (p95)`, stat: "p95", unit: "ms", figure, runs: totals.length,
		baseline: { label: "Map.set", value: percentile(baselines, 95) }, ratioLabel: `${(figure / percentile(baselines, 95)).toFixed(0)}× baseline`,
		...absolute(size, TARGET_SIZE, figure, 1, "ms"), stages: { ...stageP95, "total (median)": round3(median(totals)) },
		note: search ? undefined : "search n/a (module missing)",
	});
}

// ---------------------------------------------------------------------------------------------
// 5. Views: group and sort; first paint

function spec(source: string): BlockSpec {
	const result = parseBlockSpec(source, (yaml) => parseYamlAsObsidian(yaml));
	if (!result.ok) throw new Error(result.message);
	return result.spec;
}

function plainSortBaseline(questions: readonly Question[]): () => unknown {
	return () => questions.map((q) => ({ q, key: q.title.toLowerCase() })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function benchGroupSort(data: VaultData, plan: RunPlan): void {
	const size = data.vault.paths.length;
	const questions = data.index.questions();
	const views: [string, string][] = [
		["view: group by difficulty, sort by title", "group-by: difficulty\nsort: title"],
		["view: group by subtopic, sort -difficulty, title", "group-by: subtopic\nsort: [-difficulty, title]"],
	];
	for (const [name, source] of views) {
		const blockSpec = spec(source);
		const samples = compare({ product: () => runBlock(blockSpec, questions), baseline: plainSortBaseline(questions) }, plan);
		const figure = median(samples.product ?? []);
		const baseline = median(samples.baseline ?? []);
		addRow({
			size, name: `${name} (${questions.length} questions)`, stat: "median", unit: "ms", figure, runs: plan.runs,
			baseline: { label: "Array.sort by title", value: baseline }, ratio: figure / baseline, ratioLabel: `${(figure / baseline).toFixed(1)}× baseline`,
			...absolute(size, TARGET_SIZE, figure, 30, "ms"), stages: plan.stageRuns > 0 ? viewStages(blockSpec, questions, { warmup: 1, runs: plan.stageRuns }) : undefined,
		});
	}
}

/** runBlock's steps timed apart, interleaved with runBlock itself: filter (matchesSpec), sort (sortQuestions), grouping (the rest). */
function viewStages(blockSpec: BlockSpec, questions: readonly Question[], plan: { warmup: number; runs: number }): Record<string, number> {
	const keys = blockSpec.sort.length > 0 ? blockSpec.sort : [{ column: "title" as const, descending: false }];
	const matching = questions.filter((question) => matchesSpec(question, blockSpec));
	const samples = compare({
		all: () => runBlock(blockSpec, questions),
		filter: () => questions.filter((question) => matchesSpec(question, blockSpec)),
		sort: () => sortQuestions(matching, keys),
	}, plan);
	const all = median(samples.all ?? []);
	const filter = median(samples.filter ?? []);
	const sort = median(samples.sort ?? []);
	return {
		"runBlock, in all": round3(all), "filter (matchesSpec)": round3(filter), "sort (sortQuestions)": round3(sort),
		"grouping (runBlock − filter − sort)": round3(Math.max(0, all - filter - sort)),
	};
}

let domReady: Promise<Document> | null = null;
const XHTML = "http://www.w3.org/1999/xhtml";

/** jsdom as the tests use it, with Obsidian's DOM helpers from test/setup/dom.ts on its prototypes. */
function setUpDom(): Promise<Document> {
	domReady ??= (async () => {
		const require = createRequire(import.meta.url);
		const { JSDOM } = require("jsdom") as { JSDOM: new (html: string, options?: object) => { window: Window & typeof globalThis } };
		const { window } = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
		const globals = globalThis as unknown as Record<string, unknown>;
		for (const name of ["window", "document", "Node", "Element", "HTMLElement", "HTMLButtonElement", "DocumentFragment", "Event", "MouseEvent", "getComputedStyle"] as const) {
			globals[name] = name === "window" ? window : (window as unknown as Record<string, unknown>)[name];
		}
		await import("../setup/dom");
		return window.document;
	})();
	return domReady;
}

async function benchFirstPaint(data: VaultData, plan: RunPlan): Promise<void> {
	const size = data.vault.paths.length;
	const document = await setUpDom();
	const { renderBlockResult } = await import("../../src/ui/views/renderBlock");
	const questions = data.index.questions();
	const blockSpec = spec("view: table\ngroup-by: difficulty");
	const links = { open: (): void => undefined, hover: (): void => undefined };
	const host = document.body;
	host.empty();
	// Each paint draws into a fresh container; the previous one is detached in one step.
	const paint = (): unknown => {
		host.lastElementChild?.detach();
		const container = host.createDiv();
		renderBlockResult(container, runBlock(blockSpec, questions), links);
		return container;
	};
	paint();
	const drawn = host.querySelectorAll("tbody tr").length;
	const columns = blockSpec.columns.length;
	// Baseline: the same number of table rows and cells, built with bare DOM calls and no grouping or sorting.
	const bare = (): unknown => {
		host.lastElementChild?.detach();
		const make = (tag: string): Element => document.createElementNS(XHTML, tag);
		const table = host.appendChild(make("table"));
		const body = table.appendChild(make("tbody"));
		for (let r = 0; r < drawn; r++) {
			const row = body.appendChild(make("tr"));
			for (let c = 0; c < columns; c++) row.appendChild(make("td")).textContent = questions[r]?.title ?? "";
		}
		return table;
	};
	const samples = compare({ product: paint, baseline: bare }, plan);
	const result = runBlock(blockSpec, questions);
	const stagePlan = { warmup: 1, runs: Math.max(plan.stageRuns, 3) };
	const renderOnly = repeat(() => {
		host.lastElementChild?.detach();
		renderBlockResult(host.createDiv(), result, links);
	}, stagePlan);
	const blockOnly = plan.stageRuns > 0 ? repeat(() => runBlock(blockSpec, questions), stagePlan) : [];
	host.empty();
	const figure = median(samples.product ?? []);
	const baseline = median(samples.baseline ?? []);
	addRow({
		size, name: `first paint of a ${questions.length}-row view (jsdom)`, stat: "median", unit: "ms", figure, runs: plan.runs,
		baseline: { label: `bare DOM, ${drawn} rows`, value: baseline }, ratio: figure / baseline, ratioLabel: `${(figure / baseline).toFixed(1)}× baseline`,
		...absolute(size, TARGET_SIZE, figure, 150, "ms"), note: `${drawn} rows drawn, the rest behind "Show more"`,
		stages: { ...(blockOnly.length > 0 ? { runBlock: round3(median(blockOnly)) } : {}), renderBlockResult: round3(median(renderOnly)) },
	});
}

// ---------------------------------------------------------------------------------------------
// 6. Quiz: opening a session; next card

function quizServices(data: VaultData): QuizServices {
	let clock = Date.parse(`${TODAY}T09:00:00Z`);
	const random = seededRandom(99);
	return {
		index: data.index,
		settings: () => defaultSettings(),
		readNote: (path) => Promise.resolve(data.texts.get(path)),
		writeProperties: () => Promise.resolve(() => Promise.resolve()),
		appendLog: () => Promise.resolve(),
		removeLog: () => Promise.resolve(),
		loggedGrades: () => Promise.resolve([]),
		repairNote: () => Promise.resolve(),
		deviceName: "bench",
		openNote: () => undefined,
		notify: (message) => {
			throw new Error(message);
		},
		now: () => (clock += 4000),
		random,
	};
}

/** QuizLauncher.begin without the modal, the settings save and the pane: scope, ranks, selection, first card. */
async function openSession(data: VaultData, controller: QuizController, size: number, stages?: Record<string, number[]>): Promise<number> {
	const t0 = performance.now();
	const scope = dueScope(data.index);
	const introduced = introducedOn(data.index.questions(), TODAY);
	const t1 = performance.now();
	const ranks = studyPathRanks(data.index);
	const t2 = performance.now();
	const chosen = selectQuestions(scope.questions, { today: TODAY, size, order: "due-first", newAllowed: 10 - introduced, ranks, random: seededRandom(5) });
	const t3 = performance.now();
	await controller.start(chosen, scope.label);
	const t4 = performance.now();
	stages?.["dueScope + introducedToday"]?.push(t1 - t0);
	stages?.studyPathRanks?.push(t2 - t1);
	stages?.selectQuestions?.push(t3 - t2);
	stages?.["controller.start (first card)"]?.push(t4 - t3);
	return chosen.length;
}

async function benchQuizOpen(data: VaultData, plan: RunPlan): Promise<void> {
	const size = data.vault.paths.length;
	const controller = new QuizController(quizServices(data));
	const stages: Record<string, number[]> = { "dueScope + introducedToday": [], studyPathRanks: [], selectQuestions: [], "controller.start (first card)": [] };
	let chosen = 0;
	const samples = await repeatAsync(async () => {
		chosen = await openSession(data, controller, 20, stages);
	}, plan);
	for (const values of Object.values(stages)) values.splice(0, plan.warmup);
	const questions = data.index.questions();
	const baseline = median(repeat(() => [...questions].sort((a, b) => ((a.learning.due ?? "") < (b.learning.due ?? "") ? -1 : 1)), plan));
	const figure = median(samples);
	addRow({
		size, name: `quiz: open a 20-question session (${chosen} chosen)`, stat: "median", unit: "ms", figure, runs: plan.runs,
		baseline: { label: "Array.sort by due", value: baseline }, ratio: figure / baseline, ratioLabel: `${(figure / baseline).toFixed(1)}× baseline`,
		...absolute(size, TARGET_SIZE, figure, 20, "ms"), stages: stageMedians(stages),
	});
}

async function benchNextCard(data: VaultData, plan: RunPlan): Promise<void> {
	const size = data.vault.paths.length;
	const controller = new QuizController(quizServices(data));
	const grades: SelfGrade[] = [4, 3, 5, 2, 4, 1, 3, 4, 5, 4];
	const samples: number[] = [];
	const baselines: number[] = [];
	let n = 0;
	let wrongCards = 0;
	while (samples.length < plan.samples) {
		if (!controller.session || controller.session.phase === "finished") await openSession(data, controller, 20);
		await controller.reveal();
		const next = controller.session?.paths[(controller.session?.position ?? 0) + 1];
		const start = performance.now();
		await controller.grade(grades[n % grades.length] ?? 4);
		const elapsed = performance.now() - start;
		if (next !== undefined && controller.card?.question.path !== next) wrongCards++;
		// Baseline: fetching the next card's text and splitting it into lines.
		const b0 = performance.now();
		sink = (next === undefined ? "" : (data.texts.get(next) ?? "")).split("\n");
		const b1 = performance.now();
		if (n++ >= 20) {
			samples.push(elapsed);
			baselines.push(b1 - b0);
		}
	}
	const figure = median(samples);
	addRow({
		size, name: "quiz: next card (grade → next card loaded)", stat: "median", unit: "ms", figure, runs: samples.length,
		baseline: { label: "read + split text", value: median(baselines) }, ratio: figure / median(baselines),
		ratioLabel: `${(figure / median(baselines)).toFixed(1)}× baseline`,
		...absolute(size, QUIZ_TARGET_SIZE, figure, 1, "ms"), stages: { p95: round3(percentile(samples, 95)), max: round3(Math.max(...samples)) },
		note: wrongCards > 0 ? `${wrongCards} grades did not load the expected next card` : undefined,
	});
}

// ---------------------------------------------------------------------------------------------
// 7. Search keystroke

const TYPED = ["connection pooling", "idempotncy keys", "MVCC", "шардирование", "cache stampede", "two-phase commit", "sql injection", "rate limit"];

function benchSearch(data: VaultData, plan: RunPlan, search: SearchSetup | undefined): void {
	const size = data.vault.paths.length;
	if (!search) {
		addRow({ size, name: "search keystroke (p95)", stat: "p95", unit: "ms", verdict: "n/a", note: "module missing" });
		return;
	}
	addRow({ size, name: "search: full build (one sync)", stat: "one reading", unit: "ms", figure: search.buildMs, verdict: "info" });
	const keystrokes = TYPED.flatMap((phrase) => Array.from({ length: phrase.length }, (_, k) => phrase.slice(0, k + 1))).filter((text) => text.trim() !== "");
	const titles = data.index.questions().map((q) => q.title.toLowerCase());
	const samples: number[] = [];
	const baselines: number[] = [];
	const lengthOne: number[] = [];
	for (let pass = 0; samples.length < plan.samples; pass++) {
		for (const text of keystrokes) {
			const elapsed = timeOnce(() => search.engine.search(text, 20));
			const needle = text.toLowerCase();
			const baseline = timeOnce(() => titles.filter((title) => title.includes(needle)).slice(0, 20));
			if (pass === 0) continue;
			samples.push(elapsed);
			baselines.push(baseline);
			if (text.length === 1) lengthOne.push(elapsed);
		}
	}
	const figure = percentile(samples, 95);
	const baseline = percentile(baselines, 95);
	addRow({
		size, name: "search keystroke (p95, prefix + fuzzy)", stat: "p95", unit: "ms", figure, runs: samples.length,
		baseline: { label: "titles.includes scan", value: baseline }, ratio: figure / baseline, ratioLabel: `${(figure / baseline).toFixed(1)}× baseline`,
		...absolute(size, TARGET_SIZE, figure, 16, "ms"),
		stages: { median: round3(median(samples)), "first keystroke (1 letter), median": round3(median(lengthOne)), max: round3(Math.max(...samples)) },
	});
}

// ---------------------------------------------------------------------------------------------
// 8. The seed MOC's Dataview queries

function benchDataview(data: VaultData, plan: RunPlan): void {
	const size = data.vault.paths.length;
	const pages = data.index.pages() as readonly DataviewPage[];
	const context = { today: DATAVIEW_TODAY, origin: "90-MOCs/moc-backend-1.md" };
	const parsed: { name: string; query: Query }[] = SEED_003_QUERIES.map(({ name, source }) => {
		const result = parseQuery(source);
		if (!result.ok) throw new Error(`${name}: ${result.message}`);
		return { name, query: result.query };
	});
	const plainBaseline = (): unknown => pages.filter((page) => page.path.startsWith("50-Backend/")).map((page) => page.path).sort();
	const results: { name: string; figure: number; view: number; baseline: number; rows: number }[] = [];
	for (const { name, query } of parsed) {
		let rowCount = 0;
		// What a view needs to draw: the query run and the cells of its first page of rows.
		const samples = compare({
			product: () => {
				const result = runPagedQuery(query, pages, context);
				if (result.type === "error" || result.type === "not-supported") throw new Error(`${name}: ${result.message}`);
				if (result.type === "task") {
					rowCount = result.tasks.length;
					return result;
				}
				const rows = result.type === "table" ? result.rows : result.items;
				rowCount = rows.length;
				return [rows.slice(0, FIRST_PAGE), result.groups?.slice(0, FIRST_PAGE)];
			},
			...(size === TARGET_SIZE ? { view: () => vaultView(pages) } : {}),
			baseline: plainBaseline,
		}, plan);
		results.push({ name, figure: median(samples.product ?? []), view: median(samples.view ?? []), baseline: median(samples.baseline ?? []), rows: rowCount });
	}
	// The first query after a (re)build turns every page into Dataview's record once (a WeakMap cache).
	// Fresh pages as the index holds them after a rebuild: the text kept until this first query reads the body's data from it.
	const all = parsed.find((entry) => entry.name === "all questions") ?? parsed[0];
	const freshPages = (): DataviewPage[] => pages.map(({ path, frontmatter, ctime, mtime }) => compactPage({ path, frontmatter, ctime, mtime, text: data.texts.get(path) ?? "" }, "first-use"));
	const coldSamples = compare({ product: () => (all ? runQuery(all.query, freshPages(), context) : null), baseline: plainBaseline }, plan);
	const cold = median(coldSamples.product ?? []);
	const baseline = median(coldSamples.baseline ?? []);
	// What reading the seed's fields costs by itself: each selected page's record touched once, five reads, nothing else done.
	const selection = vaultView(pages).select({ type: "folder", folder: "50-Backend" }, undefined);
	const fieldReads = (): number => {
		let present = 0;
		if ("error" in selection) return present;
		for (const record of selection) {
			const fields = record.data.fields;
			const file = fields.get("file");
			for (const value of [fields.get("difficulty"), fields.get("tags"), fields.get("subtopics"), fields.get("status"), file !== undefined && file !== null && typeof file === "object" && "fields" in file ? file.fields.get("name") : null]) if (value !== undefined) present++;
		}
		return present;
	};
	const readsMedian = median(repeat(fieldReads, plan));
	const detailed = size === TARGET_SIZE;
	for (const result of detailed ? results : [results.reduce((a, b) => (b.figure > a.figure ? b : a))]) {
		addRow({
			size, name: `dataview: ${detailed ? result.name : `slowest of 13 (${result.name})`} → ${result.rows} rows, first ${FIRST_PAGE} drawn`, stat: "median", unit: "ms",
			figure: result.figure, runs: plan.runs, baseline: { label: "filter + sort paths", value: result.baseline }, ratio: result.figure / result.baseline,
			ratioLabel: `${(result.figure / result.baseline).toFixed(1)}× baseline`, ...absolute(size, TARGET_SIZE, result.figure, 20, "ms"),
			stages: detailed && result === results[0]
				? { "vaultView(pages) alone, median over the 13 queries": round3(median(results.map((r) => r.view))), "five field reads from each of the folder's pages, bare loop": round3(readsMedian) }
				: undefined,
		});
	}
	addRow({
		size, name: "dataview: first query after a rebuild (page records cold)", stat: "median", unit: "ms", figure: cold, runs: plan.runs,
		baseline: { label: "filter + sort paths", value: baseline }, ratio: cold / baseline, ratioLabel: `${(cold / baseline).toFixed(1)}× baseline`,
		verdict: "info", note: "the 13 rows above reuse the cached records",
	});
}

/**
 * A real-sized MOC opened: its 13 Dataview blocks (seed 003) each queried and drawn into jsdom by
 * the renderer the plugin uses (renderQueryResult, which draws the first rows and a "Show more"),
 * against the same number of drawn rows and cells built with bare DOM calls.
 */
async function benchMocRender(data: VaultData, plan: RunPlan): Promise<void> {
	const size = data.vault.paths.length;
	const document = await setUpDom();
	const { renderQueryResult } = await import("../../src/ui/views/renderDataview");
	const pages = data.index.pages() as readonly DataviewPage[];
	const context = { today: DATAVIEW_TODAY, origin: "90-MOCs/moc-backend-1.md" };
	const queries = SEED_003_QUERIES.map(({ name, source }) => {
		const result = parseQuery(source);
		if (!result.ok) throw new Error(`${name}: ${result.message}`);
		return result.query;
	});
	const links = { open: (): void => undefined, hover: (): void => undefined };
	const host = document.body;
	host.empty();
	const render = (): unknown => {
		host.lastElementChild?.detach();
		const note = host.createDiv();
		for (const query of queries) renderQueryResult(note.createDiv(), runPagedQuery(query, pages, context), links);
		return note;
	};
	render();
	const drawnRows = host.querySelectorAll("tr, li").length;
	const drawnCells = host.querySelectorAll("td").length;
	const bare = (): unknown => {
		host.lastElementChild?.detach();
		const make = (tag: string): Element => document.createElementNS(XHTML, tag);
		const note = host.appendChild(make("div"));
		const perRow = Math.max(1, Math.round(drawnCells / Math.max(1, drawnRows)));
		for (let r = 0; r < drawnRows; r++) {
			const row = note.appendChild(make("tr"));
			for (let c = 0; c < perRow; c++) row.appendChild(make("td")).textContent = pages[r]?.path ?? "";
		}
		return note;
	};
	const samples = compare({ product: render, baseline: bare }, plan);
	host.empty();
	const figure = median(samples.product ?? []);
	const baseline = median(samples.baseline ?? []);
	addRow({
		size, name: "a MOC with the seed's 13 Dataview blocks, rendered (jsdom)", stat: "median", unit: "ms", figure, runs: plan.runs,
		baseline: { label: `bare DOM, ${drawnRows} rows`, value: baseline }, ratio: figure / baseline, ratioLabel: `${(figure / baseline).toFixed(1)}× baseline`,
		...absolute(size, TARGET_SIZE, figure, 100, "ms"), note: `${drawnRows} rows and ${drawnCells} cells drawn`,
	});
}

// ---------------------------------------------------------------------------------------------
// 9. Hostile lines (issue 12): one note holding a 1 MB line of each shape that used to backtrack

const HOSTILE_LINE_BYTES = 1_000_000;
/** Linear reading is a small multiple of the floor; a scan that backtracks is thousands of times it. */
const HOSTILE_BUDGET_RATIO = 20;

/**
 * Reading (analyzeNote, the quiz card's sections, the search text) a note that holds the line in
 * nine places, against the floor of any reader: js-yaml on its frontmatter and a split into lines.
 * Not per vault size: the note stands alone.
 */
function benchHostileLines(plan: { warmup: number; runs: number }): void {
	for (const [shape, units] of Object.entries(HOSTILE_SHAPES)) {
		const text = hostileNote(hostileLine([units[0] ?? shape], HOSTILE_LINE_BYTES));
		const samples = compare({
			product: () => readLikeThePlugin(text),
			baseline: () => {
				const block = splitFrontmatter(text);
				return [parseYamlAsObsidian(block.kind === "yaml" ? block.yaml : ""), text.split("\n").length];
			},
		}, plan);
		const figure = median(samples.product ?? []);
		const baseline = median(samples.baseline ?? []);
		addRow({
			size: 1, name: `hostile: a 1 MB line of \`${shape}\`, nine times in one note`, stat: "median", unit: "ms", figure, runs: plan.runs,
			baseline: { label: "js-yaml + split lines", value: baseline }, ratio: figure / baseline, ratioLabel: `${(figure / baseline).toFixed(1)}× baseline`,
			target: `≤ ${HOSTILE_BUDGET_RATIO}× baseline`, verdict: figure <= HOSTILE_BUDGET_RATIO * baseline ? "PASS" : "MISS",
		});
	}
}

// ---------------------------------------------------------------------------------------------
// Driver

function loadVaultData(vault: BenchVault): VaultData {
	const paths = listMarkdownFiles(vault.root);
	const records = paths.map((path) => cacheRecord(vault.root, path));
	const texts = new Map(records.map((record) => [record.file.path, record.text]));
	const index = indexFromRecords(records);
	return { vault, index, texts, records };
}

async function benchSize(size: number, options: Options, self: string): Promise<Record<string, unknown>> {
	const plan = planFor(size, options.quick);
	const start = performance.now();
	const vault = generateBenchVault(size);
	const generateMs = performance.now() - start;
	console.log(`\n${size} notes: generated in ${(generateMs / 1000).toFixed(1)} s (${(vault.bytes / 1024 / 1024).toFixed(1)} MB; ${JSON.stringify(vault.counts)}) at ${vault.root}`);
	try {
		// Peak memory runs in processes of its own and needs nothing loaded here.
		if (options.only.length === 1 && options.only[0] === "memory") {
			await guarded(size, "CLI peak memory", () => benchPeakMemory(vault, self));
			return { notes: size, bytes: vault.bytes, counts: vault.counts, generateMs: Math.round(generateMs), plan };
		}
		const data = loadVaultData(vault);
		console.log(`  ${data.index.questions().length} questions, ${data.index.mocs().length} MOCs, ${data.index.problems().length} problems reported`);
		const want = (key: string): boolean => options.only.length === 0 || options.only.includes(key);
		if (want("cold")) await guarded(size, "headless cold index", () => benchColdIndex(data, plan));
		if (want("heap")) await guarded(size, "headless heap", () => benchHeap(data, self));
		if (want("memory")) await guarded(size, "CLI peak memory", () => benchPeakMemory(vault, self));
		if (want("startup")) await guarded(size, "start-up: index from metadata-cache records", () => benchStartup(data, plan));
		let search: SearchSetup | undefined;
		if (want("change") || want("search")) {
			try {
				search = makeSearch(data);
			} catch (error) {
				// The search module exists but its API is not the one this file expects: report, carry on.
				console.error(error);
				addRow({ size, name: "search: build", stat: "-", unit: "ms", verdict: "error", note: error instanceof Error ? error.message : String(error) });
			}
		}
		if (want("change")) await guarded(size, "one note changed", () => benchOneChange(data, plan, search));
		if (want("views")) await guarded(size, "group and sort", () => benchGroupSort(data, plan));
		if (want("paint")) await guarded(size, "first paint", () => benchFirstPaint(data, plan));
		if (want("quiz-open")) await guarded(size, "quiz: open a 20-question session", () => benchQuizOpen(data, plan));
		if (want("next-card")) await guarded(size, "quiz: next card", () => benchNextCard(data, plan));
		if (want("search")) await guarded(size, "search keystroke", () => benchSearch(data, plan, search));
		if (want("dataview")) await guarded(size, "dataview", () => benchDataview(data, plan));
		if (want("moc")) await guarded(size, "a MOC's 13 Dataview blocks rendered", () => benchMocRender(data, plan));
		const seconds = Math.round((performance.now() - start) / 1000);
		console.log(`  ${size} notes done in ${seconds} s`);
		return { notes: size, bytes: vault.bytes, counts: vault.counts, questions: data.index.questions().length, generateMs: Math.round(generateMs), seconds, plan };
	} finally {
		removeBenchVault(vault);
	}
}

function printTable(): void {
	const header = ["notes", "row", "figure", "baseline", "ratio", "target", "result"];
	const lines = rows.map((row) => [
		row.size.toLocaleString("en-US"),
		row.name,
		row.figure === undefined ? "—" : `${fmt(row.figure)} ${row.unit}${row.stat === "p95" ? " p95" : ""}`,
		row.baseline ? `${fmt(row.baseline.value)} ${row.unit} (${row.baseline.label})` : "—",
		row.ratioLabel ?? "—",
		row.target ?? (row.verdict === "info" ? "(info)" : "—"),
		row.verdict === "n/a" ? `n/a (${row.note ?? ""})` : row.verdict === "error" ? `error: ${row.note ?? ""}` : row.verdict,
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? "").length)));
	const format = (cells: string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
	console.log(`\n${format(header)}\n| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
	for (const line of lines) console.log(format(line));
	const stagesOf = rows.filter((row) => row.stages && (row.size === TARGET_SIZE || row.size === QUIZ_TARGET_SIZE));
	if (stagesOf.length > 0) {
		console.log("\nStages (ms, medians unless marked), at the target sizes:");
		for (const row of stagesOf) {
			console.log(`  ${row.size.toLocaleString("en-US")} · ${row.name}`);
			for (const [name, value] of Object.entries(row.stages ?? {})) console.log(`      ${name.padEnd(52)} ${fmt(value)}`);
		}
	}
}

async function main(): Promise<void> {
	const argv = process.argv.slice(2);
	const rssArgument = argv.find((arg) => arg.startsWith("--rss-child="))?.slice("--rss-child=".length);
	if (rssArgument !== undefined) {
		rssChild(rssArgument);
		return;
	}
	const heapRoot = argv.find((arg) => arg.startsWith("--heap-child="))?.slice("--heap-child=".length);
	if (heapRoot !== undefined) {
		heapChild(heapRoot);
		return;
	}
	const options = readOptions(argv);
	const self = process.argv[1] ?? "";
	if ((globalThis as { gc?: unknown }).gc === undefined) console.warn("warning: run with --expose-gc (npm run bench does) for heap figures and steadier timings");
	const cpus = os.cpus();
	const machine = {
		cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, memoryGB: Math.round(os.totalmem() / 1024 ** 3),
		os: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version,
	};
	console.log(`Interview Vault benchmarks${options.quick ? " (--quick)" : ""}: ${options.sizes.join(", ")} notes on ${machine.cpu} × ${machine.cores}, Node ${machine.node}`);
	const started = performance.now();
	const vaults: Record<string, unknown>[] = [];
	const onlyHostile = options.only.length > 0 && options.only.every((key) => key === "hostile");
	if (options.only.length === 0 || options.only.includes("hostile")) await guarded(1, "hostile lines", () => benchHostileLines(planFor(TARGET_SIZE, options.quick)));
	for (const size of onlyHostile ? [] : options.sizes) vaults.push(await benchSize(size, options, self));
	const seconds = (performance.now() - started) / 1000;
	printTable();
	const misses = rows.filter((row) => row.verdict === "MISS" || row.verdict === "error");
	console.log(`\n${rows.filter((row) => row.verdict === "PASS").length} PASS, ${misses.length} MISS/error, in ${seconds.toFixed(0)} s.`);
	mkdirSync(dirname(options.out), { recursive: true });
	const report = {
		command: `npm run bench${options.quick ? " -- --quick" : ""}`, date: new Date().toISOString(), seconds: Math.round(seconds), machine,
		quick: options.quick, vaults, rows,
	};
	writeFileSync(options.out, `${JSON.stringify(report, null, "\t")}\n`);
	console.log(`Written to ${options.out}`);
	sink = null;
}

void main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
