import { learningKeys } from "../../core/question/learningState";
import { buryUntilTomorrow, type Hold } from "../../core/schedule/hold";
import { holdPatch } from "../../core/write/learningPatch";
import type { NoteWrites } from "../../core/write/NoteWrites";
import type { InterviewVaultSettings } from "../../settings/settings";

export type HoldAction = "suspend" | "bury" | "resume";

/** The hold an action writes on `today`: suspended, buried until tomorrow, or none (resume). */
export function holdFor(action: HoldAction, today: string): Hold | null {
	if (action === "resume") return null;
	return action === "suspend" ? { kind: "suspended" } : buryUntilTomorrow(today);
}

/**
 * Suspends, buries or resumes a question outside a quiz (a command on the active note, the
 * browser's buttons): one write of the one hold property, through the note writer.
 */
export async function holdQuestion(writes: NoteWrites, settings: InterviewVaultSettings, path: string, action: HoldAction, today: string): Promise<void> {
	const keys = learningKeys(settings.propertyPrefix, settings.statusKey || undefined);
	await writes.patchFrontmatter(path, () => holdPatch(holdFor(action, today), keys));
}
