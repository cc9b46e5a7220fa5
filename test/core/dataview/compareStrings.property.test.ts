import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareStrings } from "../../../src/core/dataview/values";

/**
 * compareStrings reads printable ASCII from tables taken from the collator; these tests hold it to
 * the collator itself (Dataview's localeCompare with English fixed), character for character.
 */
const collator = new Intl.Collator("en");
const expected = (a: string, b: string): number => Math.sign(collator.compare(a, b));

const printable = Array.from({ length: 0x7f - 0x20 }, (_, offset) => String.fromCharCode(0x20 + offset));
/** File-name-like characters, all of ASCII, and a few that must go to the collator (accents, Cyrillic, controls, combining marks). */
const character = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(..."aAbBzZ09-_ .()'".split("")) },
	{ weight: 3, arbitrary: fc.constantFrom(...printable) },
	{ weight: 1, arbitrary: fc.constantFrom("é", "É", "ё", "Ж", "\t", "\n", "\u0301", "ß", "æ", "ı", "😀", "\u0000") },
);
const text = fc.array(character, { maxLength: 8 }).map((parts) => parts.join(""));

describe("compareStrings agrees with Intl.Collator('en')", () => {
	it("on every pair of single printable ASCII characters", () => {
		for (const a of printable) for (const b of printable) expect([a, b, Math.sign(compareStrings(a, b))]).toEqual([a, b, expected(a, b)]);
	});

	it("on generated strings, their case variants and shared prefixes", () => {
		fc.assert(
			fc.property(text, text, text, (prefix, a, b) => {
				for (const [x, y] of [
					[prefix + a, prefix + b],
					[a, a.toUpperCase()],
					[prefix + a, prefix.toUpperCase() + a],
					[a, a + b],
				] as const) {
					expect(Math.sign(compareStrings(x, y))).toBe(expected(x, y));
				}
			}),
			{ numRuns: 20_000 },
		);
	});

	it("sorts names the way the collator does, case ties included", () => {
		const names = ["medium", "Medium", "MEDIUM", "hard", "Hard", "easy", "e-asy", "e asy", "easy2", "easy10", "Ärger", "Zebra", "zebra", "_x", "-x", "x-", "x_", "x.y", "x y", "C++", "C#"];
		expect([...names].sort(compareStrings)).toEqual([...names].sort((a, b) => collator.compare(a, b)));
	});
});
