import { describe, expect, it } from 'vitest';
import { checkLinks, findBuiltFile, formatLinkProblems } from '../support/quality/links';
import { expectNone } from './support/report';
import { builtFiles, builtPages, deployedOrigin, notFoundPages, sitemapPaths } from './support/built-site';

describe('links in the built site', () => {
	it('every internal link, resource and #anchor resolves, and no page links across languages except the language switch', () => {
		const pages = builtPages();
		expect(pages.size).toBeGreaterThan(2);
		const problems = checkLinks({
			pages: new Map([...pages].map(([path, page]) => [path, page.facts])),
			files: new Set(builtFiles()),
			siteOrigin: deployedOrigin(),
		});
		expectNone(formatLinkProblems(problems).split('\n').filter(Boolean), 'Broken or cross-language links');
	});

	it('the sitemap lists every built page but the not-found pages, and each entry was built', () => {
		const files = new Set(builtFiles());
		const listed = sitemapPaths();
		const unbuilt = listed.filter((path) => !findBuiltFile(path, files)?.endsWith('.html'));
		expectNone(unbuilt, 'Sitemap entries with no built page');
		const notFound = new Set<string>(notFoundPages.map((page) => page.file));
		const unlisted = [...builtPages().values()].filter((page) => !notFound.has(page.file) && !listed.includes(page.path)).map((page) => page.path);
		expectNone(unlisted, 'Built pages missing from the sitemap');
	});
});
