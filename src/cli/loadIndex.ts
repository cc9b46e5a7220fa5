import type { QuestionIndex } from "../core/index/QuestionIndex";
import { loadVault } from "./loadVault";

/** The vault's index alone (the benchmarks time exactly this). */
export function loadIndex(vaultArgument: string | undefined): QuestionIndex {
	return loadVault(vaultArgument).index;
}
