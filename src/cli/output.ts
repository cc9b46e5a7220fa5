import type { WriteStream } from "tty";

/** Where a command writes; the real process streams in production, arrays in tests. */
export interface Output {
	print(text: string): void;
	error(text: string): void;
}

export const processOutput: Output = {
	print: (text) => writeTo(process.stdout, text),
	error: (text) => writeTo(process.stderr, text),
};

const guarded = new WeakSet<WriteStream>();

function writeTo(stream: WriteStream, text: string): void {
	endQuietlyOnClosedPipe(stream);
	stream.write(`${text}\n`);
}

/**
 * `interview-vault list <vault> | head -1`: once the reader has gone, the rest of the output has
 * nowhere to go. Unix tools then end quietly with success; so does this one, instead of dying on
 * an unhandled EPIPE with a stack trace.
 */
function endQuietlyOnClosedPipe(stream: WriteStream): void {
	if (guarded.has(stream)) return;
	guarded.add(stream);
	stream.on("error", (error: Error & { code?: string }) => {
		if (error.code === "EPIPE") process.exit(0);
		throw error;
	});
}
