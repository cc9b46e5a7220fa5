/** Where a progress line goes: standard error, or a stand-in in tests. */
export interface ProgressStream {
	isTTY?: boolean;
	write(text: string): unknown;
}

export interface Progress {
	step(done: number, total: number): void;
	/** Clears the line, so the results that follow start on a clean line. */
	finish(): void;
}

const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;

/**
 * A "reading notes 1200/5000" line on a terminal's standard error, shown only once the run has
 * taken more than a second (a small vault prints nothing) and never into a pipe or a file.
 */
export function progressLine(label: string, stream: ProgressStream = process.stderr, now: () => number = Date.now): Progress {
	const started = now();
	let drawnAt: number | undefined;
	return {
		step(done, total) {
			if (stream.isTTY !== true) return;
			const time = now();
			if (time - started < SHOW_AFTER_MS || (drawnAt !== undefined && time - drawnAt < REDRAW_EVERY_MS && done < total)) return;
			drawnAt = time;
			stream.write(`\r${label} ${done}/${total}`);
		},
		finish() {
			if (drawnAt !== undefined) stream.write("\r\u001b[K");
		},
	};
}
