/** A tiny argument reader: positional words, `--flag` and `--option value`; anything unknown is an error. */
export interface ParsedArgs {
	positional: string[];
	flags: Set<string>;
	options: Map<string, string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], allowedFlags: readonly string[], allowedOptions: readonly string[]): ParsedArgs {
	const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i] as string;
		if (!word.startsWith("--")) {
			parsed.positional.push(word);
			continue;
		}
		const [name, inlineValue] = splitOption(word.slice(2));
		if (allowedFlags.includes(name) && inlineValue === undefined) {
			parsed.flags.add(name);
		} else if (allowedOptions.includes(name)) {
			const value = inlineValue ?? argv[++i];
			if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
			parsed.options.set(name, value);
		} else {
			throw new UsageError(`unknown option --${name}`);
		}
	}
	return parsed;
}

function splitOption(text: string): [string, string | undefined] {
	const equals = text.indexOf("=");
	return equals < 0 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}
