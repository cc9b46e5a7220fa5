import { type LearningKeys } from "../question/learningState";
import { formatHold, parseHold, type Hold } from "../schedule/hold";
import { LEARNING_STATUSES, type LearningState } from "../schedule/learningState";
import type { FrontmatterPatch, PatchValue } from "./frontmatterPatch";

export interface LearningPatch {
	patch: FrontmatterPatch;
	/** Set when the status property holds someone else's value, which we leave alone. */
	keptForeignStatus?: string;
}

/** The properties one grade writes. A status property holding a value outside our vocabulary is kept. */
export function learningPatch(state: LearningState, keys: LearningKeys, current: Readonly<Record<string, unknown>>): LearningPatch {
	const patch: Record<string, PatchValue> = {
		[keys.grade]: state.grade ?? null,
		[keys.reviewed]: state.reviewed ?? null,
		[keys.due]: state.due ?? null,
		[keys.stability]: state.stability ?? null,
		[keys.memoryDifficulty]: state.memoryDifficulty ?? null,
		[keys.reps]: state.reps ?? null,
		[keys.lapses]: state.lapses ?? null,
		// A grade is the review a burial put off: the burial ends with it. A suspension stays.
		...(parseHold(typeof current[keys.hold] === "string" ? current[keys.hold] as string : undefined)?.kind === "buried" ? { [keys.hold]: null } : {}),
	};
	const existing = current[keys.status];
	const foreign = existing !== undefined && existing !== null && !(LEARNING_STATUSES as readonly unknown[]).includes(existing);
	if (foreign) return { patch, keptForeignStatus: typeof existing === "string" ? existing : JSON.stringify(existing) };
	return { patch: { [keys.status]: state.status, ...patch } };
}

/** The patch that puts the plugin's properties back as they were in `before` (absent ones removed). */
export function restoringPatch(patch: FrontmatterPatch, before: Readonly<Record<string, unknown>>): FrontmatterPatch {
	return Object.fromEntries(
		Object.keys(patch).map((key) => {
			const value = before[key];
			return [key, typeof value === "string" || typeof value === "number" ? value : null];
		}),
	);
}

/** The one property suspend, bury and resume write: the hold's text, or removed on resume. */
export function holdPatch(hold: Hold | null, keys: LearningKeys): FrontmatterPatch {
	return { [keys.hold]: hold === null ? null : formatHold(hold) };
}
