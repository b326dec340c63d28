import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';

const browser = useBrowser({ colorScheme: 'dark' });

describe('printing a guide page', () => {
	it.each(['/guide/contract/', '/zh/guide/contract/'])('%s prints the article in black on white, without the site chrome', async (path) => {
		const page = await browser.openPage(path);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['.site-header', '.guide-nav', '.toc', '.pagination']) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		expect(await page.locator('h1').isVisible()).toBe(true);
		expect(await page.locator('.sources').isVisible()).toBe(true);
		expect(await page.locator('.site-footer__independence').isVisible()).toBe(true);
		const colours = await page.evaluate(() => ({
			text: getComputedStyle(document.body).color,
			background: getComputedStyle(document.body).backgroundColor,
		}));
		expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
		await page.close();
	});
});
