import { describe, expect, it } from "vitest";
import type { SessionSummary } from "../../../src/core/quiz/summarizeSession";
import { renderSummary, SUMMARY_SUBTOPICS, type QuizActions } from "../../../src/ui/quiz/renderQuiz";

const drilled: string[][] = [];
const actions = { drill: (paths: string[]) => drilled.push(paths), openQuestion: () => {} } as unknown as QuizActions;

function summary(subtopics: number): SessionSummary {
	return {
		graded: 9, skipped: 0, average: 3.1, threshold: 3.5, meetsThreshold: false, seconds: 125,
		bySubtopic: Array.from({ length: subtopics }, (_, i) => ({ subtopic: `subtopic-${i}`, average: 2 + i / 10, count: 1, critical: false, target: 3.5, meets: false })),
		weakest: [{ path: "a.md", title: "A question", grade: 2 }],
	};
}

describe("the session summary", () => {
	it("says the verdict against the hire bar, shows at most eight subtopic rows and folds the rest, and drills the weakest again", () => {
		const box = createDiv();
		renderSummary(box, summary(14), "Due questions", "", actions);
		expect(box.querySelector(".interview-vault-summary-verdict")?.textContent).toBe("Average 3.10 against the hire bar of 3.5: below it.");
		const shown = box.querySelectorAll(":scope > .interview-vault-summary-subtopics tr");
		expect(shown).toHaveLength(SUMMARY_SUBTOPICS + 1);
		const folded = box.querySelector("details");
		expect(folded?.open).toBe(false);
		expect(folded?.querySelector("summary")?.textContent).toBe("6 more subtopics");
		expect(folded?.querySelectorAll("tr")).toHaveLength(6 + 1);
		[...box.querySelectorAll("button")].find((b) => b.textContent === "Drill these again")?.click();
		expect(drilled).toEqual([["a.md"]]);
	});

	it("folds nothing when the session touched eight subtopics or fewer; one more reads in the singular", () => {
		const box = createDiv();
		renderSummary(box, summary(8), "", "", actions);
		expect(box.querySelector("details")).toBeNull();
		renderSummary(box, summary(9), "", "", actions);
		expect(box.querySelector("details summary")?.textContent).toBe("1 more subtopic");
	});
});
