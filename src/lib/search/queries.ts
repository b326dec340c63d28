/** Han characters: the scripts whose words Pagefind's query splitting can cut apart. */
const hanPattern = /\p{Script=Han}/u;

export interface SearchPlan {
	/** The query Pagefind ranks by relevance. */
	ranked: string;
	/** An exact-phrase query whose hits are listed first, or none. */
	phrase?: string;
}

/**
 * What to ask Pagefind for what the reader typed.
 *
 * Chinese has no spaces, and the browser's word splitter cuts terms such as
 * 服务费 into 服务|费, which also matches pages where the parts stand apart.
 * An exact-phrase search finds the pages that really contain the term, but
 * Pagefind gives phrase hits no ranking, so the plain search supplies the order.
 */
export function planSearch(input: string): SearchPlan | undefined {
	const query = input.trim().replace(/\s+/g, ' ');
	if (!query) return undefined;
	if (hanPattern.test(query) && !query.includes('"')) return { ranked: query, phrase: `"${query}"` };
	return { ranked: query };
}

/**
 * Orders results: pages holding the exact phrase first, in relevance order,
 * then the looser matches. Nothing found by either search is dropped.
 */
export function orderResults(rankedIds: readonly string[], phraseIds?: readonly string[]): string[] {
	if (!phraseIds) return [...rankedIds];
	const phrase = new Set(phraseIds);
	const ranked = new Set(rankedIds);
	return [...rankedIds.filter((id) => phrase.has(id)), ...phraseIds.filter((id) => !ranked.has(id)), ...rankedIds.filter((id) => !phrase.has(id))];
}

/**
 * Punctuation that closes or joins something: an excerpt cut from the middle
 * of a sentence can start with it ("，而是…", ") and the…"), which reads as a
 * mistake. Opening quotes and brackets are kept: they start a phrase.
 */
const strayLead = /^(?:\s|&nbsp;|[,.;:!?)\]}»、，。；：！？）】》」』”’…·—–\-|/])+/u;

/**
 * Pagefind's excerpt without the stray punctuation it can start with. The
 * excerpt is HTML (text and <mark> tags); only leading text is touched.
 */
export function tidyExcerpt(excerpt: string): string {
	return excerpt.replace(strayLead, '');
}
