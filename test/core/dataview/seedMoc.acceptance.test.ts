import { readFileSync } from "fs";
import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/readVault";
import { parseQuery, runQuery, type Cell, type DataviewPage, type TableResult } from "../../../src/core/dataview";

/**
 * Acceptance: the five distinct Dataview query shapes of seed 003 (a real learner's backend MOC),
 * run over the demo vault as Dataview would run them. The expected rows below are written by
 * hand from the notes themselves (their frontmatter, as `grep` shows it), not produced by the
 * engine; the order follows Dataview's rules, explained next to each list.
 */

const VAULT = "test/fixtures/demo-vault";

function demoPages(): DataviewPage[] {
	// Broken notes have no readable frontmatter, but they are still notes, so Dataview lists them.
	return readVault(VAULT).map((note) => ({ path: note.path, frontmatter: note.frontmatter ?? {}, ctime: note.ctime, mtime: note.mtime }));
}

function runTable(query: string): TableResult {
	const parsed = parseQuery(query);
	if (!parsed.ok) throw new Error(parsed.message);
	const result = runQuery(parsed.query, demoPages(), { today: "2025-10-20" });
	if (result.type !== "table") throw new Error(JSON.stringify(result));
	return result;
}

/**
 * The frontmatter of every note in 50-Backend (51 files: 44 questions, 6 broken notes, 1 concept
 * note), read from the files. `null` = no such property. Notes worth a look:
 * - q-api-pagination and q-read-replicas say `difficulty: Medium` (capital M);
 * - q-http-keep-alive, q-oauth2-authorization-code-pkce and q-dns-resolution-basics have no
 *   `difficulty` property at all (only a tag, or only the file name, says how hard they are);
 * - q-broken-duplicate-key has `difficulty: medium` and later `difficulty: hard`: a duplicated key
 *   is invalid YAML for js-yaml 4, so Obsidian and Dataview give the note no properties at all;
 * - q-broken-template-difficulty has `difficulty: [level]`, a list;
 * - q-broken-backslash-fence, -glued-fence, -empty-frontmatter and -unparseable-yaml have no
 *   properties Obsidian can read;
 * - c-sql-basics is a concept note, not a question, with tags [concept, sql].
 */
type Props = { difficulty: string | string[] | null; subtopics: string | string[] | null; status: string | null; tags: string[] | null };
const NOTES: Record<string, Props> = {
	"c-sql-basics": { difficulty: null, subtopics: null, status: null, tags: ["concept", "sql"] },
	"q-acid-properties--backend--easy": { difficulty: "easy", subtopics: ["transactions", "databases"], status: "reviewed", tags: ["transactions", "acid", "difficulty/easy", "topic/backend"] },
	"q-api-pagination--backend--medium": { difficulty: "Medium", subtopics: ["api", "performance"], status: "ready", tags: ["api", "rest", "performance", "difficulty/medium", "topic/backend"] },
	"q-api-versioning--backend--medium": { difficulty: "medium", subtopics: "api", status: "draft", tags: ["api", "rest", "graphql", "difficulty/medium", "topic/backend"] },
	"q-authentication-vs-authorization--backend--easy": { difficulty: "easy", subtopics: ["security"], status: "ready", tags: ["security", "authentication", "authorization", "difficulty/easy", "topic/backend"] },
	"q-broken-backslash-fence--backend--medium": { difficulty: null, subtopics: null, status: null, tags: null },
	"q-broken-duplicate-key--backend--medium": { difficulty: null, subtopics: null, status: null, tags: null },
	"q-broken-empty-frontmatter--backend--easy": { difficulty: null, subtopics: null, status: null, tags: null },
	"q-broken-glued-fence--backend--easy": { difficulty: null, subtopics: null, status: null, tags: null },
	"q-broken-template-difficulty--backend--medium": { difficulty: ["level"], subtopics: ["performance"], status: "draft", tags: ["architecture", "topic/backend"] },
	"q-broken-unparseable-yaml--backend--hard": { difficulty: null, subtopics: null, status: null, tags: null },
	"q-cache-aside-vs-write-through--backend--medium": { difficulty: "medium", subtopics: "caching", status: "reviewed", tags: ["caching", "redis", "difficulty/medium", "topic/backend"] },
	"q-cache-invalidation-strategies--backend--medium": { difficulty: "medium", subtopics: ["caching", "scalability"], status: "draft", tags: ["caching", "consistency", "difficulty/medium", "topic/backend"] },
	"q-cache-stampede--backend--hard": { difficulty: "hard", subtopics: ["caching", "performance"], status: "reviewed", tags: ["caching", "redis", "performance", "difficulty/hard", "topic/backend"] },
	"q-cap-theorem-tradeoffs--backend--hard": { difficulty: "hard", subtopics: ["scalability", "databases"], status: "reviewed", tags: ["nosql", "distributed-systems", "consistency", "difficulty/hard", "topic/backend"] },
	"q-composite-index-column-order--backend--medium": { difficulty: "medium", subtopics: ["databases", "sql", "performance"], status: "reviewed", tags: ["sql", "query-optimization", "database", "difficulty/medium", "topic/backend"] },
	"q-connection-pooling--backend--medium": { difficulty: "medium", subtopics: ["databases", "performance"], status: "reviewed", tags: ["database", "performance", "difficulty/medium", "topic/backend"] },
	"q-database-migrations-purpose--backend--easy": { difficulty: "easy", subtopics: ["databases"], status: null, tags: ["database", "storage", "difficulty/easy", "topic/backend"] },
	"q-database-sharding--backend--hard": { difficulty: "hard", subtopics: ["scalability", "databases"], status: "ready", tags: ["scalability", "distributed-systems", "database", "difficulty/hard", "topic/backend"] },
	"q-deadlocks-in-databases--backend--medium": { difficulty: "medium", subtopics: ["concurrency", "transactions"], status: "ready", tags: ["transactions", "database", "difficulty/medium", "topic/backend"] },
	"q-distributed-transactions-saga--backend--hard": { difficulty: "hard", subtopics: ["transactions", "scalability"], status: "draft", tags: ["transactions", "distributed-systems", "consistency", "difficulty/hard", "topic/backend"] },
	"q-dns-resolution-basics--backend--easy": { difficulty: null, subtopics: ["networking"], status: "draft", tags: ["performance", "topic/backend"] },
	"q-explain-query-plan--backend--medium": { difficulty: "medium", subtopics: ["sql", "performance"], status: "reviewed", tags: ["sql", "query-optimization", "performance", "difficulty/medium", "topic/backend"] },
	"q-http-keep-alive--backend--medium": { difficulty: null, subtopics: ["networking", "performance"], status: "reviewed", tags: ["performance", "optimization", "difficulty/medium", "topic/backend"] },
	"q-http-methods-idempotency--backend--easy": { difficulty: "easy", subtopics: ["api", "networking"], status: "ready", tags: ["api", "rest", "difficulty/easy", "topic/backend"] },
	"q-idempotency-keys--backend--hard": { difficulty: "hard", subtopics: ["api", "transactions"], status: "ready", tags: ["api", "rest", "transactions", "difficulty/hard", "topic/backend"] },
	"q-jwt-vs-sessions--backend--medium": { difficulty: "medium", subtopics: ["security", "api"], status: "reviewed", tags: ["security", "authentication", "difficulty/medium", "topic/backend"] },
	"q-mvcc-internals--backend--hard": { difficulty: "hard", subtopics: ["transactions", "concurrency", "databases"], status: "reviewed", tags: ["transactions", "consistency", "database", "difficulty/hard", "topic/backend"] },
	"q-n-plus-one-queries--backend--medium": { difficulty: "medium", subtopics: ["sql", "performance"], status: "ready", tags: ["sql", "query-optimization", "graphql", "difficulty/medium", "topic/backend"] },
	"q-oauth2-authorization-code-pkce--backend--hard": { difficulty: null, subtopics: ["security", "api"], status: "ready", tags: ["security", "authorization", "authentication", "difficulty/hard", "topic/backend"] },
	"q-optimistic-vs-pessimistic-locking--backend--medium": { difficulty: "medium", subtopics: ["concurrency", "transactions"], status: "ready", tags: ["transactions", "consistency", "difficulty/medium", "topic/backend"] },
	"q-password-hashing--backend--easy": { difficulty: "easy", subtopics: ["security"], status: "reviewed", tags: ["security", "authentication", "difficulty/easy", "topic/backend"] },
	"q-primary-key-vs-unique--backend--easy": { difficulty: "easy", subtopics: ["databases", "sql"], status: "ready", tags: ["sql", "database", "difficulty/easy", "topic/backend"] },
	"q-process-vs-thread--backend--easy": { difficulty: "easy", subtopics: ["concurrency"], status: "ready", tags: ["performance", "architecture", "difficulty/easy", "topic/backend"] },
	"q-race-conditions-inventory--backend--hard": { difficulty: "hard", subtopics: ["concurrency", "transactions"], status: "ready", tags: ["transactions", "consistency", "difficulty/hard", "topic/backend"] },
	"q-rate-limiting-token-bucket--backend--medium": { difficulty: "medium", subtopics: ["api", "scalability"], status: "draft", tags: ["api", "scalability", "redis", "difficulty/medium", "topic/backend"] },
	"q-read-replicas--backend--medium": { difficulty: "Medium", subtopics: ["scalability", "databases"], status: "reviewed", tags: ["scalability", "database", "difficulty/medium", "topic/backend"] },
	"q-rest-status-codes--backend--easy": { difficulty: "easy", subtopics: "api", status: "reviewed", tags: ["api", "rest", "difficulty/easy", "topic/backend"] },
	"q-sql-injection-prevention--backend--medium": { difficulty: "medium", subtopics: ["security", "sql"], status: "ready", tags: ["security", "sql", "difficulty/medium", "topic/backend"] },
	"q-sql-join-algorithms--backend--hard": { difficulty: "hard", subtopics: ["sql", "performance"], status: "ready", tags: ["sql", "query-optimization", "performance", "difficulty/hard", "topic/backend"] },
	"q-sql-join-types--backend--easy": { difficulty: "easy", subtopics: ["sql"], status: "ready", tags: ["sql", "difficulty/easy", "topic/backend"] },
	"q-sql-vs-nosql-choice--backend--medium": { difficulty: "medium", subtopics: ["databases"], status: "ready", tags: ["nosql", "databases", "difficulty/medium", "topic/backend"] },
	"q-sql-where-vs-having--backend--easy": { difficulty: "easy", subtopics: ["sql"], status: "draft", tags: ["sql", "query-optimization", "difficulty/easy", "topic/backend"] },
	"q-tail-latency--backend--hard": { difficulty: "hard", subtopics: ["performance", "networking"], status: null, tags: ["performance", "distributed-systems", "difficulty/hard", "topic/backend"] },
	"q-tcp-vs-udp--backend--easy": { difficulty: "easy", subtopics: "networking", status: "reviewed", tags: ["performance", "difficulty/easy", "topic/backend"] },
	"q-tls-handshake--backend--hard": { difficulty: "hard", subtopics: ["networking", "security"], status: "draft", tags: ["security", "performance", "difficulty/hard", "topic/backend"] },
	"q-transaction-isolation-levels--backend--medium": { difficulty: "medium", subtopics: ["transactions", "concurrency"], status: "ready", tags: ["transactions", "consistency", "difficulty/medium", "topic/backend"] },
	"q-vertical-vs-horizontal-scaling--backend--easy": { difficulty: "easy", subtopics: ["scalability"], status: "ready", tags: ["scalability", "architecture", "difficulty/easy", "topic/backend"] },
	"q-what-is-an-index--backend--easy": { difficulty: "easy", subtopics: ["databases", "performance"], status: "ready", tags: ["database", "performance", "difficulty/easy", "topic/backend"] },
	"q-what-is-caching--backend--easy": { difficulty: "easy", subtopics: ["caching", "performance"], status: "ready", tags: ["caching", "redis", "difficulty/easy", "topic/backend"] },
	"q-write-ahead-log--backend--hard": { difficulty: "hard", subtopics: ["databases", "transactions"], status: "reviewed", tags: ["database", "storage", "acid", "difficulty/hard", "topic/backend"] },
};

function props(name: string): Props {
	const found = NOTES[name];
	if (!found) throw new Error(`no note ${name}`);
	return found;
}

function fileLink(name: string): Cell {
	return { kind: "link", path: `50-Backend/${name}.md`, display: name };
}

/** The five query shapes, exactly as the seed MOC (and the demo MOC, which copies them) writes them. */
const BY_DIFFICULTY = (difficulty: string): string =>
	`TABLE file.link AS "Question", subtopics AS "Subtopics", tags AS "Tags"\nFROM "50-Backend"\nWHERE difficulty = "${difficulty}"\nSORT file.name ASC\nLIMIT 50\n`;
const DATABASES =
	'TABLE difficulty, status\nFROM "50-Backend"\nWHERE contains(tags, "database") OR contains(tags, "databases") OR contains(subtopics, "databases")\nSORT difficulty ASC, file.name ASC\n';
const SQL = 'TABLE difficulty, status\nFROM "50-Backend"\nWHERE contains(tags, "sql") OR contains(tags, "query-optimization") OR contains(file.name, "sql")\nSORT difficulty ASC, file.name ASC\n';
const ALL_QUESTIONS = 'TABLE difficulty, subtopics, status, tags\nFROM "50-Backend"\nSORT difficulty ASC, file.name ASC\n';
const STATISTICS = 'TABLE length(rows) as "Count"\nFROM "50-Backend"\nGROUP BY difficulty\nSORT difficulty ASC\n';

describe("the demo MOC's Dataview blocks", () => {
	it("are the seed's query shapes, so these tests are the MOC's", () => {
		const moc = readFileSync(`${VAULT}/90-MOCs/moc-backend.md`, "utf8");
		const blocks = [...moc.matchAll(/```dataview\n([\s\S]*?)```/g)].map((match) => match[1]);
		expect(blocks).toEqual([BY_DIFFICULTY("easy"), BY_DIFFICULTY("medium"), BY_DIFFICULTY("hard"), DATABASES, SQL, ALL_QUESTIONS, STATISTICS]);
	});
});

describe("seed query 1: TABLE … AS … WHERE difficulty = \"…\" SORT file.name ASC LIMIT 50", () => {
	const expectRows = (difficulty: string, names: string[]): void => {
		const result = runTable(BY_DIFFICULTY(difficulty));
		expect(result.headers).toEqual(["File", "Question", "Subtopics", "Tags"]);
		expect(result.rows).toEqual(names.map((name) => [fileLink(name), fileLink(name), props(name).subtopics, props(name).tags]));
	};

	it("easy: 14 notes; q-dns-resolution-basics has no difficulty property, so it is not here", () => {
		expectRows("easy", [
			"q-acid-properties--backend--easy",
			"q-authentication-vs-authorization--backend--easy",
			"q-database-migrations-purpose--backend--easy",
			"q-http-methods-idempotency--backend--easy",
			"q-password-hashing--backend--easy",
			"q-primary-key-vs-unique--backend--easy",
			"q-process-vs-thread--backend--easy",
			"q-rest-status-codes--backend--easy",
			"q-sql-join-types--backend--easy",
			"q-sql-where-vs-having--backend--easy",
			"q-tcp-vs-udp--backend--easy",
			"q-vertical-vs-horizontal-scaling--backend--easy",
			"q-what-is-an-index--backend--easy",
			"q-what-is-caching--backend--easy",
		]);
	});

	it("medium: 14 of the 17 medium questions; `= \"medium\"` is case-sensitive, so the two `Medium` notes fall out, and q-http-keep-alive has no property", () => {
		expectRows("medium", [
			"q-api-versioning--backend--medium",
			"q-cache-aside-vs-write-through--backend--medium",
			"q-cache-invalidation-strategies--backend--medium",
			"q-composite-index-column-order--backend--medium",
			"q-connection-pooling--backend--medium",
			"q-deadlocks-in-databases--backend--medium",
			"q-explain-query-plan--backend--medium",
			"q-jwt-vs-sessions--backend--medium",
			"q-n-plus-one-queries--backend--medium",
			"q-optimistic-vs-pessimistic-locking--backend--medium",
			"q-rate-limiting-token-bucket--backend--medium",
			"q-sql-injection-prevention--backend--medium",
			"q-sql-vs-nosql-choice--backend--medium",
			"q-transaction-isolation-levels--backend--medium",
		]);
	});

	it("hard: 11 questions, not q-broken-duplicate-key (a duplicated key: no properties); the quoted \"hard\" is plain hard; q-oauth2 has no property", () => {
		expectRows("hard", [
			"q-cache-stampede--backend--hard",
			"q-cap-theorem-tradeoffs--backend--hard",
			"q-database-sharding--backend--hard",
			"q-distributed-transactions-saga--backend--hard",
			"q-idempotency-keys--backend--hard",
			"q-mvcc-internals--backend--hard",
			"q-race-conditions-inventory--backend--hard",
			"q-sql-join-algorithms--backend--hard",
			"q-tail-latency--backend--hard",
			"q-tls-handshake--backend--hard",
			"q-write-ahead-log--backend--hard",
		]);
	});
});

/** [File, difficulty, status] rows for the names, in order. */
const difficultyStatusRows = (names: string[]): Cell[][] => names.map((name) => [fileLink(name), props(name).difficulty, props(name).status]);

describe("seed query 2: contains(tags, …) OR … contains(subtopics, …) SORT difficulty ASC, file.name ASC", () => {
	it("takes every note with a tag containing `database` or a subtopic containing `databases`, sorted alphabetically by difficulty: easy < hard < medium < Medium", () => {
		const result = runTable(DATABASES);
		expect(result.headers).toEqual(["File", "difficulty", "status"]);
		expect(result.rows).toEqual(
			difficultyStatusRows([
				// easy
				"q-acid-properties--backend--easy", // subtopic databases
				"q-database-migrations-purpose--backend--easy", // tag database
				"q-primary-key-vs-unique--backend--easy",
				"q-what-is-an-index--backend--easy",
				// hard (Dataview compares text with localeCompare: "hard" < "medium")
				"q-cap-theorem-tradeoffs--backend--hard", // subtopic databases only
				"q-database-sharding--backend--hard",
				"q-mvcc-internals--backend--hard",
				"q-write-ahead-log--backend--hard",
				// medium
				"q-composite-index-column-order--backend--medium",
				"q-connection-pooling--backend--medium",
				"q-deadlocks-in-databases--backend--medium", // tag database, subtopics concurrency/transactions
				"q-sql-vs-nosql-choice--backend--medium", // tag databases
				// Medium: same letters as medium, and lower case wins the tie, so it comes last
				"q-read-replicas--backend--medium",
			]),
		);
	});
});

describe("seed query 3: contains(tags, \"sql\") OR contains(tags, \"query-optimization\") OR contains(file.name, \"sql\")", () => {
	it("matches `nosql` tags too (substring per element), includes the concept note, and sorts its missing difficulty (null) first", () => {
		const result = runTable(SQL);
		expect(result.headers).toEqual(["File", "difficulty", "status"]);
		expect(result.rows).toEqual(
			difficultyStatusRows([
				"c-sql-basics", // a concept note is a page too: tag sql, "sql" in its name; no difficulty → null, first
				"q-primary-key-vs-unique--backend--easy",
				"q-sql-join-types--backend--easy",
				"q-sql-where-vs-having--backend--easy",
				"q-cap-theorem-tradeoffs--backend--hard", // only its tag `nosql` contains "sql"
				"q-sql-join-algorithms--backend--hard",
				"q-composite-index-column-order--backend--medium",
				"q-explain-query-plan--backend--medium",
				"q-n-plus-one-queries--backend--medium",
				"q-sql-injection-prevention--backend--medium",
				"q-sql-vs-nosql-choice--backend--medium", // tag nosql, and "sql" in its name
			]),
		);
	});
});

/**
 * All 51 notes of 50-Backend by difficulty, then name. Dataview's order of values: null first;
 * then by type name, so the list `[level]` ("array") before any text ("string"); text
 * alphabetically, easy < hard < medium < Medium.
 */
const ALL_IN_ORDER = [
	// difficulty null: no property, or no readable frontmatter
	"c-sql-basics",
	"q-broken-backslash-fence--backend--medium",
	"q-broken-duplicate-key--backend--medium",
	"q-broken-empty-frontmatter--backend--easy",
	"q-broken-glued-fence--backend--easy",
	"q-broken-unparseable-yaml--backend--hard",
	"q-dns-resolution-basics--backend--easy",
	"q-http-keep-alive--backend--medium",
	"q-oauth2-authorization-code-pkce--backend--hard",
	// difficulty [level], a list
	"q-broken-template-difficulty--backend--medium",
	// easy
	"q-acid-properties--backend--easy",
	"q-authentication-vs-authorization--backend--easy",
	"q-database-migrations-purpose--backend--easy",
	"q-http-methods-idempotency--backend--easy",
	"q-password-hashing--backend--easy",
	"q-primary-key-vs-unique--backend--easy",
	"q-process-vs-thread--backend--easy",
	"q-rest-status-codes--backend--easy",
	"q-sql-join-types--backend--easy",
	"q-sql-where-vs-having--backend--easy",
	"q-tcp-vs-udp--backend--easy",
	"q-vertical-vs-horizontal-scaling--backend--easy",
	"q-what-is-an-index--backend--easy",
	"q-what-is-caching--backend--easy",
	// hard
	"q-cache-stampede--backend--hard",
	"q-cap-theorem-tradeoffs--backend--hard",
	"q-database-sharding--backend--hard",
	"q-distributed-transactions-saga--backend--hard",
	"q-idempotency-keys--backend--hard",
	"q-mvcc-internals--backend--hard",
	"q-race-conditions-inventory--backend--hard",
	"q-sql-join-algorithms--backend--hard",
	"q-tail-latency--backend--hard",
	"q-tls-handshake--backend--hard",
	"q-write-ahead-log--backend--hard",
	// medium
	"q-api-versioning--backend--medium",
	"q-cache-aside-vs-write-through--backend--medium",
	"q-cache-invalidation-strategies--backend--medium",
	"q-composite-index-column-order--backend--medium",
	"q-connection-pooling--backend--medium",
	"q-deadlocks-in-databases--backend--medium",
	"q-explain-query-plan--backend--medium",
	"q-jwt-vs-sessions--backend--medium",
	"q-n-plus-one-queries--backend--medium",
	"q-optimistic-vs-pessimistic-locking--backend--medium",
	"q-rate-limiting-token-bucket--backend--medium",
	"q-sql-injection-prevention--backend--medium",
	"q-sql-vs-nosql-choice--backend--medium",
	"q-transaction-isolation-levels--backend--medium",
	// Medium
	"q-api-pagination--backend--medium",
	"q-read-replicas--backend--medium",
];

describe("seed query 4: All Questions", () => {
	it("lists every note of the folder, broken and non-question notes included, with their properties as written", () => {
		expect(ALL_IN_ORDER).toHaveLength(Object.keys(NOTES).length);
		const result = runTable(ALL_QUESTIONS);
		expect(result.headers).toEqual(["File", "difficulty", "subtopics", "status", "tags"]);
		expect(result.rows).toEqual(
			ALL_IN_ORDER.map((name) => {
				const { difficulty, subtopics, status, tags } = props(name);
				return [fileLink(name), difficulty, subtopics, status, tags];
			}),
		);
	});
});

describe("seed query 5: Statistics, GROUP BY difficulty with length(rows)", () => {
	it("counts each difficulty value as written: missing ones under null, the list [level], and Medium apart from medium", () => {
		const result = runTable(STATISTICS);
		expect(result.headers).toEqual(["difficulty", "Count"]);
		expect(result.rows).toEqual([
			[null, 9],
			[["level"], 1],
			["easy", 14],
			["hard", 11],
			["medium", 14],
			["Medium", 2],
		]);
		// The groups' rows are the notes of ALL_IN_ORDER, cut at each difficulty (each group in path order).
		const bounds = [0, 9, 10, 24, 35, 49, 51];
		expect(result.groups?.map((group) => group.rows)).toEqual(bounds.slice(1).map((end, index) => ALL_IN_ORDER.slice(bounds[index], end).map(fileLink)));
	});
});
