import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { page, run } from "./helpers";

/**
 * The compiled expressions take short paths for the hot cases (contains with a literal needle,
 * `a.b` with a literal key). Each must answer as the general dispatch does, which a needle or a
 * key computed at run time still takes.
 */
const leaf = fc.oneof(fc.constantFrom("sql", "nosql", "SQL", "a", "", "[[sql]]", "[[notes/a|sql]]"), fc.integer({ min: 0, max: 3 }), fc.constant(null), fc.boolean());
const value = fc.oneof(leaf, fc.array(leaf, { maxLength: 4 }), fc.array(fc.array(leaf, { maxLength: 2 }), { maxLength: 2 }), fc.dictionary(fc.constantFrom("sql", "a", "b"), leaf, { maxKeys: 2 }));
const notes = fc.array(fc.record({ x: value, y: value }, { requiredKeys: [] }), { maxLength: 12 }).map((all) => all.map((fields, position) => page(`notes/${String(position)}.md`, fields)));

describe("compiled fast paths answer as the general dispatch", () => {
	it("contains(x, \"literal\") equals contains(x, computed)", () => {
		fc.assert(
			fc.property(notes, fc.constantFrom("sql", "a", ""), (pages, needle) => {
				const literal = run(`TABLE contains(x, "${needle}") AS c, contains(y, "${needle}") AS d FROM "notes"`, pages);
				const computed = run(`TABLE contains(x, lower("${needle}")) AS c, contains(y, lower("${needle}")) AS d FROM "notes"`, pages);
				expect(literal).toEqual(computed);
			}),
			{ numRuns: 400 },
		);
	});

	it("x.key equals x[computed key]", () => {
		fc.assert(
			fc.property(notes, fc.constantFrom("sql", "a", "name"), (pages, key) => {
				const literal = run(`TABLE x.${key} AS c, file.name AS n, y["${key}"] AS d FROM "notes"`, pages);
				const computed = run(`TABLE x[lower("${key}")] AS c, file[lower("name")] AS n, y[lower("${key}")] AS d FROM "notes"`, pages);
				expect(literal).toEqual(computed);
			}),
			{ numRuns: 400 },
		);
	});
});
