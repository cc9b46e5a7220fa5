import { DIFFICULTIES, difficultyRank, type Difficulty } from "../question/difficulty";
import type { GuidePart } from "./parseGuide";

export type DifficultyOrigin = "level word" | "order" | "your choice";

export interface PartDifficulty {
	position: number;
	name: string;
	difficulty: Difficulty;
	origin: DifficultyOrigin;
	/** The level word the name holds, when it has one ("freshers", "senior"). */
	levelWord?: string;
	/** Set when the label looks wrong: an easier level word after a harder part. */
	doubt?: string;
}

const LEVEL_WORDS: { difficulty: Difficulty; pattern: RegExp }[] = [
	{ difficulty: "easy", pattern: /\b(freshers?|junior|juniors|entry|beginners?|basic)\b/i },
	{ difficulty: "medium", pattern: /\b(intermediates?|mid(?:-level)?|middle)\b/i },
	{ difficulty: "hard", pattern: /\b(seniors?|experts?|advanced|experienced)\b/i },
];

/**
 * Each part's difficulty: its level word, else its place in the document (first parts easier);
 * `chosen` holds the user's changes by part position. A level word that is easier than a part
 * before it is kept, but doubted, so the preview can point at it.
 */
export function partDifficulties(parts: readonly GuidePart[], chosen: ReadonlyMap<number, Difficulty> = new Map()): PartDifficulty[] {
	let hardestSoFar: Difficulty | undefined;
	return parts.map((part, index) => {
		const word = levelWordOf(part.name);
		const user = chosen.get(part.position);
		const difficulty = user ?? word?.difficulty ?? byOrder(index, parts.length);
		const origin: DifficultyOrigin = user ? "your choice" : word ? "level word" : "order";
		const doubt = word && hardestSoFar && difficultyRank(word.difficulty) < difficultyRank(hardestSoFar)
			? `labelled "${word.word}" (${word.difficulty}) but comes after a ${hardestSoFar} part`
			: undefined;
		if (!hardestSoFar || difficultyRank(difficulty) > difficultyRank(hardestSoFar)) hardestSoFar = difficulty;
		return {
			position: part.position,
			name: part.name,
			difficulty,
			origin,
			...(word ? { levelWord: word.word } : {}),
			...(doubt && !user ? { doubt } : {}),
		};
	});
}

function levelWordOf(name: string): { word: string; difficulty: Difficulty } | undefined {
	for (const level of LEVEL_WORDS) {
		const match = level.pattern.exec(name);
		if (match?.[1]) return { word: match[1].toLowerCase(), difficulty: level.difficulty };
	}
	return undefined;
}

/** One part is medium; otherwise the parts spread evenly from easy to hard. */
function byOrder(index: number, count: number): Difficulty {
	if (count <= 1) return "medium";
	const step = Math.round((index * (DIFFICULTIES.length - 1)) / (count - 1));
	return DIFFICULTIES[step] ?? "medium";
}
