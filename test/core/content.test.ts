import { describe, expect, it } from "vitest";
import { extractContent } from "../../src/core/question/content";

const bilingual = `---
title: Connection pooling / Пул соединений
---
# Question (EN)
> Why do services pool database connections?

# Вопрос (RU)
> Зачем сервисы держат пул соединений с базой?

## Answer (EN)
Opening a connection costs a handshake and authentication.

### Sizing
Start small.

## Ответ (RU)
Открытие соединения дорого.

## Follow-ups
- How big should the pool be?
- What happens when it is exhausted?

## Related Questions
- [[q-other]]
`;

describe("extractContent", () => {
	it("reads the question, answer (with its sub-sections) and follow-ups of the chosen language", () => {
		const content = extractContent(bilingual, "Connection pooling", "en");
		expect(content.question).toBe("Why do services pool database connections?");
		expect(content.answer).toBe("Opening a connection costs a handshake and authentication.\n\n### Sizing\nStart small.");
		expect(content.followUps).toEqual(["How big should the pool be?", "What happens when it is exhausted?"]);
		expect(content.language).toBe("en");
	});

	it("shows the Russian sections when the language setting is RU", () => {
		const content = extractContent(bilingual, "Пул", "ru");
		expect(content.question).toBe("Зачем сервисы держат пул соединений с базой?");
		expect(content.answer).toBe("Открытие соединения дорого.");
	});

	it("falls back to the other language when a section exists in one only", () => {
		const englishOnly = "# Question (EN)\n> What is a B-tree?\n\n## Answer (EN)\nA balanced tree.\n";
		const content = extractContent(englishOnly, "B-tree", "ru");
		expect(content).toMatchObject({ question: "What is a B-tree?", answer: "A balanced tree.", language: "en" });
	});

	it("reads a note with only a title and a body: question = title, answer = body", () => {
		const note = "---\ntitle: Why migrations?\n---\n# Why migrations?\nThey version the schema alongside the code.\n\nEach one runs once.\n";
		const content = extractContent(note, "Why migrations?", "en");
		expect(content.question).toBe("Why migrations?");
		expect(content.answer).toBe("They version the schema alongside the code.\n\nEach one runs once.");
	});

	it("reads Strong answer / Weak answer paragraphs", () => {
		const note = "# Question (EN)\n> What does an index cost?\n\nStrong answer: Faster reads, slower writes and more storage.\n\nWeak answer: Indexes make everything faster.\n";
		const content = extractContent(note, "Index cost", "en");
		expect(content.strongAnswer).toBe("Faster reads, slower writes and more storage.");
		expect(content.weakAnswer).toBe("Indexes make everything faster.");
		expect(content.answer).toBe("Faster reads, slower writes and more storage.");
	});

	it("does not mistake a heading inside a code block for a section", () => {
		const note = "## Answer (EN)\n```bash\n# Question (EN)\necho hi\n```\n";
		expect(extractContent(note, "T", "en").answer).toBe("```bash\n# Question (EN)\necho hi\n```");
	});

	it("leaves out of the answer a tool's generated notice and empty references, keeping the rest as written", () => {
		const note = [
			"# Question (EN)", "> What does a pool do?", "",
			"## Answer (EN)",
			"> [!note] This note was auto-generated from the checklist; edit it freely.", "",
			"It keeps connections open so requests skip the handshake.", "",
			"> A quote the author wrote stays.", "",
			"- [](   )", "",
			"TODO", "",
		].join("\n");
		expect(extractContent(note, "Pools", "en").answer).toBe("It keeps connections open so requests skip the handshake.\n\n> A quote the author wrote stays.");
	});
});

