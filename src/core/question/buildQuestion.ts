import type { Outline } from "../note/outline";
import { pathParts, type NoteSnapshot } from "../note/NoteSnapshot";
import type { Problem } from "../note/Problem";
import { linksUnderHeading } from "../note/linksUnderHeading";
import {
	difficultyFromFileName,
	difficultyFromTags,
	parseDifficulty,
	topicFromFileName,
	type Difficulty,
	type DifficultySource,
} from "./difficulty";
import { learningKeys, readLearningState } from "./learningState";
import type { Question } from "./Question";
import type { RecognitionOptions } from "./recognition";
import { questionTitle } from "./title";
import { readLinkList, readString, readStringList, readTags } from "./values";

const PREREQUISITES = /prerequisite|easier|предварительн|проще/i;
const ADVANCED = /advanced|harder|сложнее|продвинут/i;

/** The note's body as the outline was read from it: its lines (split only when a title needs them), and the file line of the first. */
export interface NoteBody {
	lines: () => readonly string[];
	startLine: number;
}

export function buildQuestion(
	snapshot: NoteSnapshot,
	frontmatter: Readonly<Record<string, unknown>>,
	outline: Outline,
	body: NoteBody,
	options: RecognitionOptions,
): { question: Question; problems: Problem[] } {
	const { basename, folder } = pathParts(snapshot.path);
	const tags = readTags(frontmatter.tags);
	const resolved = resolveDifficulty(frontmatter.difficulty, tags, basename);
	const question: Question = {
		path: snapshot.path,
		basename,
		folder,
		id: readString(frontmatter.id),
		title: questionTitle(readString(frontmatter.title), outline, body.lines, body.startLine, basename, options.language),
		aliases: readStringList(frontmatter.aliases ?? frontmatter.alias),
		difficulty: resolved.difficulty,
		difficultySource: resolved.source,
		topic: readString(frontmatter.topic)?.toLowerCase() ?? topicFromFileName(basename),
		subtopics: readStringList(frontmatter.subtopics ?? frontmatter.subtopic).map((s) => s.toLowerCase()),
		tags,
		questionKind: readString(frontmatter.question_kind),
		editorialStatus: readString(frontmatter.status),
		moc: readLinkList(frontmatter.moc)[0],
		related: readLinkList(frontmatter.related),
		prerequisites: linksUnderHeading(outline, PREREQUISITES),
		advanced: linksUnderHeading(outline, ADVANCED),
		learning: readLearningState(frontmatter, learningKeys(options.propertyPrefix, options.statusKey)),
		frontmatter,
		ctime: snapshot.ctime,
		mtime: snapshot.mtime,
	};
	return { question, problems: difficultyProblems(snapshot.path, frontmatter.difficulty, resolved) };
}

interface ResolvedDifficulty {
	difficulty?: Difficulty;
	source?: DifficultySource;
}

function resolveDifficulty(property: unknown, tags: string[], basename: string): ResolvedDifficulty {
	const fromProperty = parseDifficulty(property);
	if (fromProperty) return { difficulty: fromProperty, source: "property" };
	const fromTag = difficultyFromTags(tags);
	if (fromTag) return { difficulty: fromTag, source: "tag" };
	const fromName = difficultyFromFileName(basename);
	return fromName ? { difficulty: fromName, source: "file-name" } : {};
}

function difficultyProblems(path: string, property: unknown, resolved: ResolvedDifficulty): Problem[] {
	if (property !== undefined && property !== null && resolved.source !== "property") {
		const fallback = resolved.difficulty ? `; using \`${resolved.difficulty}\` from the ${resolved.source === "file-name" ? "file name" : resolved.source}` : "";
		return [{
			path,
			severity: "warning",
			code: "difficulty-unknown",
			message: `difficulty \`${JSON.stringify(property)}\` is not easy, medium or hard${fallback}`,
		}];
	}
	if (!resolved.difficulty) {
		return [{
			path,
			severity: "warning",
			code: "difficulty-missing",
			message: "no difficulty: add `difficulty: easy|medium|hard`, a `difficulty/<level>` tag, or a `--<level>` file-name suffix",
		}];
	}
	return [];
}
