import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { checklistStrings } from '../../src/i18n/tools/checklist';
import { axeViolations } from './support/axe';
import { pageErrors, siteUrl, useBrowser } from './support/browser';
import { expectNone } from './support/report';

/** Storage events cross tabs within milliseconds; the margin is for a busy CI machine. */
const crossTab = { timeout: 5000 };

const storageKey = 'tmall-guide:checklist';

const languages = [
	{ locale: 'en', path: '/tools/checklist/' },
	{ locale: 'zh', path: '/zh/tools/checklist/' },
] as const;

/**
 * The counts and messages each page should show, written out rather than filled from the page's own
 * templates, so that a broken template (a swapped or missing figure, a lost plural) fails here.
 */
const sentences = {
	en: {
		stepCount: (done: number, total: number) => `${done} of ${total} done`,
		overall: (done: number, total: number) => `${done} of ${total} checks done`,
		restored: (count: number) => (count === 1 ? 'Restored 1 item from the file.' : `Restored ${count} items from the file.`),
	},
	zh: {
		stepCount: (done: number, total: number) => `已完成 ${done}/${total}`,
		overall: (done: number, total: number) => `共 ${total} 项，已完成 ${done} 项`,
		restored: (count: number) => `已从文件恢复 ${count} 项。`,
	},
};

/** The page's fixed messages from its interface strings, and its counts written out. */
function wordsFor(locale: Locale) {
	return { ...checklistStrings[locale], ...sentences[locale] };
}

/** Opens the checklist and waits until it has read the saved state and enabled its controls. */
async function openChecklist(openPage: (path: string) => Promise<Page>, path: string): Promise<Page> {
	const page = await openPage(path);
	await page.locator('.cl-panel[data-ready="true"]').waitFor();
	return page;
}

const checkbox = (page: Page, itemId: string) => page.locator(`#item-${itemId} input[type="checkbox"]`);

function savedItems(page: Page): Promise<Record<string, { done: boolean; note: string }>> {
	return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"items":{}}').items, storageKey);
}

describe.each(languages)('hiring checklist ($locale)', (language) => {
	const browser = useBrowser();
	const words = wordsFor(language.locale);
	const content = JSON.parse(readFileSync(`content/checklist/${language.locale}.json`, 'utf8')) as {
		steps: { id: string; title: string; items: { id: string }[] }[];
	};
	const itemTotal = content.steps.reduce((sum, step) => sum + step.items.length, 0);

	it('shows every step and item in the HTML before scripts run', async () => {
		const html = await fetch(siteUrl(language.path)).then((response) => response.text());
		for (const step of content.steps) {
			expect(html).toContain(`id="step-${step.id}"`);
			for (const item of step.items) expect(html).toContain(`id="item-${item.id}"`);
		}
	});

	it('keeps ticks and notes after a reload', async () => {
		const page = await openChecklist(browser.openPage, language.path);
		await page.evaluate((key) => localStorage.removeItem(key), storageKey);
		await page.reload();
		await page.locator('.cl-panel[data-ready="true"]').waitFor();

		await checkbox(page, 'screening-cooperation-mode').check();
		await checkbox(page, 'contract-commission-base').check();
		await page.locator('#item-contract-kpis').getByRole('button', { name: words.note.add }).click();
		await page.locator('#note-contract-kpis').fill('Clause 4.2: GMV = amount paid, net of refunds');
		const contractTotal = await page.locator('#step-contract .cl-item').count();
		await expect.poll(() => page.locator('#step-contract .cl-step__count').textContent()).toBe(words.stepCount(1, contractTotal));

		await page.reload();
		await page.locator('.cl-panel[data-ready="true"]').waitFor();
		expect(await checkbox(page, 'screening-cooperation-mode').isChecked()).toBe(true);
		expect(await checkbox(page, 'contract-commission-base').isChecked()).toBe(true);
		expect(await checkbox(page, 'contract-kpis').isChecked()).toBe(false);
		expect(await page.locator('#note-contract-kpis').inputValue()).toBe('Clause 4.2: GMV = amount paid, net of refunds');
		expect(await page.locator('.cl-overall__text').textContent()).toBe(words.overall(2, itemTotal));
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('follows ticks made in another tab, and the next tick here keeps them', async () => {
		const first = await openChecklist(browser.openPage, language.path);
		await first.evaluate((key) => localStorage.removeItem(key), storageKey);
		await first.reload();
		await first.locator('.cl-panel[data-ready="true"]').waitFor();
		const second = await openChecklist(browser.openPage, language.path);

		await checkbox(first, 'screening-cooperation-mode').check();
		await expect.poll(() => checkbox(second, 'screening-cooperation-mode').isChecked(), crossTab).toBe(true);
		await expect.poll(() => second.locator('.cl-overall__text').textContent(), crossTab).toBe(words.overall(1, itemTotal));

		// A tick in the second tab adds to the first tab's instead of replacing it.
		await checkbox(second, 'contract-kpis').check();
		await expect.poll(() => checkbox(first, 'contract-kpis').isChecked(), crossTab).toBe(true);
		expect(await checkbox(first, 'screening-cooperation-mode').isChecked()).toBe(true);
		const saved = await savedItems(first);
		expect(saved['screening-cooperation-mode']?.done).toBe(true);
		expect(saved['contract-kpis']?.done).toBe(true);
		expect([...pageErrors(first), ...pageErrors(second)]).toEqual([]);
		await Promise.all([first.close(), second.close()]);
	});
	it('tells the user when saved data was damaged, and the list still works', async () => {
		const page = await openChecklist(browser.openPage, language.path);
		await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"items":{'), storageKey);
		await page.reload();
		await page.locator('.cl-panel[data-ready="true"]').waitFor();
		await expect.poll(() => page.getByRole('alert').textContent()).toContain(words.reset.damaged);
		expect(await page.locator('#item-contract-ip input[type="checkbox"]:checked').count()).toBe(0);

		await checkbox(page, 'contract-ip').check();
		expect((await savedItems(page))['contract-ip']?.done).toBe(true);
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('keeps the readable part of partly damaged data and says what was removed', async () => {
		const page = await openChecklist(browser.openPage, language.path);
		const partly = JSON.stringify({
			version: 2,
			items: {
				'contract-ip': { done: true, note: '', updatedAt: '2026-11-29T08:00:00.000Z' },
				'contract-kpis': { done: 'maybe' },
			},
		});
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, partly] as const);
		await page.reload();
		await page.locator('.cl-panel[data-ready="true"]').waitFor();
		await expect.poll(() => page.getByRole('alert').textContent()).toContain(words.recovered.other.split('{count}')[0]);
		expect(await checkbox(page, 'contract-ip').isChecked()).toBe(true);
		await page.close();
	});

	it('exports to a file and imports it back to the same state', async () => {
		const page = await openChecklist(browser.openPage, language.path);
		await page.evaluate((key) => localStorage.removeItem(key), storageKey);
		await page.reload();
		await page.locator('.cl-panel[data-ready="true"]').waitFor();
		await checkbox(page, 'meeting-operating-plan').check();
		await checkbox(page, 'contract-no-fake-orders').check();
		await page.locator('#item-setup-baseline').getByRole('button', { name: words.note.add }).click();
		await page.locator('#note-setup-baseline').fill('<b>Sales</b> 1.2m; DSR 4.8 (生意参谋)');
		const before = await savedItems(page);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: words.tools.exportButton }).click()]);
		expect(download.suggestedFilename()).toMatch(/^tmall-hiring-checklist-\d{4}-\d{2}-\d{2}\.json$/);
		const exportPath = await download.path();
		const exported = JSON.parse(readFileSync(exportPath, 'utf8'));
		expect(exported).toMatchObject({ format: 'tmall-guide-checklist', version: 2, locale: language.locale });

		// Clear, confirming in the page's own step, not a browser dialog.
		await page.getByRole('button', { name: words.tools.resetButton }).click();
		await page.getByRole('button', { name: words.tools.resetConfirm }).click();
		await expect.poll(() => checkbox(page, 'meeting-operating-plan').isChecked()).toBe(false);
		expect(await savedItems(page)).toEqual({});

		await page.locator('.cl-tools input[type="file"]').setInputFiles(exportPath);
		await expect.poll(() => page.locator('.cl-message').textContent()).toBe(words.restored(3));
		await expect.poll(() => checkbox(page, 'meeting-operating-plan').isChecked()).toBe(true);
		await expect.poll(() => checkbox(page, 'contract-no-fake-orders').isChecked()).toBe(true);
		expect(await page.locator('#note-setup-baseline').inputValue()).toBe('<b>Sales</b> 1.2m; DSR 4.8 (生意参谋)');
		// Markup in a note stays text.
		expect(await page.locator('#item-setup-baseline b').count()).toBe(0);
		expect(await savedItems(page)).toEqual(before);
		await page.close();
	});

	it('refuses a file that is not an export, with a message next to the control', async () => {
		const page = await openChecklist(browser.openPage, language.path);
		await checkbox(page, 'setup-contact-person').check();
		await page.locator('.cl-tools input[type="file"]').setInputFiles({
			name: 'package.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"name":"x","__proto__":{"polluted":true}}'),
		});
		await expect.poll(() => page.locator('.cl-message').textContent()).toContain(words.tools.importErrors['not-ours']);
		expect(await checkbox(page, 'setup-contact-person').isChecked()).toBe(true);
		expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
		await page.close();
	});

	it('works with the keyboard: Tab reaches a checkbox and Space ticks it', async () => {
		const page = await openChecklist(browser.openPage, language.path);
		await page.evaluate((key) => localStorage.removeItem(key), storageKey);
		await page.reload();
		await page.locator('.cl-panel[data-ready="true"]').waitFor();
		const first = checkbox(page, 'screening-cooperation-mode');
		let reached = false;
		for (let step = 0; step < 60 && !reached; step += 1) {
			await page.keyboard.press('Tab');
			reached = await first.evaluate((element) => element === document.activeElement);
		}
		expect(reached, 'Tab reaches the first checkbox').toBe(true);
		await page.keyboard.press('Space');
		expect(await first.isChecked()).toBe(true);
		// The first step has 6 checks of 41.
		const announced = { en: 'Phone screening: 1 of 6 done. Overall, 1 of 41 done.', zh: '电话初筛已完成 1/6，全部已完成 1/41。' }[language.locale];
		expect(itemTotal).toBe(41);
		await expect.poll(() => page.locator('.cl-panel [aria-live="polite"]').textContent()).toBe(announced);
		expect(await page.locator('.cl-overall__text').textContent()).toBe(words.overall(1, itemTotal));
		expect((await savedItems(page))['screening-cooperation-mode']?.done).toBe(true);
		await page.close();
	});

	it('has no accessibility violations with a note and the reset question open', async () => {
		const page = await openChecklist(browser.openPage, language.path);
		await page.locator('#item-contract-ip').getByRole('button', { name: words.note.add }).click();
		await page.getByRole('button', { name: words.tools.resetButton }).click();
		expectNone(await axeViolations(page, `${language.path} with note and reset open`), 'Accessibility violations');
		await page.close();
	});
});

describe('hiring checklist without storage', () => {
	const browser = useBrowser();

	it('says it cannot save, and still ticks in memory', async () => {
		await browser.context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		const page = await openChecklist(browser.openPage, '/tools/checklist/');
		const words = wordsFor('en');
		await expect.poll(() => page.getByRole('alert').textContent()).toBe(words.storageUnavailable);
		await checkbox(page, 'performing-monthly-review').check();
		expect(await page.locator('.cl-overall__text').textContent()).toMatch(/^1 of \d+ checks done$/);
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});
});
