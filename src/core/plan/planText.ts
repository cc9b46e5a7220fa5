import type { StudyPlan } from "./studyPlan";

/** One line on the pace, for the dashboard and the CLI alike; right for zero, one and many. */
export function paceLine(plan: StudyPlan): string {
	const { verdict, difference, actual, expected } = plan.pace;
	const count = questions(Math.abs(difference));
	if (verdict === "on track" && actual === 0) return plan.start === plan.today ? "On track: the plan starts today." : "On track.";
	if (verdict === "on track") return `On track: ${questions(actual)} introduced before today, as planned.`;
	const lead = verdict === "ahead" ? `Ahead by ${count}` : `Behind by ${count}`;
	return `${lead}: ${actual} introduced before today, the plan had ${expected}.`;
}

/** What to do today, in words. */
export function todayLine(plan: StudyPlan): string {
	const share = plan.todayShare;
	if (!share) return plan.daysLeft === 0 ? "The interview is today: good luck." : "The interview day has passed.";
	const fresh = share.introduce.length;
	const review = `review ${share.reviews === 0 ? "nothing due" : questions(share.reviews)}`;
	if (share.reviewOnly) return `Review only today: ${review}.`;
	return fresh === 0 ? `Today: no new questions; ${review}.` : `Today: learn ${fresh} new, ${review}.`;
}

export function recallLine(plan: StudyPlan): string {
	if (plan.expectedRecall === null) return "No questions in scope.";
	const recall = `Expected recall on the day if you follow the plan: ${percent(plan.expectedRecall)} (target ${percent(plan.targetRecall)})`;
	return plan.belowTarget === 0 ? `${recall}.` : `${recall}; ${questions(plan.belowTarget)} cannot reach the target in the time left.`;
}

export function questions(count: number): string {
	return `${count} question${count === 1 ? "" : "s"}`;
}

function percent(value: number): string {
	return `${Math.round(value * 100)}%`;
}
