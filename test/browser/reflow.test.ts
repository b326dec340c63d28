import { describe, expect, it } from 'vitest';
import { pageErrors, useBrowser } from './support/browser';
import { drawLaterParts } from './support/later';
import { notFoundPages } from './support/built-site';
import { expectedNeutralPaths, localesUnderTest, localized } from './support/routes';

/**
 * WCAG 2.2 SC 1.4.10 Reflow, which axe cannot test: at 320 CSS px wide no page
 * scrolls sideways. A wide table may scroll inside its own region, if that
 * region is labelled and can take keyboard focus, so everyone can reach it.
 */
const width = 320;
const browser = useBrowser({ viewport: { width, height: 640 } });

const pages = [
	...localesUnderTest.flatMap((locale) => expectedNeutralPaths.map((path) => localized(locale.prefix, path))),
	...notFoundPages.map((page) => page.visit),
];

interface Layout {
	scrollWidth: number;
	/** Elements reaching past the right edge, outside any scrolling region. */
	sticking: string[];
	/** Regions that scroll sideways without a label or keyboard focus. */
	unlabelledScrollers: string[];
}

/** Measures the page in the browser; every island has hydrated and visible-only islands are drawn. */
function measure(): Layout {
	const describe = (element: Element) =>
		`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
	const scrollsSideways = (element: Element) => {
		const style = getComputedStyle(element);
		return (style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth;
	};
	const viewport = document.documentElement.clientWidth;
	const sticking: string[] = [];
	const unlabelledScrollers: string[] = [];
	for (const element of document.body.querySelectorAll('*')) {
		if (scrollsSideways(element)) {
			const labelled = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
			const region = element.getAttribute('role') === 'region' || element.tagName === 'SECTION';
			if (!labelled || !region || element.getAttribute('tabindex') !== '0') unlabelledScrollers.push(describe(element));
		}
		const box = element.getBoundingClientRect();
		if (box.width === 0 || box.right <= viewport + 0.5) continue;
		let ancestor = element.parentElement;
		while (ancestor && !scrollsSideways(ancestor) && getComputedStyle(ancestor).overflowX !== 'hidden') ancestor = ancestor.parentElement;
		if (!ancestor || ancestor === document.body || ancestor === document.documentElement)
			sticking.push(`${describe(element)} (${Math.round(box.right - viewport)} px over)`);
	}
	return { scrollWidth: document.documentElement.scrollWidth, sticking: sticking.slice(0, 8), unlabelledScrollers };
}

describe(`reflow at ${width} CSS px`, () => {
	it.each(pages)('%s fits without scrolling sideways', async (path) => {
		const page = await browser.openPage(path);
		await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:not([client="visible"])').length === 0);
		// Islands that wait to be seen are scrolled to (the island itself has `display: contents`), then drawn.
		await page.evaluate(() =>
			document.querySelectorAll('astro-island[client="visible"]').forEach((island) => (island.firstElementChild ?? island).scrollIntoView()),
		);
		await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
		await drawLaterParts(page);
		const layout = await page.evaluate(measure);
		expect(layout.sticking).toEqual([]);
		expect(layout.scrollWidth).toBeLessThanOrEqual(width);
		expect(layout.unlabelledScrollers).toEqual([]);
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});
});

/**
 * The header changes layout with the width (menu button, icon-only search,
 * full menu row): at every step, in both languages, it fits and nothing in it
 * is squeezed out of sight.
 */
describe('the header fits at every width', () => {
	const widths = [320, 360, 390, 480, 768, 1024, 1151, 1152, 1280, 1376, 1377, 1600];

	it.each(['/guide/contract/', '/zh/guide/contract/'])('%s', async (path) => {
		const page = await browser.openPage(path);
		for (const viewportWidth of widths) {
			await page.setViewportSize({ width: viewportWidth, height: 640 });
			const fit = await page.evaluate(() => {
				const inner = document.querySelector('.site-header__inner')!;
				const edge = inner.getBoundingClientRect().right - parseFloat(getComputedStyle(inner).paddingRight);
				const past = [...inner.querySelectorAll('.brand, .header-actions, .main-nav, .site-prefs')]
					.filter((element) => element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().right > edge + 0.5)
					.map((element) => element.className);
				const icon = document.querySelector('.search-trigger svg')!.getBoundingClientRect().width;
				return { scrollWidth: document.documentElement.scrollWidth, past, icon };
			});
			expect({ viewportWidth, ...fit }).toEqual({ viewportWidth, scrollWidth: viewportWidth, past: [], icon: 18 });
		}
		await page.close();
	});
});
