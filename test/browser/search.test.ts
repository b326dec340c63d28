import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';

const browser = useBrowser();

/** Opens the header search with the keyboard shortcut and returns the result paths. */
async function searchFromHeader(page: Page, query: string): Promise<string[]> {
	await page.keyboard.press('Control+k');
	const dialog = page.locator('[data-search-dialog]');
	await dialog.waitFor({ state: 'visible' });
	const input = dialog.locator('[data-search-input]');
	await input.fill(query);
	const status = dialog.locator('[data-search-status]');
	await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 }).toMatch(/\d|没有|No pages/);
	const hrefs = await dialog.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	await page.keyboard.press('Escape');
	return hrefs.map((href) => new URL(href, 'http://x').pathname);
}

/**
 * The guide's own vocabulary must find the page about it. Chinese queries are
 * the ones Pagefind's query splitting has broken before (see README).
 */
const chineseQueries = [
	{ query: '提点', page: '/zh/guide/charging-modes/', within: 3 },
	{ query: '服务费', page: '/zh/guide/charging-modes/', within: 3 },
	{ query: '杭州', page: '/zh/guide/agency-locations/', within: 1 },
	{ query: '签约', page: '/zh/guide/hiring-process/', within: 5 },
	{ query: '保证金', page: '/zh/guide/platform-costs/', within: 1 },
	{ query: '刷单', page: '/zh/guide/contract/', within: 3 },
	{ query: '淘宝客', page: '/zh/guide/glossary/', within: 3 },
	// Every page is about 代运营, so these only need to list the page that defines it.
	{ query: '代运营', page: '/zh/guide/agent-operation/', within: 12 },
	{ query: '天猫代运营', page: '/zh/guide/agent-operation/', within: 12 },
];

const englishQueries = [
	{ query: 'commission', page: '/guide/charging-modes/', within: 3 },
	{ query: 'Hangzhou', page: '/guide/agency-locations/', within: 1 },
	{ query: 'red flag', page: '/guide/contract/', within: 1 },
	{ query: 'deposit', page: '/guide/platform-costs/', within: 3 },
	{ query: 'phone screening', page: '/guide/hiring-process/', within: 3 },
	{ query: 'Taobaoke', page: '/guide/glossary/', within: 3 },
];

describe('search in Chinese', () => {
	it.each(chineseQueries)('“$query” from a Chinese page lists $page in the top $within, and only Chinese pages', async ({ query, page: expected, within }) => {
		const page = await browser.openPage('/zh/guide/agent-operation/');
		const results = await searchFromHeader(page, query);
		expect(results.slice(0, within)).toContain(expected);
		for (const path of results) expect(path.startsWith('/zh/')).toBe(true);
		await page.close();
	});
});

describe('search in English', () => {
	it.each(englishQueries)('“$query” from an English page lists $page in the top $within, and only English pages', async ({ query, page: expected, within }) => {
		const page = await browser.openPage('/guide/agent-operation/');
		const results = await searchFromHeader(page, query);
		expect(results.slice(0, within)).toContain(expected);
		for (const path of results) expect(path.startsWith('/zh/')).toBe(false);
		await page.close();
	});
});

/** Runs a search from the search page's address and returns the result paths in order. */
async function searchPage(prefix: string, query: string): Promise<string[]> {
	const page = await browser.openPage(`${prefix}/search/?q=${encodeURIComponent(query)}`);
	const status = page.locator('main [data-search-status]');
	// Generous: CI machines with two busy cores have taken 10 s to load the index.
	await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 30_000 }).toMatch(/\d|没有|No pages/);
	const hrefs = await page.locator('main [data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	await page.close();
	return hrefs.map((href) => new URL(href, 'http://x').pathname);
}

/**
 * Searching a guide page's own subject lists that page first, although every
 * page uses these words (src/lib/search/subjects.ts). Before the subject
 * step, 代运营 listed the page that explains it fifth and "hiring process"
 * did not list the hiring page at all.
 */
const subjectQueries = [
	{ query: 'agent operation', page: '/guide/agent-operation/' },
	{ query: 'Tmall Partner', page: '/guide/agent-operation/' },
	{ query: 'charging modes', page: '/guide/charging-modes/' },
	{ query: 'agency locations', page: '/guide/agency-locations/' },
	{ query: 'hiring process', page: '/guide/hiring-process/' },
	{ query: 'contract', page: '/guide/contract/' },
	{ query: 'red flags', page: '/guide/contract/' },
	{ query: 'platform costs', page: '/guide/platform-costs/' },
	{ query: 'Glossary', page: '/guide/glossary/' },
	{ query: '代运营', page: '/zh/guide/agent-operation/' },
	{ query: '天猫代运营', page: '/zh/guide/agent-operation/' },
	{ query: '代运营是什么', page: '/zh/guide/agent-operation/' },
	{ query: '收费模式', page: '/zh/guide/charging-modes/' },
	{ query: '代运营公司分布', page: '/zh/guide/agency-locations/' },
	{ query: '合作流程', page: '/zh/guide/hiring-process/' },
	{ query: '合同', page: '/zh/guide/contract/' },
	{ query: '风险信号', page: '/zh/guide/contract/' },
	{ query: '平台费用', page: '/zh/guide/platform-costs/' },
	{ query: '术语表', page: '/zh/guide/glossary/' },
];

describe('a guide page comes first for its own subject', () => {
	it.each(subjectQueries)('“$query” lists $page first', async ({ query, page: expected }) => {
		const results = await searchPage(expected.startsWith('/zh/') ? '/zh' : '', query);
		expect(results[0]).toBe(expected);
		expect(results.filter((path) => path === expected)).toHaveLength(1);
	});

	it('“How to hire a Tmall agency in five steps”, a page title, lists that page first', async () => {
		expect((await searchPage('', 'How to hire a Tmall agency in five steps'))[0]).toBe('/guide/hiring-process/');
	});
});

describe('search excerpts', () => {
	it('do not start with stray punctuation', async () => {
		for (const [prefix, query] of [
			['/zh', '提点'],
			['/zh', '保证金'],
			['', 'commission'],
			['', 'deposit'],
		] as const) {
			const page = await browser.openPage(`${prefix}/search/?q=${encodeURIComponent(query)}`);
			const status = page.locator('main [data-search-status]');
			await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 30_000 }).toMatch(/\d/);
			const excerpts = await page.locator('main [data-search-results] p').allTextContents();
			expect(excerpts.length, query).toBeGreaterThan(0);
			for (const excerpt of excerpts) expect(excerpt, query).not.toMatch(/^[\s,.;:!?)\]}、，。；：！？）】》」』”’…·—–-]/u);
			await page.close();
		}
	});
});

describe('search page', () => {
	it('searches from the address, so a search link can be shared', async () => {
		const page = await browser.openPage('/zh/search/?q=%E6%8F%90%E7%82%B9');
		const status = page.locator('main [data-search-status]');
		await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 }).toMatch(/找到/);
		expect(await page.locator('main [data-search-input]').inputValue()).toBe('提点');
		const first = page.locator('main [data-search-results] a').first();
		expect(await first.getAttribute('href')).toMatch(/^\/zh\//);
		await page.close();
	});

	it('says so when nothing matches, in the page language', async () => {
		const page = await browser.openPage('/search/');
		await page.locator('main [data-search-input]').fill('xylophone quartz');
		await expect.poll(async () => page.locator('main [data-search-status]').textContent(), { timeout: 15_000 }).toBe('No pages match');
		await page.close();
	});

	it('opens from the header button too, and the shortcut hint names the key', async () => {
		const page = await browser.openPage('/');
		await page.locator('[data-search-open]').click();
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(true);
		// The dialog opens at once; focus reaches the field when its form has been fetched from /search/.
		await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5000 }).toBe('search-dialog-input');
		await page.keyboard.press('Escape');
		expect(await page.locator('[data-search-dialog]').isVisible()).toBe(false);
		await page.close();
	});
});
