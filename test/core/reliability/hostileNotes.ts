/**
 * fast-check generators of the notes real vaults hold and worse: every shape of frontmatter the
 * issue names (huge values, deep nesting, numbers and lists where text is expected, unicode, a
 * BOM, CRLF, tabs, `---\` fences, a fence glued to the first key, duplicated keys, empty blocks)
 * over random markdown bodies. Shared by the reliability properties.
 */
import fc from "fast-check";

/** A small key set, so that duplicated keys happen often; plus the plugin's own and odd ones. */
const KEYS = [
	"id", "title", "difficulty", "subtopics", "tags", "topic", "status", "moc", "aliases", "related", "created", "kind",
	"quiz_status", "quiz_grade", "quiz_due", "quiz_reviewed", "quiz_stability", "Difficulty", "заголовок", "题目", '"quoted key"', "'single'",
];

const SCALARS = [
	"easy", "medium", "hard", "Medium", '"hard"', "'easy'", "hard # a trailing comment", "[level]", "[easy, hard]", "", "~", "null",
	"true", "no", "12", "-3.5", "1e3", ".inf", "0x1F", "2025-10-03", "2025-10-03T10:00:00Z", "[sql, algorithms]", "{a: 1, b: [2]}",
	"[unclosed", "{broken", "a: b", "- item", "'it''s'", '"esc\\"aped"', "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
	"[[q-link]]", "\"[[q-link|Alias]]\"", "#tag", "*alias", "&anchor value", "!!str 12", "|", ">", "%percent", "@at", "`tick`",
	"new", "learning", "review", "mastered", "Юникод текст", "混合 text 😀", "\u200b", "tab\there",
];

const BLOCK_VALUES = [
	"\n  - a\n  - b",
	"\n- sql\n- difficulty/hard",
	"\n  nested: 1\n  deeper:\n    more: [x]",
	"|\n  line one\n  line two",
	">-\n  folded\n  text",
	"\n\t- tabbed",
	"\n  - quiz_grade: 5",
	"\n  quiz_status: inside",
];

const unicodeText = fc.string({ unit: "grapheme", maxLength: 30 });

/** A value as YAML text: one of the usual suspects, random unicode, huge, or deeply nested. */
export const yamlValue: fc.Arbitrary<string> = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...SCALARS) },
	{ weight: 2, arbitrary: fc.constantFrom(...BLOCK_VALUES) },
	{ weight: 2, arbitrary: unicodeText },
	{ weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => "x".repeat(n)) },
	{ weight: 1, arbitrary: fc.integer({ min: 1, max: 3_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)) },
	{ weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map(nestedMapping) },
	{ weight: 1, arbitrary: fc.double().map(String) },
	{ weight: 1, arbitrary: fc.array(unicodeText, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`) },
);

function nestedMapping(depth: number): string {
	let text = "";
	for (let level = 1; level <= depth; level++) text += `\n${"  ".repeat(level)}k${level}:`;
	return `${text} end`;
}

const key: fc.Arbitrary<string> = fc.oneof(
	{ weight: 5, arbitrary: fc.constantFrom(...KEYS) },
	{ weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z_][\w -]{0,12}$/) },
);

/** One line of the block: `key: value` (with a tab or odd spacing now and then), a comment or a blank. */
const yamlLine: fc.Arbitrary<string> = fc.oneof(
	{ weight: 8, arbitrary: fc.tuple(key, fc.constantFrom(": ", ":\t", ":  ", " : ", ":"), yamlValue).map(([k, sep, v]) => `${k}${sep}${v}`) },
	{ weight: 1, arbitrary: fc.constantFrom("# a comment", "", "   ", "\t", "just text without a colon", "- a stray list item") },
);

export type Fence = "ok" | "backslash" | "glued" | "glued-spaced" | "unclosed" | "none" | "trailing-blanks" | "empty";

const FENCES: Fence[] = ["ok", "ok", "ok", "backslash", "glued", "glued-spaced", "unclosed", "none", "trailing-blanks", "empty"];

/** Markdown bodies: the sections the plugin reads, rules that look like fences, code, links, noise. */
const bodyLine: fc.Arbitrary<string> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.constantFrom(
			"# Question (EN)", "> What does a join cost?", "## Answer (EN)", "Because.", "# Вопрос (RU)", "## Ответ (RU)",
			"## Follow-ups", "- why?", "## Related Questions", "### Prerequisites (Easier)", "- [[q-a--backend--easy]]",
			"### Advanced (Harder)", "- [[q-b--backend--hard|B]]", "Strong answer: names the algorithm.", "Weak answer: guesses.",
			"---", "---\\", "----", "```dataview", "TABLE difficulty FROM \"50-Backend\"", "```", "```interview-vault", "difficulty: easy",
			"## Study Paths", "### Beginner Path: basics", "quiz_status: not-frontmatter", "<script>alert(1)</script>", "#tag/nested", "",
		),
	},
	{ weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);

export interface HostileNote {
	text: string;
	fence: Fence;
	eol: "\n" | "\r\n";
	bom: boolean;
}

export const hostileNote: fc.Arbitrary<HostileNote> = fc
	.record({
		fence: fc.constantFrom(...FENCES),
		lines: fc.array(yamlLine, { maxLength: 8 }),
		body: fc.array(bodyLine, { maxLength: 12 }),
		eol: fc.constantFrom<"\n" | "\r\n">("\n", "\n", "\r\n"),
		bom: fc.boolean(),
		finalEol: fc.boolean(),
	})
	.map(({ fence, lines, body, eol, bom, finalEol }) => ({ text: assemble(fence, lines, body, eol, bom, finalEol), fence, eol, bom }));

function assemble(fence: Fence, yamlLines: string[], bodyLines: string[], eol: string, bom: boolean, finalEol: boolean): string {
	const yaml = yamlLines.map((line) => line.split("\n").join(eol));
	const body = bodyLines.join(eol) + (finalEol ? eol : "");
	const head = fenceLines(fence, yaml);
	return (bom ? "\uFEFF" : "") + [...head, body].join(eol);
}

function fenceLines(fence: Fence, yaml: string[]): string[] {
	const [first = "id: x", ...rest] = yaml;
	switch (fence) {
		case "ok":
			return ["---", ...yaml, "---"];
		case "backslash":
			return ["---\\", ...yaml, "---"];
		case "glued":
			return [`---${first}`, ...rest, "---"];
		case "glued-spaced":
			return [`--- ${first}`, ...rest, "---"];
		case "unclosed":
			return ["---", ...yaml];
		case "none":
			return [];
		case "trailing-blanks":
			return ["---  ", ...yaml, "--- \t"];
		case "empty":
			return ["---", "---"];
	}
}

/** A vault path: question names of every shape, MOCs, plain notes, nested folders. */
export const notePath: fc.Arbitrary<string> = fc
	.tuple(
		fc.constantFrom("", "50-Backend/", "60-SystemDesign/", "deep/er/folder/", "Юникод/"),
		fc.constantFrom("q-", "moc-", "", "Q-", "c-"),
		fc.stringMatching(/^[a-z0-9-]{1,12}$/),
		fc.constantFrom("--backend--easy", "--backend--medium", "--system-design--hard", "--x--extreme", "", "--only-topic"),
	)
	.map(([folder, prefix, slug, suffix]) => `${folder}${prefix}${slug}${suffix}.md`);
