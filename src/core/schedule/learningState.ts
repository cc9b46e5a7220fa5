import type { Hold } from "./hold";

/** A question's learning progress as plain data: what the scheduler reads and writes. */
export const LEARNING_STATUSES = ["new", "learning", "review", "mastered"] as const;
export type LearningStatus = (typeof LEARNING_STATUSES)[number];

/** What a note's frontmatter says about its learner's progress; enough to schedule it again. */
export interface LearningState {
	status: LearningStatus;
	/** A status property value outside our vocabulary: kept as is, reported, never overwritten. */
	foreignStatus?: string;
	grade?: number;
	reviewed?: string;
	due?: string;
	stability?: number;
	memoryDifficulty?: number;
	reps?: number;
	lapses?: number;
	/** Suspended or buried: kept out of sessions (see hold.ts). */
	hold?: Hold;
}
