import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checklistCoverage, stem, topicPhrases, type ThemeCoverage, type TopicState } from "../../../src/core/checklist/coverage";
import { doneLine, parseChecklist } from "../../../src/core/checklist/parseChecklist";
import { newQuestionForTopic } from "../../../src/core/checklist/newQuestion";
import { demoIndex } from "../../support/demoIndex";

const CHECKLIST = readFileSync("test/fixtures/documents/topic-checklist.md", "utf8");

function topicsIn(themes: ThemeCoverage[], state: TopicState): string[] {
	return themes.flatMap((theme) => theme.topics.filter((topic) => topic.state === state).map((topic) => topic.topic.text));
}

describe("reading a topic checklist", () => {
	it("finds the numbered themes, their topics and which are done, whichever mark is used", () => {
		const checklist = parseChecklist(CHECKLIST);
		expect(checklist.themes.map((theme) => [theme.name, theme.topics.map((topic) => `${topic.done ? "x" : " "} ${topic.text}`)])).toEqual([
			["Storage and Databases", ["x Indexes and query plans", "x Transactions and isolation levels", "x Database sharding", "  Graph databases"]],
			["APIs and Networking", ["  HTTP methods and status codes", "  Authentication (OAuth, JWT, sessions)", "  Service discovery"]],
			["Reliability and Scale", ["x Caching layers (CDN, cache-aside)", "  Rate limiting", "x Chaos engineering"]],
			["Concurrency", ["  Locking: optimistic, pessimistic", "x Processes and threads"]],
		]);
		expect(checklist.doneMark).toBe("Done");
	});

	it("skips the frontmatter, headings as themes and lines that introduce a list", () => {
		const checklist = parseChecklist("---\ntitle: My list\n---\n## Networking\n- [ ] TCP handshakes\n- ✅ DNS\nRead these next:\n");
		expect(checklist.themes).toEqual([{ name: "Networking", line: 3, topics: [
			{ text: "TCP handshakes", done: false, line: 4, raw: "- [ ] TCP handshakes" },
			{ text: "DNS", done: true, line: 5, raw: "- ✅ DNS" },
		] }]);
		expect(checklist.doneMark).toBe("✅");
	});

	it("marks a topic done in the checklist's own way: ticks a box, else adds its mark", () => {
		const checklist = parseChecklist(CHECKLIST);
		const [storage, , reliability] = checklist.themes;
		const graph = storage?.topics[3];
		const rate = reliability?.topics[1];
		if (!graph || !rate) throw new Error("fixture changed");
		expect(doneLine(graph, checklist.doneMark)).toBe("Graph databases Done");
		expect(doneLine(rate, checklist.doneMark)).toBe("   - [x] Rate limiting");
		expect(doneLine({ ...graph, raw: "Graph databases  " }, "✅")).toBe("Graph databases ✅  ");
	});
});

describe("matching topics to questions", () => {
	const themes = checklistCoverage(parseChecklist(CHECKLIST), demoIndex().questions(), { threshold: 3.5 });

	it("lists the topics with no question", () => {
		expect(topicsIn(themes, "missing")).toEqual(["Graph databases", "Service discovery", "Chaos engineering"]);
	});

	it("lists the topics marked done whose questions average below the hire bar", () => {
		expect(topicsIn(themes, "done-but-weak")).toEqual(["Indexes and query plans", "Database sharding"]);
		const indexes = themes[0]?.topics[0];
		expect(indexes?.questions.map((q) => [q.title, q.grade])).toEqual([
			["Column order in a composite index", undefined],
			["Reading a query plan with EXPLAIN", undefined],
			["What a database index is and what it costs", 2],
		]);
		expect(indexes?.readiness).toMatchObject({ average: 2, graded: 1, total: 3, ready: false });
	});

	it("lists the topics not marked done that are already strong", () => {
		expect(topicsIn(themes, "strong-not-done")).toEqual(["HTTP methods and status codes", "Authentication (OAuth, JWT, sessions)", "Locking: optimistic, pessimistic"]);
	});

	it("counts the rest as covered, graded at or above the bar or not yet graded", () => {
		expect(topicsIn(themes, "covered")).toEqual(["Transactions and isolation levels", "Caching layers (CDN, cache-aside)", "Rate limiting", "Processes and threads"]);
		expect(themes.map((theme) => theme.counts)).toEqual([
			{ missing: 1, "done-but-weak": 2, "strong-not-done": 0, covered: 1 },
			{ missing: 1, "done-but-weak": 0, "strong-not-done": 2, covered: 0 },
			{ missing: 1, "done-but-weak": 0, "strong-not-done": 0, covered: 2 },
			{ missing: 0, "done-but-weak": 0, "strong-not-done": 1, covered: 1 },
		]);
	});

	it("falls back to search only for a topic nothing else matches", () => {
		const searched: string[] = [];
		const path = "50-Backend/q-dns-resolution-basics--backend--easy.md";
		const withSearch = checklistCoverage(parseChecklist(CHECKLIST), demoIndex().questions(), {
			threshold: 3.5,
			search: (text) => {
				searched.push(text);
				return text.includes("Service discovery") ? [path] : [];
			},
		});
		expect(searched).toEqual(["Graph databases", "Service discovery", "Chaos engineering"]);
		const discovery = withSearch[1]?.topics[2];
		expect(discovery).toMatchObject({ state: "covered", via: "search", questions: [{ path }] });
	});

	it("reads a topic's alternatives and stems words so that caching finds cache", () => {
		expect(topicPhrases("Caching layers (CDN, cache-aside)")).toEqual([[["cach"], ["lay"]], [["cdn"]], [["cach"], ["asid"]]]);
		expect(topicPhrases("Microservices vs monolith")).toEqual([[["microservic"], ["monolith"]], [["microservic"]], [["monolith"]]]);
		expect(["caching", "cache", "caches"].map(stem)).toEqual(["cach", "cach", "cach"]);
		expect(["queues", "queue", "indexes", "index", "queries", "query", "classes"].map(stem)).toEqual(["queu", "queu", "index", "index", "query", "query", "class"]);
	});
});

describe("a question for a topic that has none", () => {
	const topic = { text: "Graph databases", done: false, line: 7, raw: "Graph databases" };

	it("is named in the vault's convention, with the topic's words as its subtopic, beside any file already there", () => {
		const taken = "New/q-graph-databases--storage-databases--medium.md";
		const note = newQuestionForTopic(topic, "Storage and Databases", { folder: "New", today: "2026-11-23", occupied: (path) => path === taken });
		expect(note.path).toBe("New/q-graph-databases-2--storage-databases--medium.md");
		expect(note.text).toContain("title: Graph databases\ntopic: storage-databases\nsubtopics: [graph-databases]\ndifficulty: medium\n");
	});

	it("fills the user's template", () => {
		const note = newQuestionForTopic(topic, "Storage", { folder: "", template: "---\ntitle: {{title}}\ncreated: {{ date }}\n---\n# {{subtopic}}\n", today: "2026-11-23", occupied: () => false });
		expect(note).toEqual({ path: "q-graph-databases--storage--medium.md", text: "---\ntitle: Graph databases\ncreated: 2026-11-23\n---\n# graph-databases\n" });
	});
});
