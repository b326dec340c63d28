import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors, useBrowser } from './support/browser';

/**
 * One limit for a quote's name in both tools: 40 characters in the box, in the page's own link
 * and in a link that carries more (cut, with a message). docs/fee-calculator-url.md, "Names".
 */
const fortyCharacters = 'Hangzhou Bright Star Digital Commerce Co';
const fortyOneCharacters = 'Hangzhou Bright Star Digital Commerce Co.';
const fortyChinese = '杭州星辰数字商务有限公司天猫旗舰店代运营服务部第一事业部华东大区运营中心客户服务';

const tools = [
	{
		name: 'fee calculator',
		path: '/tools/fee-calculator/',
		zhPath: '/zh/tools/fee-calculator/',
		ready: '.fc--full',
		box: '#fee-q0-name',
		query: '?v=1&gmv=1000000',
	},
	{ name: 'cost planner', path: '/tools/cost-planner/', zhPath: '/zh/tools/cost-planner/', ready: '.cp', box: '#plan-q0-name', query: '?p=1' },
] as const;

async function open(browser: ReturnType<typeof useBrowser>, path: string, ready: string): Promise<Page> {
	const page = await browser.openPage(path);
	await page.waitForSelector(`astro-island:not([ssr]) ${ready}`);
	return page;
}

for (const tool of tools) {
	describe(`${tool.name}: a quote's name`, () => {
		const browser = useBrowser();

		it('takes at most 40 characters in the box, in English and in Chinese', async () => {
			const page = await open(browser, tool.path, tool.ready);
			const box = page.locator(tool.box);
			expect(await box.getAttribute('maxlength')).toBe('40');
			await box.fill('');
			await box.pressSequentially(`${fortyCharacters}XYZ`);
			expect(await box.inputValue()).toBe(fortyCharacters);
			const chinese = await open(browser, tool.zhPath, tool.ready);
			const zhBox = chinese.locator(tool.box);
			await zhBox.fill('');
			await zhBox.pressSequentially(`${fortyChinese}多余`);
			expect(await zhBox.inputValue()).toBe(fortyChinese);
			expect(pageErrors(page)).toEqual([]);
		});

		it('comes back whole from the page’s own link at 40 characters', async () => {
			const page = await open(browser, tool.path, tool.ready);
			await page.locator(tool.box).fill(fortyCharacters);
			await expect.poll(() => page.evaluate(() => location.search)).toContain('Hangzhou%20Bright%20Star%20Digital%20Commerce%20Co~');
			const search = await page.evaluate(() => location.search);
			const shared = await open(browser, `${tool.path}${search}`, tool.ready);
			await expect.poll(() => shared.locator(tool.box).inputValue()).toBe(fortyCharacters);
			expect(await shared.locator('.fc-alert').count()).toBe(0);
			expect(pageErrors(shared)).toEqual([]);
		});

		it('cuts a longer name in a link to 40 characters and says so', async () => {
			const page = await open(browser, `${tool.path}${tool.query}&q=${encodeURIComponent(fortyOneCharacters)}~30000~5~net`, tool.ready);
			await expect.poll(() => page.locator('.fc-alert').innerText()).toContain('the name was longer than 40 characters');
			expect(await page.locator(tool.box).inputValue()).toBe(fortyCharacters);
			expect(pageErrors(page)).toEqual([]);
		});
	});
}
