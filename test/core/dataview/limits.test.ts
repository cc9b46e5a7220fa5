import { describe, expect, it } from "vitest";
import { NOT_SUPPORTED } from "../../../src/core/dataview";
import { fileNames, page, run } from "./helpers";

const pages = ["a", "b", "c", "d"].map((name) => page(`n/${name}.md`, { title: `note ${name}`, word: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" }));

describe("queries at the edges of what runs", () => {
	it("answers a chain too long to evaluate with a sentence, not JavaScript's stack message", () => {
		const result = run(`LIST WHERE title${" + 1".repeat(30_000)}`, pages);
		expect(result.type).toBe("error");
		const message = result.type === "error" ? result.message : "";
		expect(message).not.toMatch(/call stack|RangeError/i);
		expect(message).toMatch(/too deeply for Interview Vault to run it/);
	});

	it("keeps every row but the last for LIMIT -1, as Dataview 0.5.70 does (Array.slice; recorded: corpus q253)", () => {
		expect(fileNames("TABLE FROM \"n\" SORT file.name LIMIT -1", pages)).toEqual(["a", "b", "c"]);
	});

	it("refuses a regular expression that can backtrack exponentially, by name, before it runs", () => {
		const result = run('TABLE regextest("(a+)+$", word) AS hit FROM "n"', pages);
		expect(result.type).toBe("not-supported");
		expect(result.type === "not-supported" ? result.message : "").toBe(`${NOT_SUPPORTED}the regular expression '(a+)+$' (nested repetition can take exponential time)`);
	});

	it("runs the ordinary patterns of interview vaults", () => {
		const result = run('TABLE regexreplace(title, "^note (\\\\w)$", "$1") AS letter FROM "n" WHERE regexmatch("note [ab]", title)', pages);
		expect(result.type === "table" ? result.rows.map((row) => row[1]) : result).toEqual(["a", "b"]);
	});
});
