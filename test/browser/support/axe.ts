import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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

/** Lets every island wake: scrolls to the bottom (client:visible) and waits for the network to settle. */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => window.scrollTo(0, 0));
}
