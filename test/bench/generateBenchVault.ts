import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SEED_003_QUERIES } from "./seedQueries";
import { seededRandom } from "../support/seededRandom";

/** The one seeded generator of the test suite: the same vault on every run. */
export { seededRandom };

/**
 * A deterministic synthetic vault for the benchmarks, shaped like the real vaults of DESIGN.md and
 * test/fixtures/demo-vault: question notes with full frontmatter and EN or bilingual EN/RU bodies
 * under `50-Backend/` (where the seed MOC's Dataview queries look), some under `60-SystemDesign/`,
 * concept notes, a few MOCs with study paths and the seed's Dataview blocks, a welcome note, and
 * about 10% messy or broken notes of the kinds seen in a public vault of 1,700 notes.
 */

export interface BenchVault {
	root: string;
	/** Every note written, vault-relative, in writing order. */
	paths: string[];
	bytes: number;
	counts: Record<NoteKind, number>;
}

type NoteKind = "question" | "messy" | "broken" | "concept" | "moc" | "other";

/** Messy notes Obsidian still reads, and broken ones it shows no properties for (DESIGN.md). */
const MESSY_KINDS = ["duplicate-key", "trailing-comment", "template-difficulty", "list-as-string", "crlf-bom", "capitalised", "title-only"] as const;
const BROKEN_KINDS = ["backslash-fence", "glued-fence", "empty-frontmatter", "unparseable-yaml", "unclosed-fence"] as const;

const DIFFICULTIES = ["easy", "medium", "hard"] as const;
type Difficulty = (typeof DIFFICULTIES)[number];

/** Subtopics with the tags a learner files them under (the seed MOC's WHERE clauses test these). */
const SUBTOPICS: Record<string, string[]> = {
	databases: ["database", "storage"],
	sql: ["sql", "query-optimization"],
	api: ["api", "rest", "graphql", "web-services"],
	caching: ["caching", "redis"],
	security: ["security", "authentication", "authorization"],
	scalability: ["scalability", "architecture", "distributed-systems"],
	transactions: ["transactions", "acid", "consistency"],
	performance: ["performance", "optimization"],
	networking: ["networking", "http"],
	concurrency: ["concurrency", "locking"],
};
const SUBTOPIC_NAMES = Object.keys(SUBTOPICS);

const SUBJECTS: [string, string][] = [
	["connection pooling", "пул соединений"], ["index selectivity", "селективность индекса"], ["query planner", "планировщик запросов"],
	["read replicas", "реплики для чтения"], ["write-ahead log", "журнал упреждающей записи"], ["isolation levels", "уровни изоляции"],
	["optimistic locking", "оптимистическая блокировка"], ["cache invalidation", "инвалидация кэша"], ["rate limiting", "ограничение частоты запросов"],
	["idempotency keys", "ключи идемпотентности"], ["JWT sessions", "сессии на JWT"], ["password hashing", "хеширование паролей"],
	["sharding strategy", "стратегия шардирования"], ["consistent hashing", "консистентное хеширование"], ["saga pattern", "паттерн сага"],
	["two-phase commit", "двухфазная фиксация"], ["N+1 queries", "проблема N+1"], ["REST pagination", "пагинация в REST"],
	["GraphQL resolvers", "резолверы GraphQL"], ["TLS handshake", "рукопожатие TLS"], ["HTTP keep-alive", "keep-alive в HTTP"],
	["deadlock detection", "обнаружение взаимоблокировок"], ["MVCC snapshots", "снимки MVCC"], ["cache stampede", "лавина промахов кэша"],
	["circuit breaker", "автоматический выключатель"], ["message queues", "очереди сообщений"], ["event sourcing", "хранение событий"],
	["CQRS", "CQRS"], ["load balancing", "балансировка нагрузки"], ["tail latency", "хвостовые задержки"],
	["B-tree indexes", "индексы B-дерево"], ["hash joins", "хеш-соединения"], ["materialized views", "материализованные представления"],
	["OAuth 2.0 flows", "потоки OAuth 2.0"], ["SQL injection", "SQL-инъекции"], ["CAP theorem", "теорема CAP"],
];
const VERBS = ["How does", "Why use", "When does", "What limits", "How would you tune", "What breaks with", "How do you test", "What does"];
const CONTEXTS = [
	"in PostgreSQL", "in MySQL", "in Kafka", "in Redis", "on Kubernetes", "in a monolith", "across regions", "in Go services", "in the JVM",
	"at start-up", "for mobile clients", "in payments", "in search", "with gRPC", "behind a CDN", "in analytics", "in a queue worker",
	"for multi-tenant SaaS", "in batch jobs", "during a migration",
];
const ENDINGS = ["work", "help under load", "fail in production", "cost", "scale", "interact with retries", "change at 10x traffic", "go wrong"];

const EN_SENTENCES = [
	"The database keeps several versions of a row and shows each transaction the one that matches its snapshot.",
	"A pool keeps a fixed number of open connections, so a request borrows one instead of paying for a new handshake.",
	"Readers never block writers and writers never block readers; two writers on the same row still conflict.",
	"The planner estimates the cost of each plan from table statistics and picks the cheapest one it finds.",
	"When the statistics are stale the estimate is wrong, and a nested loop over a large table can take minutes.",
	"An index helps only when the predicate is selective enough that reading the index is cheaper than a scan.",
	"Retries without an idempotency key can charge a customer twice when the first response is lost on the way back.",
	"A cache that expires every key at the same moment sends the whole load to the database at once.",
	"Measure the 99th percentile, not the mean: a user who loads forty resources waits for the slowest of them.",
	"Sharding by a key that grows over time puts every new write on the last shard, which becomes the hot spot.",
	"Compensating actions undo the visible effect of a step, not the step itself, so they must be designed up front.",
	"A token bucket allows short bursts while keeping the average rate under the configured limit.",
	"Hashing a password with a slow, salted function makes a leaked table far more expensive to crack.",
	"Keep-alive reuses one TCP connection for many requests, which saves a round trip and a TLS handshake each time.",
	"In a partition the system must choose between answering with possibly stale data and refusing to answer.",
	"Write the log record before the page: after a crash, replaying the log brings the data files back to a consistent state.",
];
const RU_SENTENCES = [
	"База хранит несколько версий строки и показывает каждой транзакции ту, что соответствует её снимку.",
	"Пул держит фиксированное число открытых соединений, и запрос берёт готовое вместо нового рукопожатия.",
	"Читатели не блокируют писателей, а писатели — читателей; два писателя одной строки всё равно конфликтуют.",
	"Планировщик оценивает стоимость каждого плана по статистике таблиц и выбирает самый дешёвый.",
	"Если статистика устарела, оценка неверна, и вложенный цикл по большой таблице может идти минутами.",
	"Индекс помогает, только когда условие достаточно избирательно и чтение индекса дешевле полного просмотра.",
	"Повтор без ключа идемпотентности может списать деньги дважды, если первый ответ потерялся по дороге.",
	"Кэш, у которого все ключи истекают одновременно, отправляет всю нагрузку в базу разом.",
	"Смотрите на 99-й перцентиль, а не на среднее: пользователь ждёт самый медленный из сорока запросов.",
	"Шардирование по растущему ключу отправляет все новые записи на последний шард, и он перегревается.",
];
const FOLLOW_UPS = [
	"What changes when the data no longer fits in memory?",
	"How would you detect this problem from the metrics alone?",
	"What is the failure mode when the network partitions?",
	"How would you roll this out without downtime?",
	"Which trade-off would you make for a write-heavy workload?",
];


interface Planned {
	path: string;
	basename: string;
	kind: NoteKind;
	difficulty: Difficulty;
	subtopics: string[];
	variant: number;
	subject: [string, string];
	folder: string;
}

/** Writes a vault of exactly `count` notes into a new folder under the OS temp folder. */
export function generateBenchVault(count: number, seed = 20251020): BenchVault {
	const root = mkdtempSync(join(tmpdir(), `iv-bench-${count}-`));
	const random = seededRandom(seed ^ count);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const mocCount = Math.max(3, Math.round(count / 2000));
	const plan: Planned[] = [];
	const counts: Record<NoteKind, number> = { question: 0, messy: 0, broken: 0, concept: 0, moc: 0, other: 0 };

	for (let i = 0; plan.length < count - mocCount - 1; i++) {
		const difficulty = pick(DIFFICULTIES);
		const subject = pick(SUBJECTS);
		const first = pick(SUBTOPIC_NAMES);
		const subtopics = random() < 0.6 ? [first, pick(SUBTOPIC_NAMES)].filter((s, k, all) => all.indexOf(s) === k) : [first];
		const roll = random();
		// 5% messy-but-readable, 5% broken, 2% concept notes, the rest questions.
		const kind: NoteKind = roll < 0.05 ? "messy" : roll < 0.1 ? "broken" : roll < 0.12 ? "concept" : "question";
		const folder = random() < 0.88 ? "50-Backend" : "60-SystemDesign";
		const topic = folder === "50-Backend" ? "backend" : "system-design";
		const slug = `${subject[0].toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${i.toString(36)}`;
		const basename = kind === "concept" ? `c-${slug}` : `q-${slug}--${topic}--${difficulty}`;
		plan.push({ path: `${folder}/${basename}.md`, basename, kind, difficulty, subtopics, variant: Math.floor(random() * 1e6), subject, folder });
		counts[kind]++;
	}

	const questions = plan.filter((note) => note.kind !== "concept");
	const mocs = Array.from({ length: mocCount }, (_, m) => `moc-backend-${m + 1}`);
	const folders = new Set(plan.map((note) => note.folder));
	for (const folder of [...folders, "90-MOCs"]) mkdirSync(join(root, folder), { recursive: true });

	let bytes = 0;
	const paths: string[] = [];
	const write = (path: string, text: string): void => {
		writeFileSync(join(root, path), text);
		bytes += Buffer.byteLength(text);
		paths.push(path);
	};

	for (const note of plan) {
		const context: NoteContext = { note, questions, mocs, random, pick };
		const text = note.kind === "concept" ? conceptNote(context) : note.kind === "broken" ? brokenNote(context) : questionNote(context);
		write(note.path, text);
	}
	for (let m = 0; m < mocs.length; m++) {
		write(`90-MOCs/${mocs[m] ?? "moc"}.md`, mocNote(m, questions, random));
		counts.moc++;
	}
	write("Welcome.md", "# Welcome\n\nThis vault holds interview questions. Start with [[moc-backend-1]].\n");
	counts.other++;
	// A plugin folder with a markdown file the reader must skip.
	mkdirSync(join(root, ".obsidian"), { recursive: true });
	writeFileSync(join(root, ".obsidian", "q-not-a-note--backend--easy.md"), "---\ndifficulty: easy\n---\n");
	return { root, paths, bytes, counts };
}

export function removeBenchVault(vault: BenchVault): void {
	rmSync(vault.root, { recursive: true, force: true });
}

interface NoteContext {
	note: Planned;
	questions: readonly Planned[];
	mocs: readonly string[];
	random: () => number;
	pick: <T>(items: readonly T[]) => T;
}

function tagsOf(note: Planned, pick: <T>(items: readonly T[]) => T): string[] {
	const tags = new Set<string>();
	for (const subtopic of note.subtopics) {
		const options = SUBTOPICS[subtopic] ?? [];
		tags.add(options[0] ?? subtopic);
		tags.add(pick(options));
	}
	tags.add(`difficulty/${note.difficulty}`);
	tags.add(`topic/${note.folder === "50-Backend" ? "backend" : "system-design"}`);
	return [...tags];
}

function titleOf(note: Planned, bilingual: boolean, variant: number): string {
	const en = `${VERBS[variant % VERBS.length] ?? "How does"} ${note.subject[0]} ${CONTEXTS[(variant >> 6) % CONTEXTS.length] ?? ""} ${ENDINGS[(variant >> 3) % ENDINGS.length] ?? "work"}`;
	return bilingual ? `${en} / ${note.subject[1]}` : en;
}

function isoDay(year: number, dayOfYear: number): string {
	const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
	return date.toISOString().slice(0, 10);
}

/** Paragraphs of a few sentences, one sentence a line as many editors wrap them, then a list of key points. */
function longAnswer(pool: readonly string[], random: () => number, depth: number): string[] {
	const lines: string[] = [];
	for (let p = 0; p < Math.round(11 * depth); p++) {
		for (let s = 0; s < 3; s++) lines.push(sentences(pool, random, 1));
		lines.push("");
	}
	lines.push("Key points:");
	for (let k = 0; k < Math.round(26 * depth); k++) lines.push(`- ${(pool[Math.floor(random() * pool.length)] ?? "").split(/[,;.]/)[0] ?? ""}`);
	lines.push("");
	return lines;
}

/** A code block of some twenty lines, as most real answers carry one. */
function codeExample(variant: number, depth: number): string[] {
	const body: string[] = [];
	for (let i = 0; i < Math.round(70 * depth); i++) body.push(`    val s${i} = step(${(variant + i) % 900})`);
	return ["```kotlin", "suspend fun handle(request: Request): Response {", ...body, "    return Response.ok()", "}", "```", ""];
}

function sentences(pool: readonly string[], random: () => number, count: number): string {
	const picked: string[] = [];
	for (let i = 0; i < count; i++) picked.push(pool[Math.floor(random() * pool.length)] ?? "");
	return picked.join(" ");
}

/** The learner's progress, as the plugin writes it (prefix `quiz_`); about a third of the notes. */
function learningLines(random: () => number): string[] {
	if (random() >= 0.35) return [];
	const reviewed = isoDay(2025, 200 + Math.floor(random() * 100));
	const due = isoDay(2025, 280 + Math.floor(random() * 60));
	const grade = 1 + Math.floor(random() * 5);
	const status = grade >= 5 ? "mastered" : grade >= 3 ? "review" : "learning";
	return [
		`quiz_status: ${status}`, `quiz_grade: ${grade}`, `quiz_reviewed: ${reviewed}`, `quiz_due: ${due}`,
		`quiz_stability: ${(random() * 30).toFixed(1)}`, `quiz_difficulty: ${(1 + random() * 8).toFixed(1)}`,
		`quiz_reps: ${1 + Math.floor(random() * 6)}`, `quiz_lapses: ${Math.floor(random() * 3)}`,
	];
}

function relatedOf(context: NoteContext, howMany: number): Planned[] {
	const related: Planned[] = [];
	for (let i = 0; i < howMany; i++) related.push(context.pick(context.questions));
	return related;
}

function frontmatterLines(context: NoteContext, messy?: (typeof MESSY_KINDS)[number]): { lines: string[]; bilingual: boolean } {
	const { note, random, pick } = context;
	const variant = note.variant;
	const bilingual = variant % 5 < 2;
	const tags = tagsOf(note, pick);
	const related = relatedOf(context, 1 + (variant % 3)).map((q) => q.basename);
	let difficulty: string = note.difficulty;
	if (messy === "trailing-comment") difficulty = `${note.difficulty}   # was medium before the rewrite`;
	else if (messy === "template-difficulty") difficulty = "[level]";
	else if (messy === "capitalised") difficulty = note.difficulty[0]?.toUpperCase() + note.difficulty.slice(1);
	else if (variant % 7 === 0) difficulty = `"${note.difficulty}"`;
	const subtopicStyle = variant % 6;
	const subtopicLines = messy === "list-as-string"
		? [`subtopics: ${note.subtopics.join(", ")}`]
		: subtopicStyle === 0
			? ["subtopics:", ...note.subtopics.map((s) => `  - ${s}`)]
			: subtopicStyle === 1 && note.subtopics.length === 1
				? [`subtopics: ${note.subtopics[0] ?? ""}`]
				: [`subtopics: [${note.subtopics.join(", ")}]`];
	const lines = [
		`id: be-${variant.toString(36)}`,
		`title: ${titleOf(note, bilingual, variant)}`,
		...(variant % 4 === 0 ? [`aliases: [${note.subject[0]}]`] : []),
		`topic: ${note.folder === "50-Backend" ? "backend" : "system-design"}`,
		...subtopicLines,
		`question_kind: ${["theory", "practice", "design"][variant % 3] ?? "theory"}`,
		// Some notes carry their difficulty only in the tag and the file name.
		...(variant % 23 === 0 && messy === undefined ? [] : [`difficulty: ${difficulty}`]),
		`status: ${["draft", "ready", "reviewed"][(variant >> 2) % 3] ?? "draft"}`,
		`moc: ${context.mocs[variant % context.mocs.length] ?? "moc-backend-1"}`,
		`related: [${related.join(", ")}]`,
		`tags: [${tags.join(", ")}]`,
		`created: ${isoDay(2025, Math.floor(random() * 280))}`,
		...learningLines(random),
	];
	if (messy === "duplicate-key") lines.splice(lines.length - 1, 0, `difficulty: ${pick(DIFFICULTIES)}`);
	return { lines, bilingual };
}

function body(context: NoteContext, bilingual: boolean): string {
	const { note, random } = context;
	const variant = note.variant;
	const question = `${VERBS[variant % VERBS.length] ?? "How does"} ${note.subject[0]} ${ENDINGS[(variant >> 3) % ENDINGS.length] ?? "work"}, and what does it cost?`;
	const parts: string[] = ["# Question (EN)", `> ${question}`, ""];
	if (bilingual) parts.push("# Вопрос (RU)", `> Как работает ${note.subject[1]} и чем за это приходится платить?`, "");
	if (variant % 10 === 9) {
		// Seed 000's format: labelled strong and weak answers instead of an Answer section.
		parts.push(`Strong answer: ${sentences(EN_SENTENCES, random, 4)}`, "", `Weak answer: ${sentences(EN_SENTENCES, random, 1)}`, "");
	} else {
		// Real notes are a median 10.3 KB and 324 lines, the 90th percentile 24.8 KB (REAL-VAULTS.md): long answers, key points, code.
		const depth = variant % 10 === 0 ? 2.5 : variant % 4 === 1 ? 0.7 : 1.2;
		parts.push("## Answer (EN)", ...longAnswer(EN_SENTENCES, random, depth));
		if (variant % 3 === 0) parts.push("```sql", "SELECT id, total FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20;", "```", "");
		parts.push(...codeExample(variant, depth));
		if (bilingual) parts.push("## Ответ (RU)", ...longAnswer(RU_SENTENCES, random, depth));
	}
	parts.push("## Follow-ups", `- ${FOLLOW_UPS[variant % FOLLOW_UPS.length] ?? ""}`, `- ${FOLLOW_UPS[(variant + 2) % FOLLOW_UPS.length] ?? ""}`, "");
	const easier = relatedOf(context, 2).map((q) => `- [[${q.basename}]]`);
	const harder = relatedOf(context, 1).map((q) => `- [[${q.basename}]]`);
	parts.push("## Related Questions", "### Prerequisites (Easier)", ...easier, "### Advanced (Harder)", ...harder, "");
	return parts.join("\n");
}

function questionNote(context: NoteContext): string {
	const { note } = context;
	const messy = note.kind === "messy" ? MESSY_KINDS[note.variant % MESSY_KINDS.length] : undefined;
	// Only a title and a body: the question is the title, the answer the body.
	if (messy === "title-only") return `# ${note.subject[0]} in one paragraph\n\n${sentences(EN_SENTENCES, context.random, 4)}\n`;
	const { lines, bilingual } = frontmatterLines(context, messy);
	const text = `---\n${lines.join("\n")}\n---\n${body(context, bilingual)}`;
	if (messy === "crlf-bom") return `\uFEFF${text.replace(/\n/g, "\r\n")}`;
	return text;
}

function brokenNote(context: NoteContext): string {
	const { note } = context;
	const kind = BROKEN_KINDS[note.variant % BROKEN_KINDS.length] ?? "backslash-fence";
	const { lines, bilingual } = frontmatterLines(context);
	const rest = body(context, bilingual);
	switch (kind) {
		case "backslash-fence":
			return `---\\\n${lines.join("\n")}\n---\n${rest}`;
		case "glued-fence":
			return `---${lines.join("\n")}\n---\n${rest}`;
		case "empty-frontmatter":
			return `---\n---\n${rest}`;
		case "unparseable-yaml":
			return `---\n${lines.slice(0, 3).join("\n")}\ntitle: [unclosed, list\ntags: {a: 1\n${lines.slice(3).join("\n")}\n---\n${rest}`;
		case "unclosed-fence":
			return `---\n${lines.join("\n")}\n${rest}`;
	}
}

function conceptNote(context: NoteContext): string {
	const { note, random } = context;
	return `---\ntitle: ${note.subject[0]}\ntags: [concept, ${SUBTOPICS[note.subtopics[0] ?? "sql"]?.[0] ?? "sql"}]\n---\n# ${note.subject[0]}\n\n${sentences(EN_SENTENCES, random, 5)}\n`;
}

/** A MOC in the seed's shape: study paths by level, then the seed's own Dataview blocks. */
function mocNote(m: number, questions: readonly Planned[], random: () => number): string {
	const byDifficulty = (d: Difficulty): Planned[] => {
		const chosen: Planned[] = [];
		for (let tries = 0; chosen.length < 15 && tries < 2000; tries++) {
			const q = questions[Math.floor(random() * questions.length)];
			if (q && q.difficulty === d && !chosen.includes(q)) chosen.push(q);
		}
		return chosen;
	};
	const path = (heading: string, notes: Planned[]): string[] => [
		`### ${heading}`, "Work through these in order.", "", "**Topics to cover:**",
		...notes.map((q, k) => `${k + 1}. [[${q.basename}]] - ${q.subject[0]}`), "",
	];
	const lines = [
		"---", `id: moc-${m + 1}`, `title: Backend — MOC ${m + 1}`, "kind: moc", "created: 2025-10-12", "tags: [moc, topic/backend]", "---", "",
		`# Backend — Map of Content ${m + 1}`, "", "## Study Paths", "",
		...path("Beginner Path: Backend Fundamentals", byDifficulty("easy")),
		...path("Intermediate Path: Query Optimization & API Design", byDifficulty("medium")),
		...path("Advanced Path: Scalability & Distributed Systems", byDifficulty("hard")),
		"## Queries", "",
		...SEED_003_QUERIES.flatMap((query) => [`### ${query.name}`, "```dataview", query.source.trimEnd(), "```", ""]),
		"## Related MOCs", "- [[moc-system-design]]", "",
	];
	return lines.join("\n");
}
