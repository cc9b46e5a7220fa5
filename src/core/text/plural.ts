/** "1 question", "0 questions", "12 questions": interface text right for zero, one and many. */
export function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}
