import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { seededRandom } from "./seededRandom";

const DIFFICULTIES = ["easy", "medium", "hard"] as const;
const SUBTOPICS = ["databases", "sql", "api", "caching", "security", "scalability", "transactions", "performance", "networking", "concurrency"];
const BROKEN_KINDS = ["backslash-fence", "glued-fence", "unparseable-yaml", "unclosed-fence"] as const;

export interface GeneratedVault {
	root: string;
	/** What the generator wrote, counted as it wrote it: the expectations of a test. */
	expected: {
		/** Every `q-*` note, broken ones included. */
		questions: number;
		byDifficulty: Record<string, number>;
		broken: { path: string; kind: (typeof BROKEN_KINDS)[number] }[];
	};
}

/** Writes `count` question notes (one in `brokenEvery` with unreadable frontmatter) into a new temp folder. */
export function generateVault(count: number, options: { brokenEvery?: number; seed?: number } = {}): GeneratedVault {
	const root = mkdtempSync(join(tmpdir(), "interview-vault-"));
	const random = seededRandom(options.seed ?? 7);
	const brokenEvery = options.brokenEvery ?? 10;
	const expected: GeneratedVault["expected"] = { questions: 0, byDifficulty: { easy: 0, medium: 0, hard: 0 }, broken: [] };
	for (let i = 0; i < count; i++) {
		const difficulty = DIFFICULTIES[Math.floor(random() * 3)] ?? "easy";
		const folder = `topic-${i % 20}`;
		const path = `${folder}/q-generated-${i}--backend--${difficulty}.md`;
		mkdirSync(join(root, folder), { recursive: true });
		const isBroken = i % brokenEvery === brokenEvery - 1;
		const kind = BROKEN_KINDS[Math.floor(i / brokenEvery) % BROKEN_KINDS.length] ?? "backslash-fence";
		writeFileSync(join(root, path), isBroken ? brokenNote(kind, i) : questionNote(i, difficulty, random));
		// A broken note is still a question (its name says so), kept without properties.
		if (isBroken) expected.broken.push({ path, kind });
		expected.questions++;
		expected.byDifficulty[difficulty] = (expected.byDifficulty[difficulty] ?? 0) + 1;
	}
	mkdirSync(join(root, ".obsidian"), { recursive: true });
	writeFileSync(join(root, ".obsidian", "q-not-a-note--backend--easy.md"), questionNote(-1, "easy", random));
	return { root, expected };
}

function questionNote(i: number, difficulty: string, random: () => number): string {
	const subtopics = [SUBTOPICS[i % SUBTOPICS.length], SUBTOPICS[Math.floor(random() * SUBTOPICS.length)]];
	return `---
id: gen-${i}
title: Generated question ${i}
topic: backend
subtopics: [${[...new Set(subtopics)].join(", ")}]
difficulty: ${difficulty}
status: draft
tags: [generated, difficulty/${difficulty}]
created: 2025-10-${String((i % 28) + 1).padStart(2, "0")}
---
# Question (EN)
> How would you explain generated concept number ${i}?

## Answer (EN)
It is explained with a short paragraph of text that stands for a real answer.
`;
}

function brokenNote(kind: (typeof BROKEN_KINDS)[number], i: number): string {
	const body = `\n# Question (EN)\n> Broken note ${i}\n`;
	switch (kind) {
		case "backslash-fence":
			return `---\\\ntitle: Broken ${i}\n---${body}`;
		case "glued-fence":
			return `---title: Broken ${i}\n---${body}`;
		case "unparseable-yaml":
			return `---\ntitle: [Broken ${i}\ntags: {a: 1\n---${body}`;
		case "unclosed-fence":
			return `---\ntitle: Broken ${i}\n${body}`;
	}
}
