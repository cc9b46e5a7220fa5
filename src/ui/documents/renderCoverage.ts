import type { CoverageRead } from "../../app/checklist/checklistCoverage";
import type { ThemeCoverage, TopicCoverage, TopicState } from "../../core/checklist/coverage";
import { plural } from "../../core/text/plural";

export interface CoverageActions {
	markDone: (topic: TopicCoverage) => void;
	createQuestion: (topic: TopicCoverage) => void;
	open: (path: string) => void;
	undo?: () => void;
}

const GROUPS: { state: TopicState; title: string; hint: string }[] = [
	{ state: "missing", title: "No question yet", hint: "Create one from the template to start." },
	{ state: "done-but-weak", title: "Marked done, graded below the hire bar", hint: "Worth another round." },
	{ state: "strong-not-done", title: "Strong already, not marked done", hint: "Your grades say you know these." },
	{ state: "covered", title: "Covered", hint: "" },
];

/** The Coverage view: per theme, the topics without a question, the weak ones marked done, the strong ones not marked. */
export function renderCoverage(container: HTMLElement, read: CoverageRead | { error: string }, threshold: number, actions: CoverageActions): void {
	container.empty();
	container.addClass("interview-vault-coverage");
	if ("error" in read) {
		container.createEl("p", { cls: "interview-vault-coverage-empty", text: read.error });
		return;
	}
	const head = container.createDiv({ cls: "interview-vault-coverage-head" });
	head.createEl("h2", { text: "Coverage" });
	const link = head.createEl("a", { cls: "interview-vault-coverage-source", text: read.path, href: "#" });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		actions.open(read.path);
	});
	if (actions.undo) head.createEl("button", { text: "Undo the last change" }).addEventListener("click", () => actions.undo?.());
	head.createEl("p", { cls: "interview-vault-coverage-bar", text: `Hire bar: ${threshold}. A topic's grade is the average latest grade of its questions.` });
	for (const theme of read.themes) renderTheme(container.createDiv({ cls: "interview-vault-coverage-theme" }), theme, actions);
}

function renderTheme(box: HTMLElement, theme: ThemeCoverage, actions: CoverageActions): void {
	box.createEl("h3", { text: theme.name });
	const { counts } = theme;
	box.createEl("p", {
		cls: "interview-vault-coverage-counts",
		text: `${plural(theme.topics.length, "topic")}: ${counts.missing} without a question, ${counts["done-but-weak"]} done but weak, ${counts["strong-not-done"]} strong but not marked done.`,
	});
	for (const group of GROUPS) {
		const topics = theme.topics.filter((topic) => topic.state === group.state);
		if (topics.length === 0) continue;
		const section = group.state === "covered" ? box.createEl("details", { cls: "interview-vault-coverage-group is-covered" }) : box.createDiv({ cls: `interview-vault-coverage-group is-${group.state}` });
		const title = section.createEl(group.state === "covered" ? "summary" : "h4", { text: `${group.title} (${topics.length})` });
		if (group.hint) title.setAttr("title", group.hint);
		const list = section.createEl("ul");
		for (const topic of topics) renderTopic(list.createEl("li", { cls: "interview-vault-coverage-topic" }), topic, actions);
	}
}

function renderTopic(item: HTMLElement, topic: TopicCoverage, actions: CoverageActions): void {
	item.createSpan({ cls: "interview-vault-coverage-mark", text: topic.topic.done ? "✓" : "○" });
	item.createSpan({ cls: "interview-vault-coverage-name", text: topic.topic.text });
	const { average, graded } = topic.readiness;
	if (topic.questions.length > 0) {
		const detail = average === null ? `${plural(topic.questions.length, "question")}, none graded` : `average ${average.toFixed(2)} over ${graded} graded of ${plural(topic.questions.length, "question")}`;
		item.createSpan({ cls: "interview-vault-coverage-detail", text: `${detail}${topic.via === "search" ? " (found by search)" : ""}` });
	}
	const buttons = item.createSpan({ cls: "interview-vault-coverage-actions" });
	if (topic.state === "missing") buttons.createEl("button", { text: "Create question" }).addEventListener("click", () => actions.createQuestion(topic));
	if (!topic.topic.done) buttons.createEl("button", { cls: "interview-vault-coverage-done", text: "Mark done" }).addEventListener("click", () => actions.markDone(topic));
	if (topic.questions.length > 0) {
		const questions = item.createEl("ul", { cls: "interview-vault-coverage-questions" });
		for (const question of topic.questions) {
			const row = questions.createEl("li");
			const link = row.createEl("a", { text: question.title, href: "#" });
			link.addEventListener("click", (event) => {
				event.preventDefault();
				actions.open(question.path);
			});
			if (question.grade !== undefined) row.createSpan({ cls: "interview-vault-coverage-grade", text: ` · grade ${question.grade}` });
		}
	}
}
