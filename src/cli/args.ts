import { parseArgs as parseNodeArgs } from "node:util";

/** A command's words, read by Node's `util.parseArgs`: positional words, `--flag` and `--option value`. */
export interface ParsedArgs {
	positional: string[];
	flags: Set<string>;
	options: Map<string, string>;
}

export class UsageError extends Error {}

type OptionToken = { kind: "option"; name: string; rawName: string; value?: string; inlineValue?: boolean };

/**
 * Reads argv against what the command declares: switches (`allowedFlags`), options that take a
 * value (`allowedOptions`) and the names of its positional words (`positionals`, for messages).
 * Anything else is a UsageError: an unknown `-x` or `--colour`, a value given to a switch
 * (`--json=true`), a missing value, or a word more than the command takes.
 */
export function parseArgs(
	argv: readonly string[],
	allowedFlags: readonly string[],
	allowedOptions: readonly string[],
	positionals: readonly string[] = ["vault"],
): ParsedArgs {
	const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
	const options: Record<string, { type: "boolean" | "string" }> = {};
	for (const name of allowedFlags) options[name] = { type: "boolean" };
	for (const name of allowedOptions) options[name] = { type: "string" };
	// strict: false hands every token over, so each refusal can say exactly what was wrong.
	const { tokens } = parseNodeArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
	for (const token of tokens) {
		if (token.kind === "positional") parsed.positional.push(token.value);
		else if (token.kind === "option") readOption(token, allowedFlags, allowedOptions, parsed);
	}
	if (parsed.positional.length > positionals.length) {
		const extra = parsed.positional[positionals.length] ?? "";
		throw new UsageError(`unexpected word "${extra}": the command takes ${positionals.map((name) => `<${name}>`).join(" ") || "no word"} and options`);
	}
	return parsed;
}

function readOption(token: OptionToken, allowedFlags: readonly string[], allowedOptions: readonly string[], parsed: ParsedArgs): void {
	const { name, rawName, value, inlineValue } = token;
	if (!rawName.startsWith("--") || !(allowedFlags.includes(name) || allowedOptions.includes(name))) {
		throw new UsageError(`unknown option ${rawName}`);
	}
	if (allowedFlags.includes(name)) {
		if (value !== undefined) throw new UsageError(`${rawName} is a switch and takes no value: write ${rawName} alone`);
		parsed.flags.add(name);
		return;
	}
	// `--today --json` is a forgotten value, not a date called "--json".
	if (value === undefined || (!inlineValue && value.startsWith("--"))) throw new UsageError(`${rawName} needs a value`);
	parsed.options.set(name, value);
}
