import type { Outline } from "../note/outline";
import { pathParts, type NoteSnapshot } from "../note/NoteSnapshot";
import type { Moc } from "../question/Question";
import { readString } from "../question/values";
import { findStudyPaths } from "./studyPaths";

export function buildMoc(snapshot: NoteSnapshot, frontmatter: Readonly<Record<string, unknown>>, outline: Outline): Moc {
	const { basename, folder } = pathParts(snapshot.path);
	const interviewDate = readString(frontmatter.interview_date);
	return {
		path: snapshot.path,
		basename,
		folder,
		title: readString(frontmatter.title) ?? outline.headings[0]?.text ?? basename,
		studyPaths: findStudyPaths(outline, snapshot.path),
		links: outline.links,
		dataviewBlocks: outline.codeBlocks
			.filter((block) => block.language === "dataview")
			.map(({ source, line }) => ({ source, line })),
		interviewDate: interviewDate && /^\d{4}-\d{2}-\d{2}/.test(interviewDate) ? interviewDate.slice(0, 10) : undefined,
		frontmatter,
		ctime: snapshot.ctime,
		mtime: snapshot.mtime,
	};
}
