import { describe, expect, it } from 'vitest';
import { pageErrors, siteUrl, useBrowser } from './support/browser';
import { expectedNeutralPaths, localesUnderTest, localized, sitemapPaths } from './support/routes';

const browser = useBrowser();

describe('every route exists in both languages', () => {
	it('the sitemap lists exactly the promised routes in both languages', () => {
		const expected = localesUnderTest.flatMap(({ prefix }) => expectedNeutralPaths.map((path) => localized(prefix, path)));
		expect(sitemapPaths().sort()).toEqual(expected.sort());
	});

	const cases = localesUnderTest.flatMap((locale) => expectedNeutralPaths.map((path) => ({ ...locale, path, url: localized(locale.prefix, path) })));

	it.each(cases)('$url renders in $lang', async ({ path, url, lang }) => {
		const page = await browser.openPage(url);
		const response = await page.reload({ waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		const headings = await page.locator('h1').allTextContents();
		expect(headings).toHaveLength(1);
		expect(headings[0]!.trim().length).toBeGreaterThan(3);
		expect((await page.title()).length).toBeGreaterThan(5);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();

		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(new URL(canonical!).pathname).toBe(url);
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]));
		expect(alternates).toEqual([
			['en', path],
			['zh-CN', `/zh${path}`],
			['x-default', path],
		]);
		expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();

		const footer = (await page.locator('footer').textContent()) ?? '';
		expect(footer).toMatch(lang === 'en' ? /not affiliated with.*Alibaba/ : /与阿里巴巴集团、天猫.*无/);
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});
});

describe('not-found pages', () => {
	it.each([
		{ path: '/no-such-page/', lang: 'en', heading: 'Page not found' },
		{ path: '/zh/no-such-page/', lang: 'zh-CN', heading: '页面不存在' },
	])('$path answers 404 with a helpful page in $lang', async ({ path, lang, heading }) => {
		const page = await browser.context.newPage();
		const response = await page.goto(siteUrl(path));
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect(await page.locator('h1').textContent()).toBe(heading);
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
		// It offers a way on: links to the guide and the tools in the same language.
		const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(8);
		for (const href of links) expect(href!.startsWith('/zh/')).toBe(lang === 'zh-CN');
		await page.close();
	});
});
