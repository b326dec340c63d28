export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocItem {
	slug: string;
	text: string;
	children: TocItem[];
}

/**
 * Nests `##` and `###` headings into a two-level table of contents. A `###`
 * that appears before any `##` is lifted to the top level rather than lost.
 */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
	const toc: TocItem[] = [];
	for (const heading of headings) {
		if (heading.depth < minDepth || heading.depth > maxDepth) continue;
		const item: TocItem = { slug: heading.slug, text: heading.text, children: [] };
		const parent = toc.at(-1);
		if (heading.depth > minDepth && parent) parent.children.push(item);
		else toc.push(item);
	}
	return toc;
}
