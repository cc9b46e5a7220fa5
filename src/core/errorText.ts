/** What went wrong, as one line for the user: an Error's message, or whatever was thrown as text. */
export function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
