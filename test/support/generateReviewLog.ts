import { createEmptyCard, default_w, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import type { ReviewEntry } from "../../src/core/reviewLog/reviewLog";
import type { SelfGrade } from "../../src/core/schedule/grades";
import { seededRandom } from "./seededRandom";

/**
 * A learner whose memory is not FSRS's average one: new answers stick about three times longer
 * and each successful review strengthens memory less. Their reviews are scheduled with FSRS's
 * default parameters (as the plugin would before optimizing), and each grade is drawn from
 * their true recall probability, so an optimizer has something real to find.
 */
const TRUE_WEIGHTS = default_w.map((w, i) => (i <= 3 ? w * 3 : i === 8 ? w * 0.8 : w));

export function generateReviewLog(reviews: number, seed = 17): ReviewEntry[] {
	const random = seededRandom(seed);
	const planner = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));
	const memory = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false, w: TRUE_WEIGHTS }));
	const entries: ReviewEntry[] = [];
	const start = Date.parse("2026-01-05T09:00:00Z");
	for (let question = 0; entries.length < reviews; question++) {
		let planned: Card = createEmptyCard(new Date(start));
		let truth: Card = createEmptyCard(new Date(start));
		let at = new Date(start + (question % 60) * 86_400_000);
		for (let review = 0; review < 10 && entries.length < reviews; review++) {
			const recall = review === 0 ? 0.6 : memory.get_retrievability(truth, at, false);
			const grade = gradeFor(random() < recall, random());
			const rating = toRating(grade);
			entries.push({ id: `gen-${entries.length}`, at: at.toISOString(), day: at.toISOString().slice(0, 10), path: `q/q-gen-${question}.md`, grade, device: "generated" });
			planned = planner.next(planned, at, rating).card;
			truth = memory.next(truth, at, rating).card;
			at = planned.due;
		}
	}
	return entries;
}

function gradeFor(recalled: boolean, roll: number): SelfGrade {
	if (!recalled) return roll < 0.5 ? 1 : 2;
	return roll < 0.15 ? 3 : roll < 0.85 ? 4 : 5;
}

function toRating(grade: SelfGrade): Grade {
	return grade <= 2 ? Rating.Again : grade === 3 ? Rating.Hard : grade === 4 ? Rating.Good : Rating.Easy;
}
