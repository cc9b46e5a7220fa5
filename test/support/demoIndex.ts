import { QuestionIndex } from "../../src/core/index/QuestionIndex";
import { analyzeNote } from "../../src/core/parse/analyzeNote";
import { DEFAULT_RECOGNITION } from "../../src/core/question/recognition";
import { readVault } from "../../src/cli/readVault";

/** The demo vault read headlessly into an index, for view and engine tests that need no Obsidian. */
export function demoIndex(): QuestionIndex {
	const index = new QuestionIndex();
	index.upsertMany(readVault("test/fixtures/demo-vault").map((snapshot) => analyzeNote({ ...snapshot, ctime: 0, mtime: 0 }, DEFAULT_RECOGNITION)));
	return index;
}
