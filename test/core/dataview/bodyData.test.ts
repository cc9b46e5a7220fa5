import { describe, expect, it } from "vitest";
import { scanBody } from "../../../src/core/dataview/bodyData";

describe("reading a note's text as Dataview does", () => {
	it("finds inline fields in lines, brackets, parentheses, list items and code, tags outside code, links and tasks", () => {
		const text = [
			"---",
			"difficulty: easy",
			"---",
			"# Answer",
			"rating:: 4",
			"Seen in a talk [source:: book] (minutes:: 20) #review",
			"```",
			"owner:: code #not-a-tag [[not-a-link]]",
			"```",
			"- focus:: caching",
			"- [x] Explain it ✅ 2026-11-20 [[q-a]]",
			"    - [ ] Draw it",
			"",
			"Inline `#code` and ![[c-embed]] and [text](notes/q-b.md).",
		].join("\n");
		const body = scanBody(text, 2);
		expect(body.fields).toEqual([
			{ key: "rating", value: "4" },
			{ key: "source", value: "book" },
			{ key: "minutes", value: "20" },
			{ key: "owner", value: "code #not-a-tag [[not-a-link]]" },
		]);
		expect(body.tags).toEqual(["#review"]);
		expect(body.links.map((link) => [link.target, link.embed])).toEqual([
			["q-a", false],
			["notes/q-b.md", false],
			["c-embed", true],
		]);
		expect(body.items.map((item) => [item.line, item.task ?? null, item.text, item.parent, item.fields])).toEqual([
			[9, null, "focus:: caching", -9, [{ key: "focus", value: "caching" }]],
			[10, "x", "Explain it ✅ 2026-11-20 [[q-a]]", -9, [{ key: "completion", value: "2026-11-20" }]],
			[11, " ", "Draw it", 10, []],
		]);
	});

	it("reads hostile lines of a megabyte in one pass", () => {
		for (const unit of ["`", "` ``", "# a", "[[", "- ", "  \n", "_", "[x:: ", "(", "#"]) {
			const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
			const body = scanBody(`- item:: x ${line}\n\n# ${line}\n${line}`, -1);
			expect(body.items[0]?.line).toBe(0);
		}
	});
});
