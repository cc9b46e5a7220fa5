import { beforeEach, describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/readVault";
import type { QuestionIndex } from "../../../src/core/index/QuestionIndex";
import { processTerm, QuestionSearch, questionSearchText, tokenize, type ReadQuestionText } from "../../../src/core/search/QuestionSearch";
import { demoIndex } from "../../support/demoIndex";
import { analyze, questionNote } from "../../support/notes";

const DEMO_VAULT = "test/fixtures/demo-vault";
const KEYS = "50-Backend/q-idempotency-keys--backend--hard.md";
const METHODS = "50-Backend/q-http-methods-idempotency--backend--easy.md";
const POOLING = "50-Backend/q-connection-pooling--backend--medium.md";

/** What the plugin and the CLI pass in: each note's question text, read from its body. */
function reader(index: QuestionIndex, texts: Map<string, string>, reads: string[] = []): ReadQuestionText {
	return (path) => {
		reads.push(path);
		const text = texts.get(path);
		const question = index.question(path);
		return text === undefined || question === undefined ? undefined : questionSearchText(text, question.title);
	};
}

const demoTexts = new Map(readVault(DEMO_VAULT).map((note) => [note.path, note.text]));

describe("QuestionSearch over the demo vault", () => {
	let index: QuestionIndex;
	let search: QuestionSearch;
	beforeEach(() => {
		index = demoIndex();
		search = new QuestionSearch();
		search.sync(index, reader(index, demoTexts));
	});

	const paths = (text: string) => search.search(text).map((hit) => hit.path);

	it("indexes every question once", () => {
		expect(search.documentCount).toBe(index.questions().length);
		expect(search.documentsWritten).toBe(index.questions().length);
	});

	it("finds a misspelt word", () => {
		expect(paths("idempotncy")[0]).toBe(KEYS);
		expect(paths("conection pooling")[0]).toBe(POOLING);
	});

	it("finds by prefix as the learner types", () => {
		expect(paths("idempot").slice(0, 2).sort()).toEqual([METHODS, KEYS]);
		expect(search.matchingPaths("idempot")).toEqual(new Set([METHODS, KEYS]));
	});

	it("finds by alias", () => {
		expect(paths("lazy loading")).toEqual(["50-Backend/q-cache-aside-vs-write-through--backend--medium.md"]);
		expect(paths("N+1 problem")[0]).toBe("50-Backend/q-n-plus-one-queries--backend--medium.md");
	});

	it("finds a Russian word of a bilingual note's question, whatever the language setting", () => {
		expect(paths("бэкенду")).toEqual([POOLING]);
		expect(paths("Пул соединений")[0]).toBe(POOLING);
		// ё and е are read alike: the note writes "неё".
		expect(paths("от нее защититься")).toEqual(["50-Backend/q-sql-injection-prevention--backend--medium.md"]);
	});

	it("finds by tag and subtopic, and gives what a result row shows", () => {
		const [hit] = search.search("PgBouncer pool sizing databases");
		expect(hit).toBeUndefined(); // answers are not searched: PgBouncer appears only in the answer
		expect(search.search("connection pool databases")[0]).toMatchObject({ path: POOLING, title: "Connection pooling / Пул соединений", difficulty: "medium" });
		expect(search.matchingPaths("nosql").size).toBe(2);
	});

	it("stops at the limit and finds nothing for a blank query, while the browser filter keeps everything", () => {
		expect(search.search("backend", 3)).toHaveLength(3);
		expect(search.search("   ")).toEqual([]);
		expect(search.matchingPaths(" ").size).toBe(index.questions().length);
	});

	it("re-indexes only the changed note, and drops a deleted one", () => {
		const reads: string[] = [];
		const texts = new Map(demoTexts);
		const read = reader(index, texts, reads);
		const written = search.documentsWritten;
		const text = (texts.get(KEYS) ?? "").replace("title: Idempotency keys for POST requests", "title: Deduplication tokens for POST requests");
		texts.set(KEYS, text);
		index.upsert(analyze(KEYS, text));
		index.remove(METHODS);

		search.sync(index, read);

		expect(reads).toEqual([KEYS]);
		expect(search.documentsWritten).toBe(written + 1);
		expect(search.documentCount).toBe(index.questions().length);
		expect(paths("deduplication")).toEqual([KEYS]);
		expect(paths("retry charging twice")).toEqual([KEYS]);
		expect(search.matchingPaths("idempot")).toEqual(new Set()); // the old title and the deleted note are gone
		expect(paths("safe idempotent methods")).toEqual([]);
	});

	it("does nothing when the index has not changed", () => {
		const reads: string[] = [];
		search.sync(index, reader(index, demoTexts, reads));
		expect(reads).toEqual([]);
		expect(search.syncSlice(index, reader(index, demoTexts), 5)).toBe(false);
	});
});

describe("QuestionSearch built in slices", () => {
	it("does at most the budget per call, says whether work remains, and picks up changes between slices", () => {
		const index = demoIndex();
		const total = index.questions().length; // 51
		const search = new QuestionSearch();
		const read = reader(index, demoTexts);
		const remaining: boolean[] = [];
		remaining.push(search.syncSlice(index, read, 20));
		expect(search.documentCount).toBe(20);

		index.upsert(analyze("new/q-extra--backend--easy.md", questionNote("title: Extra question about idempotency")));
		while (remaining.at(-1)) remaining.push(search.syncSlice(index, read, 20));

		expect(remaining).toEqual([true, true, false]);
		expect(search.documentCount).toBe(total + 1);
		expect(search.documentsWritten).toBe(total + 1);
		expect(search.matchingPaths("idempotency").has("new/q-extra--backend--easy.md")).toBe(true);
	});

	it("keeps a note that cannot be read findable by its properties", () => {
		const index = demoIndex();
		const search = new QuestionSearch();
		search.sync(index, () => undefined);
		expect(search.search("Пул соединений")[0]?.path).toBe(POOLING);
		expect(search.search("бэкенду")).toEqual([]);
	});
});

describe("tokenize and processTerm", () => {
	it("keep Cyrillic words whole and lower-case them", () => {
		expect(tokenize("Зачем бэкенду пул соединений?").map(processTerm)).toEqual(["зачем", "бэкенду", "пул", "соединений"]);
		expect(processTerm("Ёлка")).toBe("елка");
	});

	it("keep C++, C# and N+1 as words, split on other punctuation, and drop symbol-only terms", () => {
		expect(tokenize("C++ and C#: the N+1 problem (write-through, #sql) + more")).toEqual([
			"C++", "and", "C#", "the", "N+1", "problem", "write", "through", "#sql", "+", "more",
		]);
		expect(["#sql", "+", "##"].map(processTerm)).toEqual(["sql", null, null]);
	});

	it("search text holds the question in both languages, not the answer", () => {
		const text = demoTexts.get(POOLING) ?? "";
		const searchable = questionSearchText(text, "Connection pooling / Пул соединений");
		expect(searchable).toContain("Why do backends use a database connection pool");
		expect(searchable).toContain("Зачем бэкенду пул соединений");
		expect(searchable).not.toContain("PgBouncer");
		expect(questionSearchText("---\ntitle: T\n---\nJust a body\n", "T")).toBe("");
	});
});
