import { describe, expect, it } from 'vitest';
import { axeViolations, settle } from './support/axe';
import { siteUrl, useBrowser, type LaunchOptions } from './support/browser';
import { notFoundPages, sitemapPaths } from './support/built-site';
import { expectNone } from './support/report';

/** Every page in the sitemap plus the two not-found pages (reached through a missing address). */
const pages = [...sitemapPaths(), ...notFoundPages.map((page) => page.visit)];

const themes = [
	{ theme: 'light', colorScheme: 'light' },
	{ theme: 'dark', colorScheme: 'dark' },
] as const;

/**
 * A browser whose theme is set both ways a reader sets it: the system colour
 * scheme, and the saved choice in localStorage that the theme bootstrap reads.
 */
function useThemedBrowser(theme: 'light' | 'dark', options: LaunchOptions = {}) {
	const browser = useBrowser({ ...options, colorScheme: theme });
	let themeSaved = false;
	return {
		async open(path: string) {
			if (!themeSaved) {
				await browser.context.addInitScript((saved) => localStorage.setItem('theme', saved), theme);
				themeSaved = true;
			}
			const page = await browser.context.newPage();
			await page.goto(siteUrl(path), { waitUntil: 'load' });
			expect(await page.evaluate(() => document.documentElement.dataset.theme), `theme on ${path}`).toBe(theme);
			return page;
		},
	};
}

describe.each(themes)('axe, WCAG 2.2 A and AA, $theme theme', ({ theme }) => {
	const browser = useThemedBrowser(theme);

	it.each(pages)('%s has no violations', async (path) => {
		const page = await browser.open(path);
		await settle(page);
		const violations = await axeViolations(page, `${path} [${theme}]`);
		await page.close();
		expectNone(violations, 'Accessibility violations');
	});
});

describe.each(themes)('axe on open header controls, $theme theme', ({ theme }) => {
	const phone = useThemedBrowser(theme, { viewport: { width: 390, height: 844 } });
	const desktop = useThemedBrowser(theme);

	it.each(['/', '/zh/'])('%s with the mobile menu open at 390 px has no violations', async (path) => {
		const page = await phone.open(path);
		await page.click('[data-menu-toggle]');
		await page.locator('#site-menu nav a').first().waitFor({ state: 'visible' });
		expect(await page.getAttribute('[data-menu-toggle]', 'aria-expanded')).toBe('true');
		const violations = await axeViolations(page, `${path} menu open [${theme}, 390 px]`);
		await page.close();
		expectNone(violations, 'Accessibility violations');
	});

	it.each([
		['/', 'agency'],
		['/zh/', '代运营'],
	])('%s with the search dialog open and showing results for "%s" has no violations', async (path, query) => {
		const page = await desktop.open(path);
		await page.click('[data-search-open]');
		const dialog = page.locator('[data-search-dialog]');
		await dialog.locator('[data-search-input]').fill(query);
		await dialog.locator('.site-search__result').first().waitFor({ state: 'visible' });
		const violations = await axeViolations(page, `${path} search dialog open [${theme}]`);
		await page.close();
		expectNone(violations, 'Accessibility violations');
	});
});
