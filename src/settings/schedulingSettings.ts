/**
 * The scheduling group of the settings: how FSRS spaces reviews, how much load a day may hold,
 * and how the plan to the interview day is made. Kept in one object of its own in data.json.
 */
export interface SchedulingSettings {
	/** The recall probability FSRS schedules each review for (0.7–0.99). */
	desiredRetention: number;
	/** No review is scheduled further away than this many days. */
	maximumInterval: number;
	/** Personal FSRS parameters from `interview-vault optimize --write`; empty means FSRS's defaults. */
	fsrsParameters: number[];
	/** Reviews of already-learned questions per day at most; 0 means no limit. */
	reviewsPerDay: number;
	/** Spread due dates within FSRS's fuzz range onto the least loaded day. */
	loadBalance: boolean;
	/** A question graded 1–2 comes back after this many other cards in the same session. */
	relearnAfter: number;
	/** The last days before the interview introduce nothing new: review only. */
	reviewOnlyDays: number;
	/** The expected recall on the interview day the plan aims at (0.5–0.99). */
	targetRecall: number;
	/** A study guide's week schedule, one "Week 1: topic + topic" line a week; empty for none. */
	studyGuideWeeks: string;
	/** A note whose "Week N: …" lines give the schedule (used when studyGuideWeeks is empty). */
	studyGuideNote: string;
}

export const DEFAULT_SCHEDULING: Readonly<SchedulingSettings> = Object.freeze({
	desiredRetention: 0.9,
	maximumInterval: 36_500,
	fsrsParameters: [],
	reviewsPerDay: 200,
	loadBalance: true,
	relearnAfter: 3,
	reviewOnlyDays: 3,
	targetRecall: 0.9,
	studyGuideWeeks: "",
	studyGuideNote: "",
});

export function defaultScheduling(): SchedulingSettings {
	return { ...DEFAULT_SCHEDULING, fsrsParameters: [] };
}

/** FSRS parameter sets ts-fsrs accepts: FSRS-4.5 (17), FSRS-5 (19) and FSRS-6 (21 numbers). */
export function isFsrsParameterList(value: unknown): value is number[] {
	return Array.isArray(value) && [0, 17, 19, 21].includes(value.length) && value.every((n) => typeof n === "number" && Number.isFinite(n));
}

type FieldReader = (value: unknown) => unknown;
const numberIn = (min: number, max: number, integer: boolean): FieldReader => (value) =>
	typeof value === "number" && value >= min && value <= max && (!integer || Number.isInteger(value)) ? value : undefined;
const text: FieldReader = (value) => (typeof value === "string" ? value : undefined);

const FIELD_READERS: Record<keyof SchedulingSettings, FieldReader> = {
	desiredRetention: numberIn(0.7, 0.99, false),
	maximumInterval: numberIn(1, 36_500, true),
	fsrsParameters: (value) => (isFsrsParameterList(value) ? [...value] : undefined),
	reviewsPerDay: numberIn(0, 100_000, true),
	loadBalance: (value) => (typeof value === "boolean" ? value : undefined),
	relearnAfter: numberIn(0, 100, true),
	reviewOnlyDays: numberIn(0, 60, true),
	targetRecall: numberIn(0.5, 0.99, false),
	studyGuideWeeks: text,
	studyGuideNote: (value) => (typeof value === "string" ? value.trim() : undefined),
};

/** Reads the stored group field by field: a bad field is reset to its default and named in `warnings`. */
export function readSchedulingSettings(stored: unknown, warnings: string[]): SchedulingSettings {
	const settings = defaultScheduling();
	if (stored === undefined) return settings;
	if (typeof stored !== "object" || stored === null || Array.isArray(stored)) {
		warnings.push('The "scheduling" settings were not readable and were reset to their defaults.');
		return settings;
	}
	const data = stored as Record<string, unknown>;
	for (const key of Object.keys(FIELD_READERS) as (keyof SchedulingSettings)[]) {
		if (data[key] === undefined) continue;
		const value = FIELD_READERS[key](data[key]);
		if (value === undefined) warnings.push(`The setting "scheduling.${key}" held an unusable value and was reset to its default.`);
		else (settings as unknown as Record<string, unknown>)[key] = value;
	}
	return settings;
}
