import { readString, stripTrailingComment } from "./values";

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export type DifficultySource = "property" | "tag" | "file-name";

export function parseDifficulty(value: unknown): Difficulty | undefined {
	const raw = readString(value);
	const text = raw === undefined ? undefined : stripTrailingComment(raw).replace(/^["']|["']$/g, "").trim().toLowerCase();
	return DIFFICULTIES.find((difficulty) => difficulty === text);
}

export function difficultyFromTags(tags: readonly string[]): Difficulty | undefined {
	for (const tag of tags) {
		const match = /^difficulty\/(.+)$/i.exec(tag);
		const difficulty = match ? parseDifficulty(match[1]) : undefined;
		if (difficulty) return difficulty;
	}
	return undefined;
}

/** `q-<slug>--<topic>--<difficulty>` names carry the difficulty as their last segment. */
export function difficultyFromFileName(basename: string): Difficulty | undefined {
	return parseDifficulty(/--([a-z]+)$/i.exec(basename)?.[1]);
}

/** `q-<slug>--<topic>--<difficulty>` → topic. */
export function topicFromFileName(basename: string): string | undefined {
	return /--([^-][\w-]*?)--(easy|medium|hard)$/i.exec(basename)?.[1]?.toLowerCase();
}

/** easy < medium < hard, unknown last: our order for views (Dataview's own sort is alphabetical). */
export function difficultyRank(difficulty: Difficulty | undefined): number {
	return difficulty ? DIFFICULTIES.indexOf(difficulty) : DIFFICULTIES.length;
}
