/** Han characters: the scripts whose words Pagefind's query splitting can cut apart. */
const hanPattern = /\p{Script=Han}/u;

/**
 * The Pagefind queries to run for what the reader typed, best first.
 *
 * Chinese has no spaces, and the browser's word splitter cuts terms such as
 * 服务费 into 服务|费, which also matches pages where the parts stand apart.
 * Searching the exact phrase first and the plain query second lists the pages
 * that really contain the term before the looser matches, without losing any.
 */
export function searchQueries(input: string): string[] {
	const query = input.trim().replace(/\s+/g, ' ');
	if (!query) return [];
	const alreadyQuoted = query.includes('"');
	if (hanPattern.test(query) && !alreadyQuoted) return [`"${query}"`, query];
	return [query];
}

/** Concatenates result lists, keeping each id once at its best position. */
export function mergeRankedIds(lists: readonly (readonly string[])[]): string[] {
	const seen = new Set<string>();
	const merged: string[] = [];
	for (const list of lists) {
		for (const id of list) {
			if (seen.has(id)) continue;
			seen.add(id);
			merged.push(id);
		}
	}
	return merged;
}
