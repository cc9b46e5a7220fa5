/** Where a command writes; the real process streams in production, arrays in tests. */
export interface Output {
	print(text: string): void;
	error(text: string): void;
}

export const processOutput: Output = {
	print: (text) => process.stdout.write(`${text}\n`),
	error: (text) => process.stderr.write(`${text}\n`),
};
