import { resolve } from "path";
import { QuestionIndex } from "../core/index/QuestionIndex";
import { analyzeNote } from "../core/note/analyzeNote";
import { DEFAULT_RECOGNITION, type RecognitionOptions } from "../core/question/recognition";
import { isRealFolder, readVault } from "./readVault";
import { UsageError } from "./args";

/** Reads a vault folder into a fresh index, with the default recognition rules. */
export function loadIndex(vaultArgument: string | undefined, options: RecognitionOptions = DEFAULT_RECOGNITION): QuestionIndex {
	if (vaultArgument === undefined) throw new UsageError("name the vault folder");
	const root = resolve(vaultArgument);
	if (!isRealFolder(root)) throw new UsageError(`no vault folder at ${vaultArgument}`);
	const index = new QuestionIndex();
	index.upsertMany(readVault(root).map((snapshot) => analyzeNote(snapshot, options)));
	return index;
}
