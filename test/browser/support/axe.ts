import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { drawLaterParts } from './later';

/** WCAG 2.2 A and AA, as the site promises. */
export const wcagTags = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now and returns one readable line per failing
 * element (rule, impact, what to fix, CSS target), labelled with `where`.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map((node) => {
			const summary = (node.failureSummary ?? '').split('\n').slice(1, 2).join('').trim();
			return `${where}: ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} → ${node.target.join(' ')}${summary ? ` — ${summary}` : ''}`;
		}),
	);
}

/**
 * Lets every island wake: brings each into view in turn (a jump straight to
 * the bottom would skip client:visible islands in the middle) and waits until
 * Astro has hydrated it (it drops the `ssr` attribute when done), then each
 * part loaded on approach until it is drawn (drawLaterParts). An island is
 * `display: contents`, so it is its first child that scrolls and intersects.
 * client:media islands are left alone: their media query may never match.
 */
export async function settle(page: Page): Promise<void> {
	for (;;) {
		// Found and held in one step: an island may hydrate between a count and a later lookup.
		const handle = await page.evaluateHandle(() => document.querySelector('astro-island[ssr]:not([client="media"])'));
		const island = handle.asElement();
		if (!island) break;
		await island.evaluate((element) => (element.firstElementChild ?? element).scrollIntoView({ block: 'center' }));
		await page.waitForFunction((element) => !element.hasAttribute('ssr'), island, { timeout: 15_000 });
		await handle.dispose();
	}
	await drawLaterParts(page);
	await page.evaluate(() => window.scrollTo(0, 0));
}
