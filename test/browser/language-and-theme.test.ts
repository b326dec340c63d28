import { beforeEach, describe, expect, it } from 'vitest';
import { siteUrl, useBrowser } from './support/browser';

const browser = useBrowser();

describe('language switch', () => {
	it.each([
		{ from: '/guide/charging-modes/', to: '/zh/guide/charging-modes/', lang: 'zh-CN' },
		{ from: '/zh/guide/charging-modes/', to: '/guide/charging-modes/', lang: 'en' },
		{ from: '/tools/fee-calculator/', to: '/zh/tools/fee-calculator/', lang: 'zh-CN' },
		{ from: '/zh/', to: '/', lang: 'en' },
	])('goes from $from to the same page at $to', async ({ from, to, lang }) => {
		const page = await browser.openPage(from);
		await page.locator('[data-lang-switch]').click();
		await page.waitForURL(siteUrl(to));
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		await page.close();
	});

	it('keeps a tool’s figures when switching language', async () => {
		const query = '?v=1&gmv=1000000&months=12&refund=10&q=A~60000~0~gmv&q=B~0~8~net&q=C~20000~3~net';
		const page = await browser.openPage(`/tools/fee-calculator/${query}`);
		await page.locator('[data-lang-switch]').click();
		await page.waitForURL(siteUrl(`/zh/tools/fee-calculator/${query}`));
		await expect.poll(() => page.locator('.fc-summary').first().textContent()).toContain('¥4.7万');
		await page.close();
	});

	it('is reachable from the mobile menu on a phone', async () => {
		const page = await browser.openPage('/guide/contract/');
		await page.setViewportSize({ width: 390, height: 844 });
		const toggle = page.locator('[data-menu-toggle]');
		expect(await page.locator('[data-lang-switch]').isVisible()).toBe(false);
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		await page.locator('[data-lang-switch]').click();
		await page.waitForURL(siteUrl('/zh/guide/contract/'));
		await page.close();
	});

	it('closes the mobile menu with Escape and returns focus to the toggle', async () => {
		const page = await browser.openPage('/');
		await page.setViewportSize({ width: 390, height: 844 });
		const toggle = page.locator('[data-menu-toggle]');
		await toggle.focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('#site-menu').isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await page.locator('#site-menu').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-toggle'))).toBe(true);
		await page.close();
	});
});

/**
 * Chinese text is set in a Chinese system font first and English in a Latin one, and a passage in the
 * other language (here the language link) takes its own language's fonts. Only the order of the
 * families is checked: which of them a reader has depends on the device.
 */
describe('fonts by language', () => {
	const firstFamilies = (families: string) =>
		families
			.split(',')
			.slice(0, 2)
			.map((family) => family.trim().replace(/^["']|["']$/g, ''));

	it.each([
		{ path: '/guide/contract/', body: ['system-ui', '-apple-system'], link: ['-apple-system', 'PingFang SC'] },
		{ path: '/zh/guide/contract/', body: ['-apple-system', 'PingFang SC'], link: ['system-ui', '-apple-system'] },
	])('$path: text, and the link to the other language', async ({ path, body, link }) => {
		const page = await browser.openPage(path);
		const fonts = await page.evaluate(() => ({
			body: getComputedStyle(document.querySelector('main p')!).fontFamily,
			link: getComputedStyle(document.querySelector('[data-lang-switch]')!).fontFamily,
		}));
		expect(firstFamilies(fonts.body)).toEqual(body);
		expect(firstFamilies(fonts.link)).toEqual(link);
		await page.close();
	});
});

describe('theme switch', () => {
	beforeEach(async () => {
		const page = await browser.openPage('/');
		await page.evaluate(() => localStorage.clear());
		await page.close();
	});

	it('switches to dark, remembers it on the next page, and sets it before the body paints', async () => {
		const page = await browser.openPage('/');
		await page.locator('[data-theme-select]').selectOption('dark');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(18, 20, 22)');

		// Record the theme at the moment <body> is first inserted, before any paint.
		await page.addInitScript(() => {
			new MutationObserver((_records, observer) => {
				if (document.body) {
					(window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? '';
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(siteUrl('/zh/guide/contract/'));
		expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
		expect(await page.locator('[data-theme-select]').inputValue()).toBe('dark');

		await page.locator('[data-theme-select]').selectOption('light');
		await page.reload();
		expect(await page.getAttribute('html', 'data-theme')).toBe('light');
		await page.locator('[data-theme-select]').selectOption('system');
		await page.close();
	});

	it('follows the system setting when the reader has not chosen', async () => {
		const page = await browser.openPage('/');
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.reload();
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await page.locator('[data-theme-select]').inputValue()).toBe('system');
		// The system's change event reaches the page a moment later.
		await page.emulateMedia({ colorScheme: 'light' });
		await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('light');
		await page.close();
	});
});
