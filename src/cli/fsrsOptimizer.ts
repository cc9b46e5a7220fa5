import type { FsrsReview } from "../core/reviewLog/optimizerData";

/** What `optimize` needs of an FSRS optimizer: fit parameters, and score parameters on the same data. */
export interface FsrsOptimizer {
	defaultParameters: readonly number[];
	fit(sequences: readonly FsrsReview[][]): Promise<number[]>;
	/** Log-loss (lower is better) and RMSE of the binned predictions. */
	evaluate(sequences: readonly FsrsReview[][], parameters: readonly number[]): { logLoss: number; rmse: number };
}

type Binding = typeof import("@open-spaced-repetition/binding");

/**
 * FSRS's own optimizer (fsrs-rs, through @open-spaced-repetition/binding): a native module, so
 * it is loaded here, headless, and only when `optimize` runs. It never enters the plugin bundle.
 */
export function loadFsrsOptimizer(defaultParameters: readonly number[]): FsrsOptimizer {
	let binding: Binding;
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- a native module, loaded only when this command runs
		binding = require("@open-spaced-repetition/binding") as Binding;
	} catch (error) {
		// The published CLI carries no dependencies; the optimizer is a native module installed beside it (a clone has it).
		throw new Error(`optimize needs FSRS's optimizer, which could not be loaded here (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); install it beside interview-vault with: npm install @open-spaced-repetition/binding@~0.5.0`);
	}
	const items = (sequences: readonly FsrsReview[][]) =>
		sequences.map((reviews) => new binding.FSRSBindingItem(reviews.map((review) => new binding.FSRSBindingReview(review.rating, review.deltaT))));
	return {
		defaultParameters,
		fit: (sequences) => binding.computeParameters(items(sequences), { enableShortTerm: false }),
		evaluate: (sequences, parameters) => {
			const result = new binding.FSRSBinding([...parameters]).evaluate(items(sequences));
			return { logLoss: result.logLoss, rmse: result.rmseBins };
		},
	};
}
