import type { Problem } from "../core/note/Problem";

/** Draws the problems as a list; DOM only, no `app`: the caller decides what a click does. */
export function renderProblemList(container: HTMLElement, problems: readonly Problem[], onOpen: (problem: Problem) => void): void {
	container.empty();
	container.addClass("interview-vault-problems");
	if (problems.length === 0) {
		container.createEl("p", { text: "No problems: every note could be read." });
		return;
	}
	const errors = problems.filter((problem) => problem.severity === "error").length;
	container.createEl("p", {
		cls: "interview-vault-problems-summary",
		text: `${errors} note(s) have properties Obsidian cannot read: kept without them, never written; ${problems.length - errors} warning(s).`,
	});
	const list = container.createEl("ul", { cls: "interview-vault-problem-list" });
	for (const problem of problems) {
		const item = list.createEl("li", { cls: `interview-vault-problem is-${problem.severity}` });
		const link = item.createEl("a", {
			cls: "interview-vault-problem-file",
			text: problem.line === undefined ? problem.path : `${problem.path}:${problem.line}`,
			href: "#",
		});
		link.addEventListener("click", (event) => {
			event.preventDefault();
			onOpen(problem);
		});
		item.createSpan({ cls: "interview-vault-problem-severity", text: problem.severity });
		item.createSpan({ cls: "interview-vault-problem-message", text: problem.message });
	}
}
