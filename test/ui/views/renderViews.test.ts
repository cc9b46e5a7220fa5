import { parseYamlAsObsidian } from "../../../src/core/note/yamlEngine";
import { describe, expect, it } from "vitest";
import { parseQuery, runPagedQuery, runQuery, type DataviewPage } from "../../../src/core/dataview";
import type { Question } from "../../../src/core/question/Question";
import { parseBlockSpec } from "../../../src/core/views/blockSpec";
import { runBlock } from "../../../src/core/views/runBlock";
import { PAGE_SIZE, renderBlockResult, type LinkActions } from "../../../src/ui/views/renderBlock";
import { renderQueryResult } from "../../../src/ui/views/renderDataview";
import { renderNotice } from "../../../src/ui/views/renderNotice";
import { demoIndex } from "../../support/demoIndex";
import { prettyHtml } from "../../support/prettyHtml";

const parse = (yaml: string): unknown => parseYamlAsObsidian(yaml);
const index = demoIndex();
const opened: [string, boolean][] = [];
const links: LinkActions = { open: (path, newTab) => opened.push([path, newTab]), hover: () => undefined };

function renderNative(source: string): HTMLElement {
	const spec = parseBlockSpec(source, parse);
	if (!spec.ok) throw new Error(spec.message);
	const container = createDiv();
	renderBlockResult(container, runBlock(spec.spec, index.questions()), links);
	return container;
}

describe("approval snapshots of rendered views", () => {
	it("a table", async () => {
		const html = prettyHtml(renderNative("from: 60-SystemDesign\ncolumns: [title, difficulty, subtopics, learning, due]\nsort: difficulty"));
		await expect(html).toMatchFileSnapshot("__snapshots__/native-table.html");
	});

	it("a grouped list", async () => {
		await expect(prettyHtml(renderNative("subtopic: caching\ngroup-by: difficulty\nview: list"))).toMatchFileSnapshot("__snapshots__/native-grouped-list.html");
	});

	it("a counts view", async () => {
		await expect(prettyHtml(renderNative("group-by: learning\nview: counts"))).toMatchFileSnapshot("__snapshots__/native-counts.html");
	});

	it("an error notice", async () => {
		const result = parseBlockSpec("view: table\ngroup-by: colour", parse);
		const container = createDiv();
		if (!result.ok) renderNotice(container, result.message, result.line);
		await expect(prettyHtml(container)).toMatchFileSnapshot("__snapshots__/notice.html");
	});

	it("a Dataview GROUP BY table", async () => {
		const parsed = parseQuery('TABLE length(rows) as "Count"\nFROM "50-Backend"\nGROUP BY difficulty\nSORT difficulty ASC');
		if (!parsed.ok) throw new Error(parsed.message);
		const container = createDiv();
		renderQueryResult(container, runQuery(parsed.query, index.pages(), { today: "2026-11-23" }), links);
		await expect(prettyHtml(container)).toMatchFileSnapshot("__snapshots__/dataview-statistics.html");
	});
});

describe("rendered rows", () => {
	it("open their note on click, in a new tab with Ctrl/Cmd", () => {
		const container = renderNative("from: 60-SystemDesign");
		const link = container.querySelector<HTMLAnchorElement>("a.internal-link");
		link?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		link?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
		expect(opened.slice(-2)).toEqual([[link?.getAttribute("href"), false], [link?.getAttribute("href"), true]]);
	});

	it("show a first page of a large result and the rest on request, never all at once", () => {
		const base = index.questions()[0] as Question;
		const many: Question[] = Array.from({ length: 10_000 }, (_, i) => ({ ...base, path: `gen/q-${i}.md`, title: `Q ${i}` }));
		const spec = parseBlockSpec("sort: title", parse);
		if (!spec.ok) throw new Error(spec.message);
		const container = createDiv();
		renderBlockResult(container, runBlock(spec.spec, many), links);
		expect(container.querySelectorAll("tbody tr")).toHaveLength(PAGE_SIZE);
		const more = container.querySelector<HTMLButtonElement>(".interview-vault-more");
		expect(more?.textContent).toBe(`Show 50 more (${10_000 - PAGE_SIZE} left)`);
		more?.click();
		expect(container.querySelectorAll("tbody tr")).toHaveLength(2 * PAGE_SIZE);
	});

	it("of a Dataview query drawn page by page, with every 'Show more' clicked, are the whole result drawn at once", () => {
		const difficulties = ["easy", "medium", "hard", "Medium"];
		const pages: DataviewPage[] = Array.from({ length: 430 }, (_, i) => ({ path: `50-Backend/q-${i % 17}-${i}.md`, frontmatter: { difficulty: difficulties[i % 4], tags: i % 3 === 0 ? ["sql"] : ["api"] }, ctime: 0, mtime: 0 }));
		const parsed = parseQuery('TABLE difficulty, tags\nFROM "50-Backend"\nWHERE contains(tags, "sql") OR contains(tags, "api")\nSORT difficulty ASC, file.name DESC');
		if (!parsed.ok) throw new Error(parsed.message);
		const context = { today: "2026-11-23" };
		const paged = createDiv();
		renderQueryResult(paged, runPagedQuery(parsed.query, pages, context), links);
		expect(paged.querySelectorAll("tbody tr")).toHaveLength(PAGE_SIZE);
		for (let more = paged.querySelector<HTMLButtonElement>(".interview-vault-more"); more; more = paged.querySelector<HTMLButtonElement>(".interview-vault-more")) more.click();
		const whole = createDiv();
		renderQueryResult(whole, runQuery(parsed.query, pages, context), links);
		for (let more = whole.querySelector<HTMLButtonElement>(".interview-vault-more"); more; more = whole.querySelector<HTMLButtonElement>(".interview-vault-more")) more.click();
		expect(paged.querySelectorAll("tbody tr")).toHaveLength(430);
		expect(paged.innerHTML).toBe(whole.innerHTML);
	});
});
