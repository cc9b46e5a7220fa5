import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { seededRandom } from "./seededRandom";

/**
 * A generated interview vault with the patterns and proportions of ../shared/REAL-VAULTS.md (the
 * 1,698-note snapshot, plus the older snapshot's flow-then-block lists), in our own words. The
 * generator counts what it writes, so tests compare the index against these counts, never against
 * the code under test.
 */
export interface RealisticVault {
	root: string;
	files: Map<string, string>;
	expected: RealisticExpected;
}

export interface RealisticExpected {
	notes: number;
	/** Every `q-*` note, whatever its frontmatter. */
	questions: string[];
	concepts: string[];
	/** Concept notes whose frontmatter Obsidian can read: with `difficulty`, they look like questions. */
	readableConcepts: string[];
	mocs: { path: string; studyPaths: string[] }[];
	templates: string[];
	/** Notes whose fences are `---\` on both lines. */
	backslashFences: string[];
	glued: string[];
	secondBlock: string[];
	flowThenBlock: string[];
	duplicateKey: string[];
	emptyFrontmatter: string[];
	/** Questions without a title property whose body starts with Russian sections: the title is the English question. */
	untitled: { path: string; title: string }[];
	/** Per question path, its subtopics as written (lower case). */
	subtopics: Map<string, string[]>;
	byTopFolder: Record<string, number>;
	dataviewBlocks: number;
}

const QUESTION_FOLDERS: [string, string, number][] = [
	["40-Android", "android", 632],
	["70-Kotlin", "kotlin", 403],
	["30-System-Design", "system-design", 101],
	["20-Algorithms", "algorithms", 60],
	["50-Backend", "backend", 50],
	["60-CS", "cs", 30],
	["80-Tools", "tools", 19],
];
const DIFFICULTIES = ["easy", "medium", "hard"] as const;
const WORDS = [
	"coroutine", "scope", "flow", "channel", "lifecycle", "intent", "fragment", "compose", "state", "recomposition",
	"cache", "index", "shard", "replica", "queue", "stream", "lock", "mutex", "thread", "pool", "heap", "graph", "tree",
	"hash", "sort", "merge", "binary", "search", "window", "token", "session", "gradle", "module", "inline", "reified",
	"sealed", "delegate", "lazy", "context", "dispatcher", "room", "paging", "worker", "service", "receiver", "binder",
];
const SECTIONS_RU_FIRST = [
	"# Вопрос (RU)", "# Question (EN)", "## Ответ (RU)", "## Answer (EN)", "## Дополнительные Вопросы (RU)", "## Follow-ups",
	"## Ссылки (RU)", "## References", "## Связанные Вопросы (RU)", "## Related Questions",
];

export interface RealisticOptions {
	seed?: number;
	/** Paragraphs of answer text per language; 14 gives the real median of about 10 KB a note. */
	paragraphs?: number;
}

export function writeRealisticVault(options: RealisticOptions = {}): RealisticVault {
	const vault = generateRealisticVault(options);
	const root = mkdtempSync(join(tmpdir(), "iv-realistic-"));
	for (const [path, text] of vault.files) {
		mkdirSync(join(root, dirname(path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return { ...vault, root };
}

export function generateRealisticVault(options: RealisticOptions = {}): Omit<RealisticVault, "root"> {
	const random = seededRandom(options.seed ?? 1698);
	const paragraphs = options.paragraphs ?? 14;
	const files = new Map<string, string>();
	const expected: RealisticExpected = {
		notes: 0, questions: [], concepts: [], readableConcepts: [], mocs: [], templates: [], backslashFences: [], glued: [],
		secondBlock: [], flowThenBlock: [], duplicateKey: [], emptyFrontmatter: [], untitled: [], subtopics: new Map(),
		byTopFolder: {}, dataviewBlocks: 0,
	};
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const subtopicPool = makeSubtopics();
	const questionNames: string[] = [];

	// Questions: 1,295 across seven folders; special patterns spread by a stride.
	let serial = 0;
	for (const [folder, topic, count] of QUESTION_FOLDERS) {
		for (let i = 0; i < count; i++, serial++) {
			const difficulty = DIFFICULTIES[serial % 3] ?? "easy";
			const slug = `${pick(WORDS)}-${pick(WORDS)}-${serial}`;
			const name = `q-${slug}--${topic}--${difficulty}`;
			const path = `${folder}/${name}.md`;
			const subtopics = subtopicsFor(serial, subtopicPool, random);
			expected.subtopics.set(path, subtopics);
			const pattern = patternOf(serial);
			const title = `${capitalise(slug.replace(/-\d+$/, "").replace(/-/g, " "))} in ${topic} (${serial})`;
			files.set(path, questionNote({ serial, topic, difficulty, subtopics, title, pattern, paragraphs, random }));
			recordPattern(expected, pattern, path, title);
			expected.questions.push(path);
			questionNames.push(name);
			expected.byTopFolder[folder] = (expected.byTopFolder[folder] ?? 0) + 1;
		}
	}

	// Concept notes: 361, each with a difficulty and the concept tag; 211 with `---\` fences.
	for (let i = 0; i < 361; i++) {
		const path = `10-Concepts/c-${pick(WORDS)}-${i}.md`;
		const broken = i < 211;
		const yaml = [`id: concept-${i}`, `title: Concept ${i}`, `difficulty: ${DIFFICULTIES[i % 3] ?? "easy"}`, "question_kind: theory", "tags: [concept, reference]"];
		const fence = broken ? "---\\" : "---";
		files.set(path, `${fence}\n${yaml.join("\n")}\n${fence}\n# Concept ${i}\n\n${paragraph(random, 2)}\n`);
		expected.concepts.push(path);
		if (broken) expected.backslashFences.push(path);
		else expected.readableConcepts.push(path);
	}

	// MOCs: 13; six with Study Paths, the rest by difficulty and subtopic; 11 with `---\` fences; dataview blocks.
	for (let m = 0; m < 13; m++) {
		const path = `90-MOCs/moc-${["android", "kotlin", "system-design", "algorithms", "backend", "cs", "tools"][m % 7] ?? "x"}-${m}.md`;
		const links = (offset: number, n: number) => Array.from({ length: n }, (_, k) => `- [[${questionNames[(m * 97 + offset * 13 + k * 7) % questionNames.length] ?? ""}]]`);
		const blocks = Array.from({ length: m < 11 ? 14 : 15 }, (_, b) => "```dataview\nTABLE difficulty, subtopics\nFROM \"40-Android\"\nWHERE difficulty = \"" + (DIFFICULTIES[b % 3] ?? "easy") + "\"\nSORT file.name ASC\n```");
		expected.dataviewBlocks += blocks.length;
		let body: string;
		let studyPaths: string[];
		if (m < 6) {
			studyPaths = ["Beginner Path: Foundations", "Intermediate Path: Practice", "Advanced Path: Depth"];
			body = `# MOC ${m}\n\n## Study Paths\n\n### ${studyPaths[0]}\n${links(0, 6).join("\n")}\n\n### ${studyPaths[1]}\n${links(1, 6).join("\n")}\n\n### ${studyPaths[2]}\n${links(2, 5).join("\n")}\n\n## All Questions\n${blocks.join("\n\n")}\n\n## Related MOCs\n- [[moc-kotlin-1]]\n`;
		} else {
			studyPaths = ["Easy", "Medium", "Hard", "coroutines", "lifecycle"];
			body = `# MOC ${m}\n\n## By Difficulty\n### Easy\n${links(3, 4).join("\n")}\n### Medium\n${links(4, 4).join("\n")}\n### Hard\n${links(5, 4).join("\n")}\n\n## By Subtopic\n### coroutines\n${links(6, 3).join("\n")}\n### lifecycle\n${links(7, 3).join("\n")}\n\n## Queries\n${blocks.join("\n\n")}\n\n## Related MOCs\n- [[moc-android-0]]\n`;
		}
		const fence = m < 11 ? "---\\" : "---";
		files.set(path, `${fence}\nid: moc-${m}\ntitle: Map ${m}\ntags: [moc]\n${fence}\n${body}`);
		expected.mocs.push({ path, studyPaths });
		if (m < 11) expected.backslashFences.push(path);
	}

	// Administration: 8 notes with `---\` fences, three holding Dataview blocks; the README too.
	for (let a = 0; a < 8; a++) {
		const path = `00-Administration/admin-${a}.md`;
		const block = a < 3 ? "\n```dataview\nLIST FROM \"10-Concepts\"\n```\n" : "";
		if (block) expected.dataviewBlocks++;
		files.set(path, `---\\\ntitle: Admin ${a}\n---\\\n# Admin ${a}\n${paragraph(random, 1)}\n${block}`);
		expected.backslashFences.push(path);
	}
	files.set("README.md", "---\\\ntitle: Read me\n---\\\n# Interview questions\nThis vault holds interview questions.\n");
	expected.backslashFences.push("README.md");

	// A Templater template: a difficulty, and placeholders.
	const template = "_templates/question-template.md";
	files.set(template, "---\nid: <% tp.date.now(\"YYYYMMDD\") %>\ntitle: <%- tp.file.title %>\ndifficulty: medium\nsubtopics: []\ntags: [difficulty/medium]\n---\n# Question (EN)\n> <% tp.file.cursor() %>\n");
	expected.templates.push(template);
	files.set(".obsidian/templates.json", JSON.stringify({ folder: "_templates" }));
	files.set(".obsidian/plugins/templater-obsidian/data.json", JSON.stringify({ templates_folder: "_templates" }));

	expected.notes = [...files.keys()].filter((path) => path.endsWith(".md") && !path.startsWith(".")).length;
	return { files, expected };
}

type Pattern = "plain" | "glued" | "second-block" | "flow-then-block" | "duplicate-key" | "empty" | "untitled";

/** Which real-vault pattern a question carries: counts as in REAL-VAULTS.md. */
function patternOf(serial: number): Pattern {
	if (serial === 7) return "glued";
	if (serial % 61 === 3 && serial < 61 * 20) return "second-block";
	if (serial % 13 === 5 && serial < 13 * 91) return "flow-then-block";
	if (serial % 211 === 11) return "duplicate-key";
	if (serial % 89 === 17 && serial < 89 * 14) return "empty";
	if (serial % 8 === 1 && serial < 8 * 158) return "untitled";
	return "plain";
}

function recordPattern(expected: RealisticExpected, pattern: Pattern, path: string, title: string): void {
	if (pattern === "glued") expected.glued.push(path);
	if (pattern === "second-block") expected.secondBlock.push(path);
	if (pattern === "flow-then-block") expected.flowThenBlock.push(path);
	if (pattern === "duplicate-key") expected.duplicateKey.push(path);
	if (pattern === "empty") expected.emptyFrontmatter.push(path);
	if (pattern === "untitled") expected.untitled.push({ path, title: englishQuestion(title) });
}

interface NoteSpec {
	serial: number;
	topic: string;
	difficulty: string;
	subtopics: string[];
	title: string;
	pattern: Pattern;
	paragraphs: number;
	random: () => number;
}

function questionNote(spec: NoteSpec): string {
	const { serial, topic, difficulty, subtopics, title, pattern } = spec;
	const subtopicLine = serial % 3 === 0 ? `subtopics:\n${subtopics.map((s) => `  - ${s}`).join("\n")}` : `subtopics: [${subtopics.join(", ")}]`;
	const quotedDifficulty = serial % 5 === 0 ? `"${difficulty}"` : difficulty;
	const lines = [
		`id: ${topic}-${serial}`,
		...(pattern === "untitled" ? [] : [`title: ${title} / Вопрос ${serial}`]),
		`topic: ${topic}`,
		subtopicLine,
		"question_kind: theory",
		`difficulty: ${quotedDifficulty}`,
		"status: draft",
		`moc: moc-${topic}`,
		`tags: [${topic}, difficulty/${difficulty}]`,
		serial % 4 === 0 ? `created: "2025-11-${String((serial % 28) + 1).padStart(2, "0")}"` : `created: 2025-10-${String((serial % 28) + 1).padStart(2, "0")}`,
	];
	const body = bilingualBody(title, spec);
	switch (pattern) {
		case "glued":
			return `---${lines.join("\n")}\n---\n${body}`;
		case "second-block":
			return `---\nanki_cards: ${serial % 7}\n---\n---\n---\\\n${lines.join("\n")}\n---\\\n${body}`;
		case "flow-then-block":
			return `---\n${lines.join("\n")}\nrelated: [c-${topic}-basics, q-other-${serial}]\n  - c-extra-${serial}\n  - q-more-${serial}\n---\n${body}`;
		case "duplicate-key":
			return `---\n${lines.join("\n")}\nid: ${topic}-${serial}-again\n---\n${body}`;
		case "empty":
			return `---\n---\n${body}`;
		default:
			return `---\n${lines.join("\n")}\n---\n${body}`;
	}
}

function bilingualBody(title: string, spec: NoteSpec): string {
	const { random, paragraphs, serial } = spec;
	const inline = serial % 97 === 0 ? `\n- level:: ${spec.difficulty}\n` : "";
	const [ruQ, enQ, ruA, enA, ruF, enF, ruR, enR, ruRel, enRel] = SECTIONS_RU_FIRST;
	return [
		ruQ, `> Вопрос про ${title.toLowerCase()}?`, "",
		enQ, `> ${englishQuestion(title)}`, "",
		ruA, paragraph(random, paragraphs), "",
		enA, paragraph(random, paragraphs), "```kotlin\nfun main() = println(\"x\")\n```", inline, "",
		ruF, "- Что будет, если…?", "",
		enF, "- What happens when it fails?", "",
		ruR, "- [Документация](https://example.com)", "",
		enR, "- [Docs](https://example.com)", "",
		ruRel, enRel, "### Prerequisites (Easier)", `- [[c-basics-${serial % 50}]]`, "",
	].join("\n");
}

function englishQuestion(title: string): string {
	return `How does ${title.toLowerCase()} work, and when does it matter?`;
}

function paragraph(random: () => number, count: number): string {
	const out: string[] = [];
	for (let p = 0; p < count; p++) {
		const sentence = Array.from({ length: 90 }, () => WORDS[Math.floor(random() * WORDS.length)] ?? "x").join(" ");
		out.push(`${capitalise(sentence)}.`);
	}
	return out.join("\n\n");
}

/** 578 subtopics: a head of common ones and a long tail used once. */
function makeSubtopics(): { common: string[]; tail: string[] } {
	const common = Array.from({ length: 256 }, (_, i) => `${WORDS[i % WORDS.length] ?? "x"}-${Math.floor(i / WORDS.length)}`);
	const tail = Array.from({ length: 322 }, (_, i) => `rare-${WORDS[i % WORDS.length] ?? "x"}-${i}`);
	return { common, tail };
}

/** 193 questions without subtopics; 322 tail subtopics each used by exactly one question; the rest from the head. */
function subtopicsFor(serial: number, pool: { common: string[]; tail: string[] }, random: () => number): string[] {
	if (serial % 6 === 2 && serial < 6 * 193) return [];
	const head = [pool.common[serial % pool.common.length] ?? "x", pool.common[Math.floor(random() * pool.common.length)] ?? "x"];
	const tail = serial % 4 === 3 && Math.floor(serial / 4) < pool.tail.length ? [pool.tail[Math.floor(serial / 4)] ?? "x"] : [];
	return [...new Set([...head, ...tail])];
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
