import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageFacts, type PageFacts } from '../../support/quality/page-facts';
import { pathForFile } from '../../support/quality/links';
import { sitemapLocations, sitemapPagePaths } from '../../support/quality/sitemap';

import { distDir } from './dist';

export { distDir };

/**
 * The not-found pages are not in the sitemap (they must not be indexed) but
 * are pages all the same: `visit` is an address that makes the server answer with them.
 */
export const notFoundPages = [
	{ file: '404.html', visit: '/this-page-does-not-exist/' },
	{ file: 'zh/404.html', visit: '/zh/this-page-does-not-exist/' },
] as const;

/** Every file in dist/, relative, with forward slashes. */
export function builtFiles(): string[] {
	return readdirSync(distDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

export function readBuilt(relativeFile: string): string {
	return readFileSync(join(distDir, relativeFile), 'utf8');
}

/** Text of a built file by its URL path (`/_astro/x.js`), or undefined if nothing was built there. */
export function readBuiltPath(urlPath: string): string | undefined {
	const file = join(distDir, decodeURIComponent(urlPath).replace(/^\/+/, ''));
	return statSync(file, { throwIfNoEntry: false })?.isFile() ? readFileSync(file, 'utf8') : undefined;
}

/** URL paths of every page in the built sitemap, in sitemap order. */
export function sitemapPaths(): string[] {
	const index = readBuilt('sitemap-index.xml');
	return sitemapPagePaths(index, (location) => readBuilt(new URL(location).pathname.replace(/^\//, '')));
}

/** The origin the site is deployed at, as written in the sitemap (from `site` in astro.config.mjs). */
export function deployedOrigin(): string {
	const [first] = sitemapLocations(readBuilt('sitemap-index.xml'));
	if (!first) throw new Error('dist/sitemap-index.xml lists no sitemap.');
	return new URL(first).origin;
}

export interface BuiltPage {
	path: string;
	file: string;
	html: string;
	facts: PageFacts;
}

/** Every built HTML page (sitemap pages, 404 pages, anything else), keyed by the URL path it is served at. */
export function builtPages(): Map<string, BuiltPage> {
	const pages = new Map<string, BuiltPage>();
	for (const file of builtFiles().filter((name) => name.endsWith('.html'))) {
		const html = readBuilt(file);
		pages.set(pathForFile(file), { path: pathForFile(file), file, html, facts: pageFacts(html) });
	}
	return pages;
}
