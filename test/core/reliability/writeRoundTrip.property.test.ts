import { parseYamlAsObsidian } from "../../../src/core/note/yamlEngine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../../src/core/note/frontmatterBlock";
import { applyFrontmatterPatch, FrontmatterWriteError, type FrontmatterPatch } from "../../../src/core/write/frontmatterPatch";
import { verifyPatch } from "../../../src/core/write/verifyPatch";
import { hostileNote } from "./hostileNotes";

/** The plugin's YAML engine headless: YAML 1.2 core types, last duplicate wins (Obsidian's reading). */
const parse = (yaml: string): unknown => parseYamlAsObsidian(yaml);

/** Every key the plugin may own, the status key pointed at `status` among them. */
const OWN_KEYS = ["quiz_status", "quiz_grade", "quiz_reviewed", "quiz_due", "quiz_stability", "quiz_difficulty", "quiz_reps", "quiz_lapses", "status"];

const patchValue: fc.Arbitrary<string | number | null> = fc.oneof(
	fc.constantFrom("new", "learning", "review", "mastered", "2026-12-01", "yes", "12", "a: b", "# not a comment", "", " padded "),
	fc.string({ unit: "grapheme", maxLength: 20 }),
	fc.string({ unit: "binary", maxLength: 8 }),
	fc.integer({ min: 1, max: 5 }),
	// -0 is written as 0, which is the same property value (the plugin never computes -0).
	fc.double().map((n) => (Object.is(n, -0) ? 0 : n)),
	fc.constant(null),
);

const patch: fc.Arbitrary<FrontmatterPatch> = fc.dictionary(fc.constantFrom(...OWN_KEYS), patchValue, { minKeys: 1, maxKeys: 5 });

type Outcome = { written: string } | { refused: string };

/** The writer's whole path: patch, then the proof; only a FrontmatterWriteError may stop it. */
function write(text: string, changes: FrontmatterPatch): Outcome {
	try {
		const after = applyFrontmatterPatch(text, changes);
		verifyPatch(text, after, changes, parse);
		return { written: after };
	} catch (error) {
		if (error instanceof FrontmatterWriteError) return { refused: error.message };
		throw error;
	}
}

describe("a learning-property write on hostile notes", () => {
	it("changes no byte outside the plugin's keys, or refuses with a FrontmatterWriteError", () => {
		fc.assert(
			fc.property(hostileNote, patch, (note, changes) => {
				const outcome = write(note.text, changes);
				if ("refused" in outcome) return;
				expectOnlyOwnLinesChanged(note.text, outcome.written, Object.keys(changes));
			}),
			{ numRuns: 400 },
		);
	});

	it("writes exactly the patched values, readable back by the same parser", () => {
		fc.assert(
			fc.property(hostileNote, patch, (note, changes) => {
				const outcome = write(note.text, changes);
				if ("refused" in outcome) return;
				const block = splitFrontmatter(outcome.written);
				const data = (block.kind === "yaml" ? parse(block.yaml) : null) ?? {};
				for (const [key, value] of Object.entries(changes)) {
					if (value === null) expect(data).not.toHaveProperty([key]);
					else expect((data as Record<string, unknown>)[key]).toEqual(value);
				}
			}),
			{ numRuns: 200 },
		);
	});

	// Blank and comment lines after a plugin key's value belong to no key, so a write keeps them.
	it("keeps a whitespace-only line and an indented comment that follow a plugin key", () => {
		const text = "---\nquiz_status: new\n   \ntitle: x\n---\nBody\n";
		expect(write(text, { quiz_status: "review" })).toEqual({ written: "---\nquiz_status: review\n   \ntitle: x\n---\nBody\n" });
		const commented = "---\nquiz_due:\n  - 2026\n  # my note\ntitle: x\n---\n";
		expect(write(commented, { quiz_due: "2026-12-01" })).toEqual({ written: "---\nquiz_due: 2026-12-01\n  # my note\ntitle: x\n---\n" });
	});

	it("refuses every note whose fence Obsidian would not read", () => {
		fc.assert(
			fc.property(hostileNote, patch, (note, changes) => {
				if (splitFrontmatter(note.text).kind !== "broken") return;
				expect(write(note.text, changes)).toHaveProperty("refused");
			}),
			{ numRuns: 200 },
		);
	});
});

/**
 * Compares the note before and after without the plugin's lines: the byte-order mark, every line
 * of the block but the patched keys' own (a key line and its indented or list continuation
 * lines), and the body. A note without a block may gain one holding nothing but those keys.
 */
function expectOnlyOwnLinesChanged(before: string, after: string, keys: readonly string[]): void {
	const old = outside(before, keys);
	const next = outside(after, keys);
	expect(next.bom).toBe(old.bom);
	expect(next.body).toBe(old.body);
	if (old.block === null && next.block !== null) expect(next.block).toEqual(["---", "---"].map((fence) => fence + (after.includes("\r\n") ? "\r" : "")));
	else expect(next.block).toEqual(old.block);
}

function outside(text: string, keys: readonly string[]): { bom: boolean; block: string[] | null; body: string } {
	const bom = text.startsWith("\uFEFF");
	const block = splitFrontmatter(text);
	if (block.kind !== "yaml") return { bom, block: null, body: block.body };
	const source = bom ? text.slice(1) : text;
	const lines = source.split("\n").slice(0, block.bodyStartLine - 1);
	return { bom, block: [lines[0] ?? "", ...withoutOwnLines(lines.slice(1, -1), keys), lines.at(-1) ?? ""], body: block.body };
}

/**
 * Whitespace-only lines are left out of the comparison: they hold no data, and one inside a plugin
 * key's multi-line value goes with that value. Those after the value are kept (tested exactly above).
 */
function withoutOwnLines(lines: readonly string[], keys: readonly string[]): string[] {
	const kept: string[] = [];
	let inOwnKey = false;
	for (const line of lines) {
		if (line.trim() === "") continue;
		const key = /^(?:"([^"]+)"|'([^']+)'|([^\s#\-?:'"][^:]*?))\s*:(\s|$)/.exec(line);
		const name = key ? (key[1] ?? key[2] ?? key[3]) : undefined;
		if (name !== undefined) inOwnKey = keys.includes(name);
		else if (inOwnKey && !/^[ \t]/.test(line) && !/^-(\s|$)/.test(line)) inOwnKey = false;
		if (!inOwnKey) kept.push(line);
	}
	return kept;
}
