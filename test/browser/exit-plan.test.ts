import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exitPlanStrings } from '../../src/i18n/tools/exit-plan';
import { parseIcs, unescapeText } from '../unit/lib/exit-plan/ics-parser';
import AxeBuilder from '@axe-core/playwright';
import { wcagTags } from './support/axe';
import { pageErrors, siteUrl, useBrowser } from './support/browser';
import { expectNone } from './support/report';
import { entityPlanDates } from '../support/exit-plan-example';

const storageKey = 'tmall-guide:exit-plan';
const crossTab = { timeout: 5000 };

const languages = [
	{ locale: 'en', path: '/tools/exit-plan/' },
	{ locale: 'zh', path: '/zh/tools/exit-plan/' },
] as const;

async function openPlan(openPage: (path: string) => Promise<Page>, path: string): Promise<Page> {
	const page = await openPage(path);
	await page.locator('.xp[data-ready="true"]').waitFor();
	return page;
}

function datedSteps(page: Page): Promise<string[][]> {
	return page
		.locator('.xp-step')
		.evaluateAll((items) => items.map((item) => [item.id.replace(/^step-/, ''), item.querySelector('time')?.getAttribute('datetime') ?? '']));
}

async function fillEntityCase(page: Page, locale: 'en' | 'zh') {
	const t = exitPlanStrings[locale];
	await page.locator('#xp-end').fill('2027-03-31');
	await page.locator('#xp-notice').fill('60');
	await page.getByRole('radio', { name: t.registered.agency, exact: true }).check();
	await page.getByRole('radio', { name: t.takeover['new-agency'], exact: true }).check();
	await page.locator('#xp-entity-1').check();
}

describe.each(languages)('exit plan ($locale)', ({ locale, path }) => {
	const browser = useBrowser();
	const t = exitPlanStrings[locale];
	const content = JSON.parse(readFileSync(`content/exit-plan/${locale}.json`, 'utf8')) as {
		steps: { id: string; title: string }[];
		handover: { id: string; text: string }[];
	};

	it('shows the example plan, labelled as an example, and the form before scripts run', async () => {
		const html = await fetch(siteUrl(path)).then((response) => response.text());
		expect(html).toContain(t.example);
		expect(html).toContain('datetime="2027-05-31"');
		expect(html).toContain('id="step-give-notice"');
		expect(html).toContain('id="handover-form"');
		expect(html).toContain('交接确认书');
	});

	it('builds the dated plan from the answers and keeps ticks after a reload', async () => {
		const page = await openPlan(browser.openPage, path);
		await page.evaluate((key) => localStorage.removeItem(key), storageKey);
		await page.reload();
		await page.locator('.xp[data-ready="true"]').waitFor();
		await fillEntityCase(page, locale);
		await expect.poll(() => datedSteps(page)).toEqual(entityPlanDates);
		expect(await page.locator('.xp-example').count()).toBe(0);

		await page.locator('#xp-check-give-notice').check();
		// Keyboard: focus a box and press Space.
		await page.locator('#xp-check-freeze-content').focus();
		await page.keyboard.press('Space');
		await expect.poll(() => page.locator('#xp-progress').textContent()).toBe({ en: '2 of 17 steps done', zh: '共 17 步，已完成 2 步' }[locale]);

		await page.reload();
		await page.locator('.xp[data-ready="true"]').waitFor();
		expect(await datedSteps(page)).toEqual(entityPlanDates);
		expect(await page.locator('#xp-check-give-notice').isChecked()).toBe(true);
		expect(await page.locator('#xp-check-freeze-content').isChecked()).toBe(true);
		expect(await page.locator('#xp-check-reconcile').isChecked()).toBe(false);
		expect(await page.locator('#xp-notice').inputValue()).toBe('60');
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('says next to the field when the notice period is not a number, and keeps the last plan', async () => {
		const page = await openPlan(browser.openPage, path);
		await page.locator('#xp-notice').fill('3O');
		await expect.poll(() => page.locator('#xp-notice-error').textContent()).toBe(t.noticeError);
		expect(await page.locator('#xp-notice').getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('.xp-step').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('downloads a calendar file that a strict reader accepts, one all-day event per step', async () => {
		const page = await openPlan(browser.openPage, path);
		await fillEntityCase(page, locale);
		await expect.poll(() => datedSteps(page)).toEqual(entityPlanDates);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.downloadCalendar }).click()]);
		expect(download.suggestedFilename()).toBe('tmall-exit-plan-2027-03-31.ics');
		const calendar = parseIcs(readFileSync((await download.path())!, 'utf8'));
		expect(calendar.events.map((event) => [event.DTSTART!.params.VALUE, event.DTSTART!.value])).toEqual(
			entityPlanDates.map(([, date]) => ['DATE', date.replaceAll('-', '')]),
		);
		const titles = new Map(content.steps.map((step) => [step.id, step.title]));
		expect(unescapeText(calendar.events[0]!.SUMMARY!.value)).toBe(titles.get('give-notice'));
		expect(calendar.events[0]!.UID!.value).toBe('give-notice-2027-03-31@tmall-agency-guide');
		await page.close();
	});

	it('shares the plan by link, and the link opens the same dates in both languages', async () => {
		const page = await openPlan(browser.openPage, path);
		await fillEntityCase(page, locale);
		await expect.poll(() => page.locator('#xp-share').inputValue()).toContain('end=2027-03-31');
		const link = new URL(await page.locator('#xp-share').inputValue());
		expect(link.search).toBe('?v=1&end=2027-03-31&notice=60&reg=agency&to=new-agency&entity=1');
		await page.close();
		for (const other of languages) {
			const shared = await browser.context.newPage();
			await shared.goto(siteUrl(`${other.path}${link.search}`));
			await shared.locator('.xp[data-ready="true"]').waitFor();
			expect(await datedSteps(shared)).toEqual(entityPlanDates);
			expect(await shared.locator('.xp-notice').first().textContent()).toContain(exitPlanStrings[other.locale].link.opened);
			await shared.close();
		}
	});

	it('reads what it can of a hostile link, says what it ignored, and runs nothing', async () => {
		const page = await browser.context.newPage();
		let dialogs = 0;
		page.on('dialog', (dialog) => {
			dialogs += 1;
			void dialog.dismiss();
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(siteUrl(`${path}?v=1&end=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&notice=9999&reg=agency&to=%3Cscript%3E&entity=1`));
		await page.locator('.xp[data-ready="true"]').waitFor();
		const ignored = {
			en: 'Some parts of the link could not be read, so the example is used for them: end date, notice period, who takes over.',
			zh: '链接中有些内容无法读取，已用示例代替：终止日期、通知期、由谁接手。',
		}[locale];
		await expect.poll(() => page.locator('.xp-notice').allTextContents()).toContain(ignored);
		expect(await page.locator('#xp-end').inputValue()).toBe('2027-06-30');
		expect(await page.locator('#xp-notice').inputValue()).toBe('30');
		expect(await page.locator('#xp-reg-agency').isChecked()).toBe(true);
		expect(await page.locator('img[src="x"]').count()).toBe(0);

		await page.goto(siteUrl(`${path}?v=99&end=2027-01-01`));
		await page.locator('.xp[data-ready="true"]').waitFor();
		await expect.poll(() => page.locator('.xp-notice').allTextContents()).toContain(t.link.unsupported);
		expect(dialogs).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('recovers from damaged saved data with a message, and follows another tab', async () => {
		const page = await openPlan(browser.openPage, path);
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"inputs":'), storageKey);
		await page.reload();
		await page.locator('.xp[data-ready="true"]').waitFor();
		await expect.poll(() => page.locator('.xp-notice').allTextContents()).toContain(t.reset['not-json']);
		expect(await page.locator('.xp-step').count()).toBe(12);

		await page.evaluate(
			(key) =>
				localStorage.setItem(
					key,
					JSON.stringify({
						version: 1,
						inputs: { mode: 'date', endDate: '2027-02-30', noticeDays: 45, registeredTo: 'merchant', takeover: 'in-house', entityChange: false },
						done: { reconcile: '2026-12-01T10:00:00.000Z' },
					}),
				),
			storageKey,
		);
		await page.reload();
		await page.locator('.xp[data-ready="true"]').waitFor();
		await expect.poll(() => page.locator('.xp-notice').allTextContents()).toContain(t.recovered);
		expect(await page.locator('#xp-notice').inputValue()).toBe('45');
		expect(await page.locator('#xp-check-reconcile').isChecked()).toBe(true);

		const other = await openPlan(browser.openPage, path);
		await other.locator('#xp-check-give-notice').check();
		await expect.poll(() => page.locator('#xp-check-give-notice').isChecked(), crossTab).toBe(true);
		await other.close();
		await page.close();
	});

	it('prints the plan and the handover form, without the answers and buttons', async () => {
		const page = await openPlan(browser.openPage, path);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#handover-form').isVisible()).toBe(true);
		expect(await page.locator('.xp-steps').isVisible()).toBe(true);
		expect(await page.locator('.xp-inputs').isVisible()).toBe(false);
		expect(await page.locator('.xp-actions').isVisible()).toBe(false);
		const rows = await page.locator('#handover-form tbody tr').count();
		expect(rows).toBe(content.handover.length);
		expect(await page.locator('#handover-form').evaluate((form) => getComputedStyle(form).breakBefore)).toBe('page');
		await page.close();
	});

	it.each(['light', 'dark'] as const)('has no accessibility violations with warnings, a field error and notices shown (%s)', async (scheme) => {
		const page = await browser.openPage(`${path}?v=1&end=2027-11-05&notice=x&reg=agency&to=in-house&entity=1`);
		await page.emulateMedia({ colorScheme: scheme });
		await page.locator('.xp[data-ready="true"]').waitFor();
		await page.locator('#xp-notice').fill('abc');
		await page.locator('#xp-notice-error').waitFor();
		await page.locator('.xp-warnings').waitFor();
		// Only the tool: the whole page, in both themes, is in a11y.test.ts; this covers the states it never sees.
		const results = await new AxeBuilder({ page }).include('.exit-plan').withTags(wcagTags).analyze();
		const problems = results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} → ${node.target.join(' ')}`));
		expectNone(problems, `Accessibility violations on ${path} (${scheme})`);
		await page.close();
	});
});
