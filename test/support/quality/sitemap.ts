/**
 * Reads page addresses from the built sitemap, so every gate covers every page
 * without anyone keeping a list. Build-time only.
 */

function decodeXmlText(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

/** The `<loc>` addresses in a sitemap or sitemap index, in document order. */
export function sitemapLocations(xml: string): string[] {
	return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((match) => decodeXmlText(match[1]!));
}

/** Maps an address on the deployed site to the same path on another origin (the local test server). */
export function toLocalUrl(location: string, localOrigin: string): string {
	const url = new URL(location);
	return new URL(`${url.pathname}${url.search}`, localOrigin).toString();
}

/** Follows a sitemap index to its sitemaps and returns the URL paths of every page they list. */
export function sitemapPagePaths(indexXml: string, readSitemap: (location: string) => string): string[] {
	const paths: string[] = [];
	for (const sitemap of sitemapLocations(indexXml)) {
		for (const page of sitemapLocations(readSitemap(sitemap))) paths.push(new URL(page).pathname);
	}
	return paths;
}
