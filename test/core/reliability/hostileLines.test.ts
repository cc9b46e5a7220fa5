import fc from "fast-check";
import { performance } from "perf_hooks";
import { describe, expect, it } from "vitest";
import { HOSTILE_SHAPES, hostileLine, hostileNote, readLikeThePlugin } from "../../support/hostileText";
import { analyze } from "../../support/notes";

/** The first unit of each shape, the plain run (`####…`, `[[[[…`), is the one that used to cost minutes. */
const PLAIN_RUNS = Object.entries(HOSTILE_SHAPES).map(([shape, units]) => [shape, units[0] ?? shape] as const);

describe("a note holding a 1 MB line of a hostile shape", () => {
	// No time is asserted here (speed targets live in the benchmark: `npm run bench -- --only=hostile`);
	// before the scans were linear, each of these ran for many minutes and hit the test timeout.
	it.each(PLAIN_RUNS)("a line of `%s` is read, indexed and shown", (_shape, unit) => {
		const line = hostileLine([unit], 1_000_000);
		const text = hostileNote(line);
		expect(readLikeThePlugin(text)).toBeGreaterThan(0);
		const analysis = analyze("q-hostile--backend--easy.md", text);
		expect(analysis.kind).toBe("question");
	}, 60_000);
});

/**
 * The cheapest of a few runs: a pause for garbage collection or another process lands on some
 * runs, never on all of them.
 */
function fastestOf(runs: number, work: () => unknown): number {
	let best = Infinity;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		work();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

const unit = fc.oneof(
	fc.constantFrom(...Object.values(HOSTILE_SHAPES).flat()),
	fc.string({ unit: fc.constantFrom("#", "[", "]", "!", "|", "^", "`", "$", " ", "\t", "a", ":", "(", ")", "~", "\\", "-", ">", "*"), minLength: 1, maxLength: 4 }),
);

describe("reading grows linearly with the length of a hostile line", () => {
	// Ten notes of 10 KB against one of 100 KB, the same work if reading is linear: a quadratic scan
	// makes the long one about ten times dearer, so a factor of 7 tells them apart with room for a busy machine.
	it("one 100 KB line costs no more than ten 10 KB lines of the same shape, with room for noise", () => {
		fc.assert(
			fc.property(fc.array(unit, { minLength: 1, maxLength: 3 }), (units) => {
				const short = hostileNote(hostileLine(units, 10_000));
				const long = hostileNote(hostileLine(units, 100_000));
				readLikeThePlugin(long);
				const tenShort = fastestOf(5, () => {
					for (let i = 0; i < 10; i++) readLikeThePlugin(short);
				});
				const oneLong = fastestOf(5, () => readLikeThePlugin(long));
				expect(oneLong, `units ${JSON.stringify(units)}: ${oneLong.toFixed(1)} ms for 100 KB, ${tenShort.toFixed(1)} ms for 10 × 10 KB`).toBeLessThan(7 * tenShort + 5);
			}),
			{ numRuns: 15 },
		);
	}, 120_000);
});
