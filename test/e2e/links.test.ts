import { describe, expect, it } from "vitest";
import { startDemo } from "./support";

const QUESTION = (title: string) => `---\ntitle: ${title}\ndifficulty: easy\n---\n# Question (EN)\n> Why?\n\n## Answer (EN)\nBecause.\n`;
const MOC = "---\nkind: moc\n---\n## Study Paths\n### Basics\n- [[x]]\n\n```dataview\nTABLE WITHOUT ID file.path AS path FROM outgoing([[]])\n```\n";

describe("two notes of one base name, through main.js", () => {
	it("the MOC's study path, its Dataview block and Obsidian's own link all lead to the note in the MOC's folder", async () => {
		const { app, plugin } = await startDemo({}, { "a/b/x.md": QUESTION("the near one"), "z/x.md": QUESTION("the short one"), "a/b/moc.md": MOC });
		const studyPath = plugin.index.moc("a/b/moc.md")?.studyPaths[0];
		expect(studyPath && plugin.index.studyPathQuestions(studyPath).questions.map((question) => question.path)).toEqual(["a/b/x.md"]);
		const el = await app.renderMarkdown("```dataview\nTABLE WITHOUT ID file.path AS path FROM outgoing([[]])\n```\n", "a/b/moc.md");
		expect([...el.querySelectorAll("tbody td")].map((td) => td.textContent?.trim())).toEqual(["a/b/x.md"]);
		expect(app.metadataCache.getFirstLinkpathDest("x", "a/b/moc.md")?.path).toBe("a/b/x.md");
	});
});
