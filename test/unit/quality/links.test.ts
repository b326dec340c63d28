import { describe, expect, it } from 'vitest';
import { checkLinks, fileCandidates, formatLinkProblems, localeOfPath, pathForFile, resolveInternal } from '../../support/quality/links';
import { pageFacts } from '../../support/quality/page-facts';
import { fixtureFiles, fixtureOrigin, fixturePages } from './fixture-site';

function fixtureSite() {
	const pages = new Map([...fixturePages()].map(([path, page]) => [path, page.facts]));
	return { pages, files: new Set(fixtureFiles()), siteOrigin: fixtureOrigin };
}

describe('paths and files', () => {
	it('maps directory-format URLs to index.html files and back', () => {
		expect(fileCandidates('/')).toEqual(['index.html']);
		expect(fileCandidates('/guide/costs/')).toEqual(['guide/costs/index.html']);
		expect(fileCandidates('/sitemap-index.xml')).toEqual(['sitemap-index.xml', 'sitemap-index.xml/index.html', 'sitemap-index.xml.html']);
		expect(pathForFile('index.html')).toBe('/');
		expect(pathForFile('zh/guide/costs/index.html')).toBe('/zh/guide/costs/');
		expect(pathForFile('zh/404.html')).toBe('/zh/404.html');
	});

	it('knows a page is Chinese only under /zh/', () => {
		expect(localeOfPath('/zh/')).toBe('zh');
		expect(localeOfPath('/zh/guide/costs/')).toBe('zh');
		expect(localeOfPath('/zhongguo/')).toBe('en');
		expect(localeOfPath('/')).toBe('en');
	});

	it('resolves relative, absolute and same-site links, decodes fragments, and leaves other sites alone', () => {
		expect(resolveInternal('costs/#%E8%B4%B9%E7%94%A8', '/guide/', fixtureOrigin)).toEqual({ path: '/guide/costs/', fragment: '费用' });
		expect(resolveInternal('https://guide.example/zh/?q=1', '/guide/', fixtureOrigin)).toEqual({ path: '/zh/', fragment: undefined });
		expect(resolveInternal('https://other.example/', '/', fixtureOrigin)).toBeUndefined();
		expect(resolveInternal('mailto:a@b.example', '/', fixtureOrigin)).toBeUndefined();
	});
});

describe('checkLinks over the fixture site', () => {
	const problems = checkLinks(fixtureSite());
	const byPage = (page: string) => problems.filter((problem) => problem.page === page).map((problem) => [problem.reference, problem.reason]);

	it('passes every good link: anchors, encoded ids, assets, the language switch, the search form, same-site absolute links', () => {
		expect(byPage('/')).toEqual([]);
		expect(byPage('/zh/')).toEqual([]);
		expect(byPage('/tools/calc/')).toEqual([]);
	});

	it('reports a missing anchor, a missing page, a bare "#" and an English page linking to Chinese', () => {
		expect(byPage('/guide/costs/')).toEqual([
			['/zh/guide/costs/', 'a en page links to the zh page /zh/guide/costs/ (only the language switch may)'],
			['#missing-section', 'no element with id "missing-section" on /guide/costs/'],
			['/guide/deleted/', 'nothing is built at /guide/deleted/'],
			['#', 'href="#" goes nowhere'],
		]);
	});

	it('reports a Chinese page linking to English pages, but accepts #top', () => {
		expect(byPage('/zh/guide/costs/')).toEqual([
			['/guide/costs/', 'a zh page links to the en page /guide/costs/ (only the language switch may)'],
			['/search/?q=fee', 'a zh page links to the en page /search/ (only the language switch may)'],
		]);
	});

	it('formats one readable line per problem naming page, element, link and reason', () => {
		const text = formatLinkProblems(problems);
		expect(text.split('\n')).toHaveLength(problems.length);
		expect(text).toContain('/guide/costs/: <a> "Broken anchor" → #missing-section: no element with id "missing-section"');
	});

	it('refuses javascript: URLs and empty links', () => {
		const facts = pageFacts('<!doctype html><html lang="en"><body><a href="javascript:void(0)">x</a><a href="">y</a></body></html>');
		const result = checkLinks({ pages: new Map([['/', facts]]), files: new Set(['index.html']), siteOrigin: fixtureOrigin });
		expect(result.map((problem) => problem.reason)).toEqual(['javascript: URL (blocked by the Content-Security-Policy)', 'empty URL']);
	});
});
