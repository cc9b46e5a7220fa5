/** The 1–5 self-grading rubric: what each grade means to a learner judging their own answer. */
export const SELF_GRADES = [1, 2, 3, 4, 5] as const;
export type SelfGrade = (typeof SELF_GRADES)[number];

export const RUBRIC: Readonly<Record<SelfGrade, { label: string; meaning: string }>> = {
	1: { label: "Not ready", meaning: "Wrong, or no clear idea" },
	2: { label: "Developing", meaning: "Surface-level, generic" },
	3: { label: "Competent", meaning: "The basics, little depth" },
	4: { label: "Strong", meaning: "Practical and sound, small gaps" },
	5: { label: "Exceptional", meaning: "Structured, deep, good judgement" },
};

export function isSelfGrade(value: unknown): value is SelfGrade {
	return typeof value === "number" && (SELF_GRADES as readonly number[]).includes(value);
}
