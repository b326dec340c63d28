import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { contractCheckStrings } from '../../src/i18n/tools/contract-check';
import { contractCheckActionStrings } from '../../src/i18n/tools/contract-check-actions';
import { contractCheckPageStrings } from '../../src/i18n/tools/contract-check-page';
import AxeBuilder from '@axe-core/playwright';
import { wcagTags } from './support/axe';
import { pageErrors, siteUrl, useBrowser } from './support/browser';
import { expectNone } from './support/report';

const storageKey = 'tmall-guide:contract-check';
/** Storage events cross tabs within milliseconds; the margin is for a busy CI machine. */
const crossTab = { timeout: 5000 };

const languages = [
	{ locale: 'en', path: '/tools/contract-check/' },
	{ locale: 'zh', path: '/zh/tools/contract-check/' },
] as const;

interface TopicContent {
	id: string;
	title: string;
	options: { id: string; label: string; mark: string }[];
	clause: string;
}

const content = (locale: Locale) => (JSON.parse(readFileSync(`content/contract-check/${locale}.json`, 'utf8')) as { topics: TopicContent[] }).topics;

/**
 * A draft with the clauses of the disputes that reached Chinese courts: a
 * refund voided by "non-cooperation", fees that are never refunded, no right to
 * end the contract, the store and its accounts held by the agency, and links
 * the agency may take down on leaving. The other answers are ordinary.
 */
const courtCaseDraft: Record<string, { option: string; value?: string }> = {
	'term-renewal': { option: 'renews-unless-notice', value: '１２' },
	'notice-period': { option: 'same-for-both', value: '60' },
	'termination-merchant': { option: 'not-allowed' },
	'termination-agency': { option: 'any-time-with-notice' },
	'refund-on-miss': { option: 'refund-stated' },
	'non-cooperation': { option: 'voids-refund' },
	'fee-refund': { option: 'non-refundable' },
	penalty: { option: 'mutual', value: '10%' },
	'commission-base': { option: 'paid-net' },
	'commission-tiers': { option: 'absent' },
	'sales-guarantee': { option: 'measured-with-ban' },
	'ad-budget': { option: 'capped-approved' },
	'fake-orders': { option: 'banned-agency-liable' },
	'store-entity': { option: 'agency' },
	accounts: { option: 'agency-holds-main' },
	'data-creative': { option: 'partly' },
	handover: { option: 'may-take-down' },
	'staff-confidentiality': { option: 'mutual-limited' },
	invoices: { option: 'vat-special' },
	'law-forum-language': { option: 'partly-named' },
};
const courtCaseReds = ['termination-merchant', 'non-cooperation', 'fee-refund', 'store-entity', 'accounts', 'handover'];

async function openCheck(openPage: (path: string) => Promise<Page>, path: string, clear = true): Promise<Page> {
	const page = await openPage(path);
	await page.locator('.cc-panel[data-ready="true"]').waitFor();
	if (clear) {
		await page.evaluate((key) => localStorage.removeItem(key), storageKey);
		await page.reload();
		await page.locator('.cc-panel[data-ready="true"]').waitFor();
	}
	return page;
}

const topicSection = (page: Page, topicId: string) => page.locator(`#topic-${topicId}`);
const markOf = (page: Page, topicId: string) => topicSection(page, topicId).getAttribute('data-mark');
const redTopics = (page: Page) =>
	page.locator('.cc-topic[data-mark="red"]').evaluateAll((sections) => sections.map((section) => section.id.replace(/^topic-/, '')));

/** Picks options by their visible label, as a merchant would, and types figures into the labelled field. */
async function fillDraft(page: Page, locale: Locale, draft: Record<string, { option: string; value?: string }>) {
	for (const topic of content(locale)) {
		const answer = draft[topic.id];
		if (!answer) continue;
		const label = topic.options.find((option) => option.id === answer.option)?.label ?? '';
		await topicSection(page, topic.id).getByLabel(label, { exact: true }).check();
		if (answer.value !== undefined) await topicSection(page, topic.id).locator('input[type="text"]').fill(answer.value);
	}
}

function savedAnswers(page: Page): Promise<Record<string, { option: string; value: string }>> {
	return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"answers":{}}').answers, storageKey);
}

/**
 * The sentences each page should show, written out rather than filled from the page's own templates,
 * so that a broken template, a lost plural or the wrong colon fails here.
 */
const written = {
	en: {
		counts: '6 red, 4 amber, 10 green, 0 not answered',
		redMark: 'Red: change this clause before you sign',
		redByFigure: 'Red: change this clause before you sign. The figure you typed sets this mark.',
		outOfRange: 'Enter a number from 0 to 1000.',
		topicDropped: '1 topic in the link is not one of ours and was left out.',
		valueDropped: '1 figure in the link was not a number and was left out.',
		optionDropped: '1 answer in the link could not be read and was left out.',
		recovered: 'Part of your saved answers was damaged: 1 entry could not be read and was removed. The rest is kept.',
		importedTwo: '2 answers imported.',
	},
	zh: {
		counts: '红色 6 项，黄色 4 项，绿色 10 项，未作答 0 项',
		redMark: '红色：签约前必须修改',
		redByFigure: '红色：签约前必须修改。这个标记由你填写的数字决定。',
		outOfRange: '请输入 0 到 1000 之间的数字。',
		topicDropped: '链接里有 1 个议题无法识别，已略过。',
		valueDropped: '链接里有 1 个数字无效，已略过。',
		optionDropped: '链接里有 1 个答案无法读取，已略过。',
		recovered: '保存的答案有一部分损坏：1 条无法读取，已删除，其余保留。',
		importedTwo: '已导入 2 个答案。',
	},
} as const;

describe.each(languages)('contract check ($locale)', (language) => {
	const browser = useBrowser();
	const t = contractCheckStrings[language.locale];
	const actions = contractCheckActionStrings[language.locale];
	const says = written[language.locale];
	const topics = content(language.locale);

	it('lists every topic, says nothing is uploaded and that it is not legal advice, before scripts run', async () => {
		const html = await fetch(siteUrl(language.path)).then((response) => response.text());
		for (const topic of topics) expect(html).toContain(`id="topic-${topic.id}"`);
		const page = contractCheckPageStrings[language.locale];
		expect(html).toContain(page.intro);
		expect(html.split(page.notLegalAdvice).length - 1).toBe(1);
	});

	it('marks exactly the court cases’ clauses red, says so in the summary, and keeps the answers after a reload', async () => {
		const page = await openCheck(browser.openPage, language.path);
		await fillDraft(page, language.locale, courtCaseDraft);
		await expect.poll(() => redTopics(page)).toEqual(courtCaseReds);
		expect(await page.locator('[data-counts]').textContent()).toBe(says.counts);
		const titles = new Map(topics.map((topic) => [topic.id, topic.title]));
		expect(await page.locator('[data-red-list] a').allTextContents()).toEqual(courtCaseReds.map((id) => titles.get(id)));
		expect(await topicSection(page, 'fee-refund').locator('[data-mark-slot]').textContent()).toBe(says.redMark);
		// The full-width figure was read: 12 months is within the limit, so the term stays amber, not worse.
		expect(await markOf(page, 'term-renewal')).toBe('amber');
		expect(await markOf(page, 'penalty')).toBe('green');

		await page.reload();
		await page.locator('.cc-panel[data-ready="true"]').waitFor();
		expect(await redTopics(page)).toEqual(courtCaseReds);
		expect(await topicSection(page, 'term-renewal').locator('input[type="text"]').inputValue()).toBe('１２');
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('shows the proposed wording in both languages once the advice has loaded', async () => {
		const page = await openCheck(browser.openPage, language.path, false);
		await page.locator('.cc-panel[data-advice="loaded"]').waitFor();
		const clauses = topicSection(page, 'non-cooperation').locator('.cc-clause blockquote');
		const english = content('en').find((topic) => topic.id === 'non-cooperation')?.clause;
		const chinese = content('zh').find((topic) => topic.id === 'non-cooperation')?.clause;
		expect(await clauses.allTextContents()).toEqual(language.locale === 'en' ? [english, chinese] : [chinese, english]);
		await page.close();
	});

	it('reads a typed figure with the shared parser and puts its error next to the field', async () => {
		const page = await openCheck(browser.openPage, language.path);
		const penalty = topicSection(page, 'penalty');
		const label = topics.find((topic) => topic.id === 'penalty')?.options.find((option) => option.id === 'mutual')?.label ?? '';
		await penalty.getByLabel(label, { exact: true }).check();
		const field = penalty.locator('input[type="text"]');
		await field.fill('ten');
		await expect.poll(() => penalty.locator('[data-error-slot]').textContent()).toBe(t.valueErrors.invalid);
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		expect(await markOf(page, 'penalty')).toBe('green');
		await field.fill('２５％');
		await expect.poll(() => markOf(page, 'penalty')).toBe('red');
		expect(await penalty.locator('[data-error-slot]').textContent()).toBe('');
		expect(await field.getAttribute('aria-invalid')).toBeNull();
		expect(await penalty.locator('[data-mark-slot]').textContent()).toBe(says.redByFigure);
		await field.fill('5000');
		await expect.poll(() => penalty.locator('[data-error-slot]').textContent()).toBe(says.outOfRange);
		await page.close();
	});

	it('shares the answers by link: the link opens the same report without touching the saved answers', async () => {
		const page = await openCheck(browser.openPage, language.path);
		await fillDraft(page, language.locale, { penalty: { option: 'mutual', value: '30' }, 'store-entity': { option: 'agency' } });
		await expect.poll(() => redTopics(page)).toEqual(['penalty', 'store-entity']);
		await page.getByRole('button', { name: actions.actions.copyLink }).click();
		await expect.poll(() => page.locator('[data-message]').textContent()).toBe(actions.actions.copied);
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(link).search).toBe('?v=1&t=penalty.mutual.30&t=store-entity.agency');

		// Someone else's saved answers stay as they are while the link is shown.
		await fillDraft(page, language.locale, { accounts: { option: 'agency-holds-main' } });
		const saved = await savedAnswers(page);
		const shared = await browser.openPage(new URL(link).pathname + new URL(link).search);
		await shared.locator('.cc-panel[data-ready="true"]').waitFor();
		expect(await redTopics(shared)).toEqual(['penalty', 'store-entity']);
		await expect.poll(() => shared.locator('[data-notice="shared"]').count()).toBe(1);
		expect(await savedAnswers(shared)).toEqual(saved);
		await shared.getByRole('button', { name: actions.notices.openSaved }).click();
		await expect.poll(() => redTopics(shared)).toEqual(['penalty', 'store-entity', 'accounts']);
		expect(new URL(shared.url()).search).toBe('');
		expect([...pageErrors(page), ...pageErrors(shared)]).toEqual([]);
		await Promise.all([page.close(), shared.close()]);
	});

	it('survives a hostile link: keeps what it can read, lists what it dropped, runs nothing', async () => {
		const page = await openCheck(browser.openPage, language.path);
		const hostile =
			'?v=1&t=__proto__.polluted&t=penalty.mutual.1e9&t=store-entity.%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' +
			'&t=accounts.agency-holds-main&t=accounts.merchant-holds-main&utm_source=x';
		await page.goto(siteUrl(language.path + hostile));
		await page.locator('.cc-panel[data-ready="true"]').waitFor();
		await expect.poll(() => page.locator('[data-notice="shared"] li').count()).toBe(4);
		expect(await redTopics(page)).toEqual(['accounts']);
		expect(await markOf(page, 'penalty')).toBe('green');
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((value) => value.polluted)).toBeUndefined();
		const notice = await page.locator('[data-notice="shared"]').textContent();
		expect(notice).toContain(says.topicDropped);
		expect(notice).toContain(says.valueDropped);
		expect(notice).toContain(says.optionDropped);
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('recovers from corrupt saved data with a message, and keeps the readable part of damaged data', async () => {
		const page = await openCheck(browser.openPage, language.path);
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"answers":{'), storageKey);
		await page.reload();
		await page.locator('.cc-panel[data-ready="true"]').waitFor();
		await expect.poll(() => page.locator('[data-notice="reset"]').textContent()).toBe(actions.notices.reset.damaged);
		expect(await page.locator('.cc-topic[data-mark]').count()).toBe(0);

		const partly = JSON.stringify({ version: 1, answers: { accounts: { option: 'agency-holds-main', value: '' }, penalty: { option: 42 } } });
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, partly] as const);
		await page.reload();
		await page.locator('.cc-panel[data-ready="true"]').waitFor();
		await expect.poll(() => page.locator('[data-notice="recovered"]').textContent()).toBe(says.recovered);
		expect(await redTopics(page)).toEqual(['accounts']);
		// Repaired data is written back, so the message shows once.
		expect(await savedAnswers(page)).toEqual({ accounts: { option: 'agency-holds-main', value: '' } });
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('exports a file and imports it back; a bad file gets a message next to the control and changes nothing', async () => {
		const page = await openCheck(browser.openPage, language.path);
		await fillDraft(page, language.locale, { 'fee-refund': { option: 'non-refundable' }, 'notice-period': { option: 'same-for-both', value: '45' } });
		const before = await savedAnswers(page);
		await page.locator('.cc-actions').waitFor();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: actions.actions.exportButton }).click()]);
		expect(download.suggestedFilename()).toMatch(/^tmall-contract-check-\d{4}-\d{2}-\d{2}\.json$/);
		const exportPath = await download.path();
		expect(JSON.parse(readFileSync(exportPath, 'utf8'))).toMatchObject({
			format: 'tmall-guide-contract-check',
			version: 1,
			locale: language.locale,
			answers: before,
		});

		await page.locator('.cc-actions input[type="file"]').setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"answers":{"accounts":{"option":"agency-holds-main"}},"__proto__":{"polluted":true}}'),
		});
		await expect.poll(() => page.locator('[data-message]').textContent()).toBe(actions.actions.importErrors['not-ours']);
		expect(await savedAnswers(page)).toEqual(before);

		await page.getByRole('button', { name: actions.actions.resetButton }).click();
		await page.getByRole('button', { name: actions.actions.resetConfirm }).click();
		await expect.poll(() => page.locator('.cc-topic[data-mark]').count()).toBe(0);
		await page.locator('.cc-actions input[type="file"]').setInputFiles(exportPath);
		await expect.poll(() => page.locator('[data-message]').textContent()).toBe(says.importedTwo);
		expect(await redTopics(page)).toEqual(['fee-refund']);
		expect(await markOf(page, 'notice-period')).toBe('amber');
		expect(await savedAnswers(page)).toEqual(before);
		await page.close();
	});

	it('follows answers given in another tab', async () => {
		const first = await openCheck(browser.openPage, language.path);
		const second = await openCheck(browser.openPage, language.path, false);
		await fillDraft(first, language.locale, { handover: { option: 'may-take-down' } });
		await expect.poll(() => markOf(second, 'handover'), crossTab).toBe('red');
		await fillDraft(second, language.locale, { invoices: { option: 'vat-special' } });
		await expect.poll(() => markOf(first, 'invoices'), crossTab).toBe('green');
		expect(await markOf(first, 'handover')).toBe('red');
		await Promise.all([first.close(), second.close()]);
	});

	it('prints as a negotiation document: what the draft says, the mark and the advice, without the form', async () => {
		const page = await openCheck(browser.openPage, language.path);
		await fillDraft(page, language.locale, courtCaseDraft);
		await page.locator('.cc-panel[data-advice="loaded"]').waitFor();
		await page.emulateMedia({ media: 'print' });
		const section = topicSection(page, 'non-cooperation');
		expect(await section.locator('fieldset').isVisible()).toBe(false);
		expect(await page.locator('.cc-actions').isVisible()).toBe(false);
		const label = topics.find((topic) => topic.id === 'non-cooperation')?.options.find((option) => option.id === 'voids-refund')?.label;
		expect(await section.locator('[data-draft-slot]').textContent()).toBe(`${t.draftSays}${label}`);
		expect(await section.locator('[data-draft-slot]').isVisible()).toBe(true);
		expect(await section.locator('.cc-clause').count()).toBe(2);
		expect(await section.locator('.cc-clause').first().isVisible()).toBe(true);
		expect(await page.locator('[data-red-list]').isVisible()).toBe(true);
		await page.close();
	});

	it('works with the keyboard: Tab reaches the first topic’s options and arrow keys choose one', async () => {
		const page = await openCheck(browser.openPage, language.path);
		const first = topicSection(page, 'term-renewal').locator('input[type="radio"]').first();
		let reached = false;
		for (let step = 0; step < 80 && !reached; step += 1) {
			await page.keyboard.press('Tab');
			reached = await first.evaluate((element) => element === document.activeElement);
		}
		expect(reached, 'Tab reaches the first option').toBe(true);
		await page.keyboard.press('Space');
		await expect.poll(() => markOf(page, 'term-renewal')).toBe('green');
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => markOf(page, 'term-renewal')).toBe('amber');
		await page.close();
	});

	it.each(['light', 'dark'] as const)(
		'has no accessibility violations with every mark, a figure’s error, a link notice and the advice shown (%s)',
		async (scheme) => {
			const page = await browser.openPage(`${language.path}?v=1&t=accounts.agency-holds-main&t=nope.x&t=penalty.mutual`);
			await page.emulateMedia({ colorScheme: scheme });
			await page.locator('.cc-panel[data-advice="loaded"]').waitFor();
			await page.locator('[data-notice="shared"]').waitFor();
			await fillDraft(page, language.locale, { 'term-renewal': { option: 'renews-unless-notice' }, invoices: { option: 'vat-special' } });
			await topicSection(page, 'penalty').locator('input[type="text"]').fill('ten');
			await expect.poll(() => topicSection(page, 'penalty').locator('[data-error-slot]').textContent()).toBe(t.valueErrors.invalid);
			// Only the tool: the whole page, in both themes, is in a11y.test.ts; this covers the states it never sees.
			const results = await new AxeBuilder({ page }).include('.contract-check').withTags(wcagTags).analyze();
			const problems = results.violations.flatMap((violation) =>
				violation.nodes.map((node) => `${violation.id}: ${violation.help} → ${node.target.join(' ')}`),
			);
			expectNone(problems, `Accessibility violations on ${language.path} (${scheme})`);
			await page.close();
		},
		120_000,
	);
});
