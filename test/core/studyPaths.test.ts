import { describe, expect, it } from "vitest";
import { analyze } from "../support/notes";
import type { Moc } from "../../src/core/question/Question";

function mocOf(text: string): Moc {
	const analysis = analyze("maps/moc-test.md", text);
	if (analysis.kind !== "moc") throw new Error("expected a MOC");
	return analysis.moc;
}

describe("MOC study paths", () => {
	it("takes the sub-headings of a Study Paths heading, each with every link in its subtree, in order", () => {
		const moc = mocOf(`# Backend
## Study Paths
### Beginner Path: Basics
1. **Storage**
   - [[q-keys--backend--easy]] - keys
   - [[q-joins--backend--easy|Joins]]
#### Extra
- [[q-keys--backend--easy]]
- [[q-index--backend--medium]]
### Advanced Path: Scale
- [[q-sharding--backend--hard]]
## By Subtopic
### Databases
- [[q-other--backend--easy]]
`);
		expect(moc.studyPaths.map((p) => [p.name, p.links])).toEqual([
			["Beginner Path: Basics", ["q-keys--backend--easy", "q-joins--backend--easy", "q-index--backend--medium"]],
			["Advanced Path: Scale", ["q-sharding--backend--hard"]],
		]);
	});

	it("without a Study Paths heading, takes each heading with links in its own section, in order", () => {
		const moc = mocOf("## SQL\n- [[q-a]]\n## Empty\ntext\n## By Difficulty\n### Easy\n- [[q-b]]\n### Hard\n- [[q-c]]\n");
		expect(moc.studyPaths.map((p) => [p.name, p.links])).toEqual([["SQL", ["q-a"]], ["Easy", ["q-b"]], ["Hard", ["q-c"]]]);
	});

	it("keeps the raw Dataview blocks with their lines, and ignores links inside code", () => {
		const moc = mocOf("---\nkind: moc\n---\n## Easy\n```dataview\nLIST\nFROM \"x\"\n```\n```js\n[[q-not-a-link]]\n```\n");
		expect(moc.dataviewBlocks).toEqual([{ source: 'LIST\nFROM "x"', line: 5 }]);
		expect(moc.links).toEqual([]);
	});
});
