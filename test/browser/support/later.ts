import type { BrowserContext, Page, Route } from 'playwright-core';
import { siteUrl } from './browser';

export interface CountedModule {
	/** How many times the page asked for the module's code. */
	requests: number;
	/** Uncaught exceptions the page threw. */
	errors: string[];
}

/**
 * Opens a tool page with a part whose code arrives later (islands/shared/later.tsx), counting the
 * requests for that code; `answer` decides what each gets (continue, abort, hold). Returns once the
 * island has woken and every request the page makes by itself has been made (500 ms without one).
 */
export async function openCountingModule(
	context: BrowserContext,
	{ path, module, island }: { path: string; module: string; island: string },
	answer: (route: Route) => Promise<void>,
): Promise<{ page: Page; counter: CountedModule }> {
	const page = await context.newPage();
	const counter: CountedModule = { requests: 0, errors: [] };
	page.on('pageerror', (error) => counter.errors.push(error.message));
	await page.route(`**/_astro/${module}.*.js`, async (route) => {
		counter.requests += 1;
		await answer(route);
	});
	await page.goto(siteUrl(path), { waitUntil: 'domcontentloaded' });
	await page.waitForSelector(`astro-island:not([ssr]) ${island}`);
	await page.waitForLoadState('networkidle');
	return { page, counter };
}

/**
 * Brings into view, one after another, the cost planner's parts whose code arrives when they near
 * the screen (its totals, assumptions and month-by-month part), and waits until each is drawn or
 * says it failed, so a check of the whole page includes them. Until then a part is empty, or holds
 * only its print note.
 */
export async function drawLaterParts(page: Page): Promise<void> {
	for (const part of await page.locator('.cp-later').all()) {
		await part.scrollIntoViewIfNeeded();
		// Attached, not visible: what the plan assumes is printed, not shown on screen.
		await part.locator(':scope > :not(.cp-later-note)').first().waitFor({ state: 'attached', timeout: 15_000 });
	}
}
