import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors, siteUrl, useBrowser } from './support/browser';
import { openCountingModule } from './support/later';

const toolPath = { en: '/tools/fee-calculator/', zh: '/zh/tools/fee-calculator/' } as const;
/** The worked example from issue 3, as a shared link. */
const workedExample = '?v=1&gmv=1000000&months=12&refund=10&q=A~60000~0~gmv&q=B~0~8~net&q=C~20000~3~net';
const hostileLink = '?v=9&gmv=-5&q=<img src=x onerror=alert(1)>~abc~x~foo';

/** Waits until the island has hydrated (Astro drops the `ssr` attribute) and read the URL. */
async function openCalculator(browser: ReturnType<typeof useBrowser>, path: string): Promise<Page> {
	const page = await browser.openPage(path);
	await page.waitForSelector('astro-island:not([ssr]) .fc--full');
	return page;
}

const summaryText = (page: Page) => page.locator('.fc--full .fc-summary').innerText();
const resultCells = (page: Page) => page.locator('.fc--full .fc-results tbody td').allInnerTexts();

describe('fee calculator: results from a shared link', () => {
	const browser = useBrowser();

	it('reproduces the worked example in English', async () => {
		const page = await openCalculator(browser, `${toolPath.en}${workedExample}`);
		await expect.poll(() => summaryText(page)).toContain('C is cheapest at your forecast: CN¥47,000 a month, 4.7% of sales.');
		const summary = await summaryText(page);
		expect(summary).toContain('B becomes cheaper below CN¥444,444 a month.');
		expect(summary).toContain('A becomes cheaper above CN¥1,481,481 a month.');
		const cells = await resultCells(page);
		for (const total of ['720,000', '864,000', '564,000', '47,000', '4.7%']) expect(cells).toContain(total);
		await expect
			.poll(() => page.locator('.fc-pairs').innerText())
			.toContain('A and B cost the same at CN¥833,333 a month. Below that, B is cheaper; above it, A is.');
		const pairs = await page.locator('.fc-pairs').innerText();
		expect(pairs).toContain('A and C cost the same at CN¥1,481,481 a month.');
		expect(pairs).toContain('B and C cost the same at CN¥444,444 a month.');
		expect(await page.locator('.fc-alert').count()).toBe(0);
		expect(pageErrors(page)).toEqual([]);
	});

	it('reproduces the worked example in Chinese, counting large sums in 万', async () => {
		const page = await openCalculator(browser, `${toolPath.zh}${workedExample}`);
		await expect.poll(() => summaryText(page)).toContain('按你的预计销售额，“C”最便宜：每月 ¥4.7万，占销售额的 4.7%。');
		expect(await summaryText(page)).toContain('月销售额低于 ¥44.44万 时，“B”更便宜。');
		const cells = await resultCells(page);
		for (const total of ['720,000', '864,000', '564,000', '47,000', '4.7%']) expect(cells).toContain(total);
		expect(await page.locator('.fc--full .fc-results thead').innerText()).toContain('合同期总费用（元）');
		await expect
			.poll(() => page.locator('.fc-pairs').innerText())
			.toContain('月销售额为 ¥83.33万 时，“A”和“B”费用相同。低于这个数，“B”更便宜；高于这个数，“A”更便宜。');
		const pairs = await page.locator('.fc-pairs').innerText();
		expect(pairs).toContain('月销售额为 ¥148.15万 时，“A”和“C”费用相同。');
		expect(pairs).toContain('月销售额为 ¥44.44万 时，“B”和“C”费用相同。');
		expect(pageErrors(page)).toEqual([]);
	});

	it('shows the example, labelled as one, when there is no link state', async () => {
		const page = await openCalculator(browser, toolPath.en);
		expect(await page.locator('.fc-example').innerText()).toContain('Example figures');
		expect(await resultCells(page)).toContain('564,000');
	});
});

describe('fee calculator: editing', () => {
	const browser = useBrowser();

	it('updates results, the URL and the live region as the user types', async () => {
		const page = await openCalculator(browser, toolPath.en);
		const gmv = page.getByLabel('Forecast sales per month (GMV)');
		await gmv.fill('500000');
		// C: 20,000 + 3% of 450,000 net = 33,500 a month, 402,000 over 12 months.
		await expect.poll(() => resultCells(page)).toContain('402,000');
		expect(await summaryText(page)).toContain('CN¥33,500 a month');
		await expect.poll(() => page.evaluate(() => location.search)).toContain('gmv=500000');
		await expect.poll(() => page.locator('.fc--full [aria-live="polite"]').innerText()).toContain('Results updated.');
		expect(await page.locator('.fc-example').count()).toBe(0);
	});

	it('keeps a bad entry as typed, explains it next to the field and goes on using the last valid value', async () => {
		const page = await openCalculator(browser, toolPath.en);
		const gmv = page.getByLabel('Forecast sales per month (GMV)');
		await gmv.fill('100万');
		await expect.poll(() => resultCells(page)).toContain('564,000');
		await gmv.fill('12abc');
		expect(await gmv.inputValue()).toBe('12abc');
		expect(await gmv.getAttribute('aria-invalid')).toBe('true');
		const describedBy = (await gmv.getAttribute('aria-describedby')) ?? '';
		const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
		expect(errorId).toBeDefined();
		expect(await page.locator(`#${errorId}`).innerText()).toContain('Results still use 1,000,000 CNY.');
		expect(await resultCells(page)).toContain('564,000');
	});

	it('reads full-width digits typed on a Chinese keyboard', async () => {
		const page = await openCalculator(browser, toolPath.zh);
		await page.getByLabel('预计月销售额（GMV）').fill('５０万');
		await expect.poll(() => resultCells(page)).toContain('402,000');
	});

	it('adds a quote from the keyboard and moves focus to its name', async () => {
		const page = await openCalculator(browser, toolPath.en);
		await page.getByRole('button', { name: 'Add a quote' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fee-q3-name');
		await page.keyboard.type('Agency D');
		// A new quote costs nothing until its fee is filled in, so it is also marked cheapest.
		await expect.poll(() => page.locator('.fc--full .fc-results tbody th').allInnerTexts()).toContain('Agency D Cheapest');
	});

	it('copies a link that reproduces the figures', async () => {
		const page = await openCalculator(browser, toolPath.en);
		await page.getByLabel('Contract length').fill('24');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => page.locator('.fc-share [role="status"]').innerText()).toBe('Link copied.');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toContain('months=24');
		const shared = await openCalculator(browser, new URL(link).pathname + new URL(link).search);
		// C over 24 months: 47,000 × 24.
		await expect.poll(() => resultCells(shared)).toContain('1,128,000');
	});

	it('offers the link in a box to copy by hand when the clipboard refuses', async () => {
		const page = await browser.context.newPage();
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
		});
		await page.goto(siteUrl(toolPath.en), { waitUntil: 'load' });
		await page.waitForSelector('astro-island:not([ssr]) .fc--full');
		await page.getByLabel('Contract length').fill('24');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect
			.poll(() => page.locator('.fc-share [role="status"]').innerText())
			.toBe('Could not copy automatically. The link is selected in the box: copy it with Ctrl+C (⌘C on a Mac).');
		const box = page.getByLabel('Link to these figures');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fee-share-link');
		expect(await box.inputValue()).toContain('months=24');
	});

	it('applies a commission tier and a guarantee, and moves focus sensibly as tiers come and go', async () => {
		const page = await openCalculator(browser, toolPath.en);
		// Quote A: 60,000 a month, plus 10% of sales above 500,000 = 110,000.
		await page.locator('.fc--full .fc-quote').nth(0).getByText('Tiers and guaranteed sales').click();
		await page.locator('#fee-q0-add-tier').click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fee-q0-tier0-above');
		await page.locator('#fee-q0-tier0-above').fill('500000');
		await page.locator('#fee-q0-tier0-rate').fill('10');
		await expect.poll(() => resultCells(page)).toContain('1,320,000');
		expect(await resultCells(page)).toContain('110,000');
		// Quote C promises 2,000,000 a month; at 1,000,000 it refunds half its 20,000 fee: 10,000 + 27,000.
		await page.locator('.fc--full .fc-quote').nth(2).getByText('Tiers and guaranteed sales').click();
		await page.locator('#fee-q2-guarantee').fill('2000000');
		await expect.poll(() => resultCells(page)).toContain('444,000');
		await page.getByRole('button', { name: 'Remove tier 1' }).click();
		await expect.poll(() => resultCells(page)).toContain('720,000');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('fee-q0-add-tier');
		await expect.poll(() => page.evaluate(() => location.search)).toContain('2000000');
	});
});

describe('fee calculator: the analysis arrives when it is needed', () => {
	const browser = useBrowser();
	const levels = (page: Page) => page.locator('.fc--full .fc-levels tbody th').allInnerTexts();
	const exampleLevels = ['CN¥0 (0%)', 'CN¥500k (50%)', 'CN¥1m (100%)', 'CN¥1.5m (150%)', 'CN¥2m (200%)'];

	/** Opens the English tool page, counting requests for the analysis's code; `answer` decides what each gets. */
	const openCounting = (answer: (route: Route) => Promise<void>) =>
		openCountingModule(browser.context, { path: toolPath.en, module: 'Analysis', island: '.fc--full' }, answer);

	/** Like openCounting, but the analysis's code is held back until `release()`, so a test can act while it is on its way. */
	async function openHeld() {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const opened = await openCounting(async (route) => {
			await held;
			await route.continue();
		});
		return { ...opened, release };
	}

	it('is not downloaded by someone who reads only the answer, arrives when they scroll towards it, and keeps what they typed meanwhile', async () => {
		const { page, counter, release } = await openHeld();
		// The analysis starts more than two screens down (1280 × 900); the server's example stays.
		expect(counter.requests).toBe(0);
		expect(await levels(page)).toEqual(exampleLevels);
		await page.locator('.fc--full .fc-analysis').scrollIntoViewIfNeeded();
		await expect.poll(() => counter.requests).toBe(1);
		// Typed into the server's box while the code is on its way: kept when the analysis is drawn.
		const margin = page.getByLabel('Your gross margin');
		await margin.fill('40');
		release();
		// 40% of 900,000 net sales, less quote C's 47,000.
		await expect.poll(() => page.locator('.fc--full .fc-margin-fields + .fc-table-wrap tbody').innerText()).toContain('313,000');
		expect(await margin.inputValue()).toBe('40');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('fee-margin');
		expect(await levels(page)).toEqual(exampleLevels);
		expect(counter.requests).toBe(1);
		expect(counter.errors).toEqual([]);
	});

	it('keeps the analysis of the example in the page until its code arrives after the first change, then follows every edit', async () => {
		const { page, counter, release } = await openHeld();
		expect(counter.requests).toBe(0);
		// The first change asks for the analysis; while it is on its way, the server's analysis stays and the form works.
		await page.getByLabel('Forecast sales per month (GMV)').fill('500000');
		await expect.poll(() => counter.requests).toBe(1);
		await expect.poll(() => resultCells(page)).toContain('402,000');
		expect(await levels(page)).toEqual(exampleLevels);
		// Dimmed and marked busy meanwhile: those are the example's figures, no longer the reader's.
		const analysis = page.locator('.fc--full .fc-analysis');
		expect(await analysis.getAttribute('aria-busy')).toBe('true');
		expect(await analysis.evaluate((element) => getComputedStyle(element).opacity)).toBe('0.45');
		expect(await page.locator('.fc-pairs li').count()).toBe(3);
		release();
		await expect.poll(() => levels(page)).toEqual(['CN¥0 (0%)', 'CN¥250k (50%)', 'CN¥500k (100%)', 'CN¥750k (150%)', 'CN¥1m (200%)']);
		expect(await analysis.getAttribute('aria-busy')).toBeNull();
		expect(await analysis.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
		expect(await page.locator('.fc--full .fc-chart title').textContent()).toBe('Monthly cost of each quote against monthly sales, from 0 to CN¥1,000,000');
		// Its own boxes work once it has arrived: 40% of 450,000 net sales, less quote C's 33,500.
		await page.getByLabel('Your gross margin').fill('40');
		await expect.poll(() => page.locator('.fc--full .fc-margin-fields + .fc-table-wrap tbody').innerText()).toContain('146,500');
		expect(counter.requests).toBe(1);
		expect(counter.errors).toEqual([]);
	});

	it('says so in place of the analysis if its code fails to arrive, and a reload brings it back with the figures typed', async () => {
		let refuse = true;
		const { page, counter } = await openCounting((route) => (refuse ? route.abort() : route.continue()));
		await page.getByLabel('Forecast sales per month (GMV)').fill('500000');
		const failed = page.locator('.fc--full .fc-analysis .fc-analysis-failed');
		await expect
			.poll(() => failed.innerText())
			.toBe(
				'The analysis (where the cheapest quote changes, the chart, the sensitivity table and your margin) could not be loaded. The answer above is up to date. Check your connection, then reload the page. Your figures are kept in the page address.',
			);
		// The example's analysis, with buttons that would do nothing, is gone; the answer itself still works.
		expect(await levels(page)).toEqual([]);
		await expect.poll(() => resultCells(page)).toContain('402,000');
		await expect.poll(() => page.evaluate(() => location.search)).toContain('gmv=500000');
		refuse = false;
		await page.reload({ waitUntil: 'domcontentloaded' });
		await page.waitForSelector('astro-island:not([ssr]) .fc--full');
		await expect.poll(() => levels(page)).toEqual(['CN¥0 (0%)', 'CN¥250k (50%)', 'CN¥500k (100%)', 'CN¥750k (150%)', 'CN¥1m (200%)']);
		expect(await failed.count()).toBe(0);
		expect(counter.requests).toBe(2);
		expect(counter.errors).toEqual([]);
	});

	it('says so in Chinese on the Chinese page', async () => {
		const page = await browser.context.newPage();
		await page.route('**/_astro/Analysis.*.js', (route) => route.abort());
		await page.goto(siteUrl(toolPath.zh), { waitUntil: 'domcontentloaded' });
		await page.waitForSelector('astro-island:not([ssr]) .fc--full');
		await page.locator('.fc--full .fc-analysis').scrollIntoViewIfNeeded();
		await expect
			.poll(() => page.locator('.fc--full .fc-analysis-failed').innerText())
			.toBe(
				'分析部分（最便宜的方案在哪里换人、图表、敏感度表和毛利）没能加载。上面的结果是最新的。请检查网络后刷新页面。你填的数字保存在网址里，刷新后不会丢失。',
			);
	});

	it('is never loaded by the compact calculator in a guide, nor are the tool page’s tiers and link reader', async () => {
		const page = await browser.context.newPage();
		const loaded: string[] = [];
		page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
		await page.goto(siteUrl('/guide/charging-modes/'), { waitUntil: 'load' });
		await page.locator('.fc--compact').scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr]) .fc--compact .fc-form');
		await page.getByLabel('Forecast sales per month (GMV)').fill('500000');
		await expect.poll(() => page.locator('.fc--compact .fc-results tbody').innerText()).toContain('402,000');
		expect(loaded.some((path) => path.includes('/_astro/CompactFeeCalculator.'))).toBe(true);
		expect(loaded.filter((path) => /\/_astro\/(FeeCalculator|Analysis|shared-link)\./.test(path))).toEqual([]);
	});
});

describe('fee calculator: broken and hostile links', () => {
	const browser = useBrowser();

	for (const locale of ['en', 'zh'] as const) {
		it(`explains what was ignored, keeps working and runs nothing (${locale})`, async () => {
			const page = await browser.context.newPage();
			const dialogs: string[] = [];
			const errors: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(siteUrl(`${toolPath[locale]}${hostileLink}`), { waitUntil: 'load' });
			await page.waitForSelector('astro-island:not([ssr]) .fc--full');

			const alert = page.locator('.fc-issues .fc-alert');
			await alert.waitFor();
			const message = await alert.innerText();
			if (locale === 'en') {
				expect(message).toContain('Part of this link could not be used');
				expect(message).toContain('Monthly sales: “-5” is below zero. The example figure is used instead.');
				expect(message).toContain('Version: this link is from version “9”');
				expect(message).toContain('The example quotes are shown instead.');
			} else {
				expect(message).toContain('链接中有部分内容无法使用');
				expect(message).toContain('月销售额：“-5”小于 0。已改用示例数字。');
			}
			// The calculator still works with the example figures…
			expect(await resultCells(page)).toContain('564,000');
			// …and nothing from the link became markup or ran.
			expect(await page.locator('img[src="x"]').count()).toBe(0);
			expect(await page.locator('.fee-calculator').innerHTML()).not.toContain('<img');
			expect(dialogs).toEqual([]);
			expect(errors).toEqual([]);
		});
	}

	it('lets the user dismiss the message and carry on', async () => {
		const page = await openCalculator(browser, `${toolPath.en}?gmv=abc`);
		await page.getByRole('button', { name: 'Hide this message' }).click();
		expect(await page.locator('.fc-alert').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('fee-gmv');
	});
});

describe('fee calculator: printing', () => {
	const browser = useBrowser();

	it.each([toolPath.en, toolPath.zh])('%s prints the answer and the break-evens on the first A4 page, then the figures as plain text', async (path) => {
		const page = await openCalculator(browser, `${path}${workedExample}`);
		// An A4 sheet at 96 dpi with the browser's default margins: 794 × 1123 px, about 1027 px of it printable.
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.emulateMedia({ media: 'print' });
		const box = (selector: string) =>
			page.locator(`.fc--full ${selector}`).evaluate((element) => {
				const { top, bottom } = element.getBoundingClientRect();
				return { top: top + window.scrollY, bottom: bottom + window.scrollY };
			});
		const answer = await box('.fc-summary');
		const breakEvens = await box('.fc-pairs');
		const figures = await box('.fc-form');
		expect(answer.bottom).toBeLessThan(1027);
		expect(breakEvens.bottom).toBeLessThan(1027);
		// What the answer assumes comes after it, each box printed as its figure without a frame.
		expect(figures.top).toBeGreaterThan(breakEvens.bottom);
		const gmvBox = page.locator('.fc--full .fc-form input').first();
		expect(await gmvBox.evaluate((input) => getComputedStyle(input).borderTopStyle)).toBe('none');
		expect(await gmvBox.inputValue()).toBe('1,000,000');
	});
});
