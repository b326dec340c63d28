import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localeKeys, type Locale } from '../../src/i18n/locales';
import { localizePath } from '../../src/i18n/paths';
import { pageErrors, siteUrl, useBrowser } from './support/browser';

const browser = useBrowser();

const glossaryFile = (locale: Locale) =>
	JSON.parse(readFileSync(`content/glossary/${locale}.json`, 'utf8')) as { terms: { id: string; zh: string; en: string }[] };
const faqFile = (locale: Locale) => JSON.parse(readFileSync(`content/faq/${locale}.json`, 'utf8')) as { questions: { id: string; question: string }[] };

/** Pages of the site other writers link to as `/guide/glossary/#<id>`. */
const glossaryPath = (locale: Locale) => localizePath(locale, '/guide/glossary/');

/** Runs a Pagefind query inside the page, as the site's own search does, and returns the result URLs. */
async function pagefindSearch(page: Page, query: string): Promise<{ url: string; subUrls: string[] }[]> {
	return page.evaluate(async (term) => {
		const load = new Function('path', 'return import(path)') as (path: string) => Promise<{
			init?: () => Promise<void>;
			search: (q: string) => Promise<{
				results: { data: () => Promise<{ url: string; sub_results?: { url: string }[] }> }[];
			}>;
		}>;
		const pagefind = await load('/pagefind/pagefind.js');
		await pagefind.init?.();
		const search = await pagefind.search(term);
		const data = await Promise.all(search.results.map((result) => result.data()));
		return data.map((entry) => ({ url: entry.url, subUrls: (entry.sub_results ?? []).map((sub) => sub.url) }));
	}, query);
}

/** The parsed JSON-LD blocks of a page. */
async function jsonLdBlocks(page: Page): Promise<Record<string, unknown>[]> {
	const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
	return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

describe.each(localeKeys)('glossary (%s)', (locale) => {
	const terms = glossaryFile(locale).terms;

	it('has an anchor for every term, inside the searchable main content', async () => {
		const page = await browser.openPage(glossaryPath(locale));
		const found = await page.evaluate(
			(ids) => {
				return ids.map((id) => {
					const element = document.getElementById(id);
					return {
						id,
						exists: element !== null,
						searchable: element?.closest('[data-pagefind-body]') !== null && element?.closest('nav, form, [data-pagefind-ignore]') === null,
					};
				});
			},
			terms.map((term) => term.id),
		);
		for (const entry of found) {
			expect(entry.exists, entry.id).toBe(true);
			expect(entry.searchable, entry.id).toBe(true);
		}
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('shows each term with its Chinese and English names', async () => {
		const page = await browser.openPage(glossaryPath(locale));
		for (const term of terms.filter((entry) => ['tp', 'commission', 'taobaoke', 'registration'].includes(entry.id))) {
			const card = page.locator('.term', { has: page.locator(`[id="${term.id}"]`) });
			await expect.poll(() => card.textContent()).toContain(term.zh);
			await expect.poll(() => card.textContent()).toContain(term.en);
		}
		await page.close();
	});

	it('lands on a term from a link and marks it as the target', async () => {
		const page = await browser.openPage(`${glossaryPath(locale)}#taobaoke`);
		const landed = await page.evaluate(() => {
			const target = document.querySelector(':target');
			const box = target?.getBoundingClientRect();
			return { id: target?.id, top: box?.top ?? -1, viewport: window.innerHeight };
		});
		expect(landed.id).toBe('taobaoke');
		expect(landed.top).toBeGreaterThanOrEqual(0);
		expect(landed.top).toBeLessThan(landed.viewport / 2);
		await page.close();
	});

	it('follows a "see also" link with the keyboard', async () => {
		const page = await browser.openPage(glossaryPath(locale));
		const link = page.locator('.term', { has: page.locator('[id="commission"]') }).locator('a[href="#commission-base"]');
		await link.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#commission-base');
		await page.close();
	});

	it('jump navigation and "see also" links all point at anchors on the page', async () => {
		const page = await browser.openPage(glossaryPath(locale));
		const broken = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('.glossary a[href^="#"]')]
				.map((link) => link.getAttribute('href')!.slice(1))
				.filter((id) => !document.getElementById(id)),
		);
		expect(broken).toEqual([]);
		await page.close();
	});

	it('links only to pages in its own language that exist', async () => {
		const page = await browser.openPage(glossaryPath(locale));
		const hrefs = await page.evaluate(() => [
			...new Set([...document.querySelectorAll<HTMLAnchorElement>('.glossary a[href^="/"]')].map((link) => link.getAttribute('href')!)),
		]);
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) {
			expect(href.startsWith('/zh/'), href).toBe(locale === 'zh');
			const response = await page.request.get(siteUrl(href));
			expect(response.status(), href).toBe(200);
		}
		await page.close();
	});

	it('has no WCAG 2.2 AA violations in the term list, in light and dark themes', async () => {
		for (const theme of ['light', 'dark'] as const) {
			const page = await browser.openPage(glossaryPath(locale));
			await page.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
			const results = await new AxeBuilder({ page }).include('.glossary').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(results.violations.map((violation) => `${theme}: ${violation.id}`)).toEqual([]);
			await page.close();
		}
	});
});

describe('glossary terms are found by search', () => {
	const queries: { locale: Locale; query: string; anchor: string }[] = [
		{ locale: 'en', query: 'Taobaoke', anchor: 'taobaoke' },
		{ locale: 'en', query: 'Zhitongche', anchor: 'zhitongche' },
		{ locale: 'zh', query: '淘宝客', anchor: 'taobaoke' },
		{ locale: 'zh', query: '提点', anchor: 'commission' },
		{ locale: 'zh', query: '坑位费', anchor: 'slot-fee' },
	];

	it.each(queries)('$locale: “$query” finds the glossary', async ({ locale, query }) => {
		const page = await browser.openPage(glossaryPath(locale));
		const results = await pagefindSearch(page, query);
		expect(results.map((result) => new URL(result.url, 'http://x').pathname)).toContain(glossaryPath(locale));
		await page.close();
	});

	it('offers the term itself as a sub-result, so search lands on the definition', async () => {
		const page = await browser.openPage(glossaryPath('en'));
		const results = await pagefindSearch(page, 'Taobaoke');
		const glossary = results.find((result) => new URL(result.url, 'http://x').pathname === glossaryPath('en'));
		expect(glossary?.subUrls.some((url) => url.endsWith('#taobaoke'))).toBe(true);
		await page.close();
	});
});

/** The FAQ is on the home page; its section is the one holding `.faq`. */
describe.each(localeKeys)('FAQ (%s)', (locale) => {
	const questions = faqFile(locale).questions;
	const home = localizePath(locale, '/');

	it('shows the ten questions as headings, each with an anchor', async () => {
		const page = await browser.openPage(home);
		const headings = await page.locator('.faq h3').allTextContents();
		expect(headings.map((text) => text.trim())).toEqual(questions.map((entry) => entry.question));
		for (const entry of questions) expect(await page.locator(`[id="faq-${entry.id}"]`).count(), entry.id).toBe(1);
		await page.close();
	});

	it('describes exactly the visible questions in FAQPage structured data', async () => {
		const page = await browser.openPage(home);
		const faqPages = (await jsonLdBlocks(page)).filter((block) => block['@type'] === 'FAQPage');
		expect(faqPages).toHaveLength(1);
		const data = faqPages[0] as { inLanguage: string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
		expect(data.inLanguage).toBe(locale === 'zh' ? 'zh-CN' : 'en');
		const visible = (await page.locator('.faq h3').allTextContents()).map((text) => text.trim());
		expect(data.mainEntity.map((entry) => entry.name)).toEqual(visible);
		const answers = (await page.locator('.faq .faq__answer').allTextContents()).map((text) => text.trim());
		expect(data.mainEntity.map((entry) => entry.acceptedAnswer.text)).toEqual(answers);
		await page.close();
	});

	it('links each answer to a page in the same language that exists', async () => {
		const page = await browser.openPage(home);
		const hrefs = await page.locator('.faq a[href^="/"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
		expect(hrefs.length).toBeGreaterThanOrEqual(questions.length > 0 ? 1 : 0);
		for (const href of hrefs) {
			expect(href.startsWith('/zh/'), href).toBe(locale === 'zh');
			expect((await page.request.get(siteUrl(href))).status(), href).toBe(200);
		}
		await page.close();
	});
});

describe.each(localeKeys)('hiring process structured data (%s)', (locale) => {
	it('carries HowTo structured data for the five steps, linking to pages in the same language', async () => {
		const page = await browser.openPage(localizePath(locale, '/guide/hiring-process/'));
		const howTos = (await jsonLdBlocks(page)).filter((block) => block['@type'] === 'HowTo');
		expect(howTos).toHaveLength(1);
		const data = howTos[0] as { inLanguage: string; step: { position: number; name: string; url: string }[] };
		expect(data.inLanguage).toBe(locale === 'zh' ? 'zh-CN' : 'en');
		expect(data.step.map((step) => step.position)).toEqual([1, 2, 3, 4, 5]);
		for (const step of data.step) {
			expect(step.name.length).toBeGreaterThan(0);
			expect(new URL(step.url).pathname.startsWith('/zh/'), step.url).toBe(locale === 'zh');
		}
		await page.close();
	});
});
