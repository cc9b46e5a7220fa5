/** Words that carry no meaning in a note's name: question words, articles, linking words. */
const FILLER = new Set([
	"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "into", "over",
	"what", "which", "who", "why", "when", "where", "how", "is", "are", "was", "be", "does", "do", "did", "can", "could",
	"would", "should", "will", "you", "your", "we", "it", "its", "this", "that", "these", "those", "there", "between",
	"explain", "describe", "tell", "me", "about", "some", "any", "one", "name", "give", "example", "s",
]);

/** "Why should a GET request never change data?" → "get-request-never-change-data" (first `words` meaningful words). */
export function slugify(text: string, words = 8): string {
	const all = text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[’']/g, "")
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== "");
	const meaningful = all.filter((word) => !FILLER.has(word));
	return (meaningful.length > 0 ? meaningful : all).slice(0, words).join("-");
}

const TITLE_FILLER = new Set([
	"interview", "interviews", "question", "questions", "answer", "answers", "guide", "top", "complete", "most", "common",
	"important", "with", "and", "for", "the", "a", "an", "of", "hiring", "recruiters", "candidates",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
	"thirty", "forty", "fifty", "hundred",
]);

/** "40 Backend Interview Questions with Answers" → "backend": the guide's subject as a topic slug. */
export function topicFromTitle(title: string): string {
	const words = slugify(title, 20).split("-").filter((word) => word !== "" && !TITLE_FILLER.has(word) && !/^\d+$/.test(word));
	return words.slice(0, 3).join("-") || "imported";
}
