import { get_fuzz_range } from "ts-fsrs";
import { addDays } from "./days";

/** ts-fsrs fuzzes only intervals of 2.5 days or more; shorter ones stay exactly as FSRS gives them. */
const SHORTEST_FUZZED_INTERVAL = 3;

/**
 * Load balancing: the interval, within FSRS's own fuzz range, whose day holds the fewest
 * reviews; ties go to the interval closest to FSRS's (then the shorter one), so the result is
 * deterministic and never further from FSRS's choice than its fuzz would be.
 */
export function leastLoadedDay(today: string, interval: number, elapsedDays: number, maximumInterval: number, load: (day: string) => number): number {
	if (interval < SHORTEST_FUZZED_INTERVAL) return interval;
	const { min_ivl: min, max_ivl: max } = get_fuzz_range(interval, elapsedDays, maximumInterval);
	let best = Math.min(Math.max(interval, min), max);
	let bestLoad = load(addDays(today, best));
	for (let candidate = min; candidate <= max; candidate++) {
		const candidateLoad = load(addDays(today, candidate));
		const closer = Math.abs(candidate - interval) < Math.abs(best - interval);
		if (candidateLoad < bestLoad || (candidateLoad === bestLoad && closer)) {
			best = candidate;
			bestLoad = candidateLoad;
		}
	}
	return best;
}
