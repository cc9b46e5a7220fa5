import { describe, expect, it } from "vitest";
import { findDuplicateKeys, splitFrontmatter } from "../../src/core/note/frontmatterBlock";

describe("splitFrontmatter follows Obsidian's fence rule", () => {
	it("reads a block opened and closed by `---` lines, and tells where the body starts", () => {
		const block = splitFrontmatter("---\ntitle: Joins\n---\n# Joins\n");
		expect(block).toMatchObject({ kind: "yaml", yaml: "title: Joins", body: "# Joins\n", bodyStartLine: 4 });
	});

	it("accepts CRLF line endings and a byte-order mark", () => {
		const block = splitFrontmatter("\uFEFF---\r\ntitle: Joins\r\n---\r\nBody\r\n");
		expect(block.kind).toBe("yaml");
		if (block.kind === "yaml") expect(block.yaml.trim()).toBe("title: Joins");
	});

	it("reports a `---\\` opening fence instead of reading it", () => {
		const block = splitFrontmatter("---\\\ntitle: x\n---\nBody");
		expect(block.kind).toBe("broken");
		if (block.kind === "broken") expect(block.problem.code).toBe("fence-backslash");
	});

	it("reports a fence glued to the first key", () => {
		const block = splitFrontmatter("---id: q-1\ntitle: x\n---\n");
		expect(block.kind === "broken" && block.problem.code).toBe("fence-glued");
	});

	it("reports a block that is never closed", () => {
		const block = splitFrontmatter("---\ntitle: x\n\nBody without a closing fence");
		expect(block.kind === "broken" && block.problem.code).toBe("fence-unclosed");
	});

	it("treats a note without a fence, or opening with a rule of four dashes, as having no frontmatter", () => {
		expect(splitFrontmatter("# Title\n---\n").kind).toBe("none");
		expect(splitFrontmatter("----\ntext").kind).toBe("none");
	});
});

describe("findDuplicateKeys", () => {
	it("finds top-level keys written twice, with the file line of the repeat", () => {
		const yaml = "title: a\ndifficulty: easy\ntags:\n  - title: nested\ndifficulty: hard";
		expect(findDuplicateKeys(yaml)).toEqual([{ key: "difficulty", line: 6 }]);
	});

	it("ignores list items, comments and nested keys", () => {
		expect(findDuplicateKeys("a: 1\n# a: 2\n- a: 3\n  a: 4")).toEqual([]);
	});
});
