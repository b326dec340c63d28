import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { scorecardStrings } from '../../src/i18n/tools/scorecard';
import { scorecardNoticeStrings } from '../../src/i18n/tools/scorecard-notices';
import { DEFAULT_CRITERION_IDS } from '../../src/lib/scorecard/criteria';
import { axeViolations } from './support/axe';
import { pageErrors, siteUrl, useBrowser } from './support/browser';
import { readBuiltPath } from './support/built-site';
import { expectNone } from './support/report';

/** Storage events cross tabs within milliseconds; the margin is for a busy CI machine. */
const crossTab = { timeout: 5000 };

const storageKey = 'tmall-guide:scorecard';

const languages = [
	{ locale: 'en', path: '/tools/scorecard/' },
	{ locale: 'zh', path: '/zh/tools/scorecard/' },
] as const;

type OpenPage = (path: string) => Promise<Page>;

/** Opens the scorecard and waits until it has read the saved scorecard or the link. */
async function openScorecard(openPage: OpenPage, path: string): Promise<Page> {
	const page = await openPage(path);
	await page.locator('.scorecard[data-ready="true"]').waitFor();
	return page;
}

async function reloadScorecard(page: Page): Promise<void> {
	await page.reload();
	await page.locator('.scorecard[data-ready="true"]').waitFor();
}

/** A fresh, empty scorecard: storage cleared, then reloaded. */
async function openEmptyScorecard(openPage: OpenPage, path: string): Promise<Page> {
	const page = await openScorecard(openPage, path);
	await page.evaluate((key) => localStorage.removeItem(key), storageKey);
	await page.goto(siteUrl(path));
	await page.locator('.scorecard[data-ready="true"]').waitFor();
	return page;
}

function score(page: Page, agencyId: string, criterionId: string, value: number | null) {
	return page.selectOption(`#sc-score-${agencyId}-${criterionId}`, value === null ? '' : String(value));
}

/** Scores every default criterion, with exceptions: `scoreAll(page, 'a1', 3, { team: 5 })`. */
async function scoreAll(page: Page, agencyId: string, base: number, exceptions: Record<string, number> = {}) {
	for (const criterionId of DEFAULT_CRITERION_IDS) await score(page, agencyId, criterionId, exceptions[criterionId] ?? base);
}

/** The ranking as the user reads it: name and score text of each agency, top first. */
function rankingOf(page: Page): Promise<{ name: string; score: string; rank: string }[]> {
	return page.locator('.sc-result').evaluateAll((items) =>
		items.map((item) => ({
			name: item.querySelector('.sc-result__name')?.textContent ?? '',
			score: item.querySelector('.sc-result__score')?.textContent ?? '',
			rank: item.querySelector('.sc-result__rank')?.textContent ?? '',
		})),
	);
}

function reasonsOf(page: Page, position: number): Promise<string[]> {
	return page.locator('.sc-result').nth(position).locator('.sc-result__reason').allTextContents();
}

/** Two agencies whose order flips when the fee offer weighs more (see the ranking test). */
async function scoreTwoAgencies(page: Page) {
	await page.fill('#sc-agency-name-a1', 'Hangzhou Alpha');
	await page.fill('#sc-agency-name-a2', '上海贝塔');
	await scoreAll(page, 'a1', 3, { team: 5 });
	await scoreAll(page, 'a2', 4, { 'fee-offer': 2 });
}

/** Copies the share link the way a user does, reading it back from the clipboard or the fallback field. */
async function copyShareLink(page: Page, locale: Locale): Promise<string> {
	await page.getByRole('button', { name: scorecardStrings[locale].actions.copyLink }).click();
	const status = page.locator('.sc-actions__status');
	await expect.poll(() => status.textContent()).not.toBe('');
	if ((await status.textContent()) === scorecardStrings[locale].actions.copied) {
		return page.evaluate(() => navigator.clipboard.readText());
	}
	return page.locator('#sc-share-url').inputValue();
}

/**
 * The sentences each page should show, written out rather than filled from the page's own templates,
 * so that a broken template or a lost space between Chinese and Latin text fails here.
 */
const written = {
	en: {
		agencyC: 'Agency C',
		betaFirst: '上海贝塔 ranks first',
		alphaFirst: 'Hangzhou Alpha ranks first',
		weakest: 'weakest on',
		unrankedC: 'Agency C is not ranked yet: it has no scores on criteria that carry weight.',
		tie: 'North shares first place with South',
		removeC: 'Remove Agency C',
		removeE: 'Remove Agency E',
		limit: 'You can compare up to 5 agencies. Remove one to add another.',
	},
	zh: {
		agencyC: '代运营 C',
		betaFirst: '上海贝塔排名第一',
		alphaFirst: 'Hangzhou Alpha 排名第一',
		weakest: '最弱的是',
		unrankedC: '代运营 C 暂不排名：有权重的评分项都还没打分。',
		tie: 'North 与 South 并列第一',
		removeC: '删除代运营 C',
		removeE: '删除代运营 E',
		limit: '最多比较 5 家代运营。删掉一家才能再添加。',
	},
} as const;

describe.each(languages)('agency scorecard ($locale)', ({ locale, path }) => {
	const browser = useBrowser();
	const t = scorecardStrings[locale];
	const notices = scorecardNoticeStrings[locale];
	const content = JSON.parse(readFileSync(`content/scorecard/${locale}.json`, 'utf8')) as {
		criteria: { id: string; label: string; high: string }[];
	};
	const says = written[locale];

	it('shows the criteria, their descriptions and the explanation in the HTML before scripts run', async () => {
		const html = await fetch(siteUrl(path)).then((response) => response.text());
		expect(html).toContain(t.page.intro);
		for (const criterion of content.criteria) {
			expect(html).toContain(criterion.label);
			expect(html).toContain(`id="criterion-${criterion.id}"`);
			expect(html).toContain(`id="sc-weight-${criterion.id}"`);
		}
		expect(html).toContain(t.results.noScores);
	});

	it('ranks agencies by weighted score, explains why, and re-ranks when a weight changes', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await scoreTwoAgencies(page);

		// Beta: (4·90 + 2·10)/100 = 3.80; Alpha: (3·80 + 5·20)/100 = 3.40; the third agency has no scores.
		const ranking = await rankingOf(page);
		expect(ranking.map((entry) => entry.name)).toEqual(['上海贝塔', 'Hangzhou Alpha', says.agencyC]);
		expect(ranking[0]?.score).toContain('3.80');
		expect(ranking[1]?.score).toContain('3.40');
		expect(ranking[2]?.score).toBe('');
		const [leaderReason] = await reasonsOf(page, 0);
		expect(leaderReason).toContain(says.betaFirst);
		expect(leaderReason).toContain(says.weakest);
		expect(await reasonsOf(page, 2)).toEqual([says.unrankedC]);

		// Fee offer to 60 of 150 points: Alpha 3.27, Beta 3.20.
		await page.fill('#sc-weight-fee-offer', '60');
		await expect.poll(async () => (await rankingOf(page))[0]?.name).toBe('Hangzhou Alpha');
		expect((await rankingOf(page))[0]?.score).toContain('3.27');
		expect(await page.locator('#sc-weight-fee-offer-share').textContent()).toContain('40');
		// The change is announced politely for screen readers.
		await expect.poll(() => page.locator('.scorecard [aria-live="polite"]').textContent(), { timeout: 5000 }).toContain('Hangzhou Alpha');
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('treats an unscored cell as missing, not zero, and says so', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await score(page, 'a1', 'team', 4);
		expect((await rankingOf(page))[0]?.score).toContain('4.00');
		const reasons = await reasonsOf(page, 0);
		expect(reasons.some((reason) => reason.includes('20%'))).toBe(true);
		expect(reasons).toContain(t.reasons.lowCoverage);
		await page.close();
	});

	it('shows ties as a shared place and explains them', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await page.fill('#sc-agency-name-a1', 'North');
		await page.fill('#sc-agency-name-a2', 'South');
		await scoreAll(page, 'a1', 3, { team: 5, 'category-results': 1 });
		await scoreAll(page, 'a2', 3, { team: 1, 'category-results': 5 });
		const ranking = await rankingOf(page);
		expect(ranking.slice(0, 2).map((entry) => entry.rank)).toEqual(['=1', '=1']);
		const [sentence] = await reasonsOf(page, 0);
		expect(sentence).toContain(says.tie);
		expect(await page.locator('.sc-results').textContent()).toContain(t.results.tieNote);
		await page.close();
	});

	it('keeps names, scores, weights and a custom criterion after a reload', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await scoreTwoAgencies(page);
		await page.fill('#sc-weight-fee-offer', '60');
		await page.getByRole('button', { name: t.criteria.addCustom }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sc-criterion-name-custom-1');
		await page.keyboard.type('After-sales');
		await page.fill('#sc-weight-custom-1', '15');
		await score(page, 'a2', 'custom-1', 5);
		const before = await rankingOf(page);

		await reloadScorecard(page);
		expect(await page.inputValue('#sc-agency-name-a1')).toBe('Hangzhou Alpha');
		expect(await page.inputValue('#sc-score-a1-team')).toBe('5');
		expect(await page.inputValue('#sc-weight-fee-offer')).toBe('60');
		expect(await page.inputValue('#sc-criterion-name-custom-1')).toBe('After-sales');
		expect(await page.inputValue('#sc-score-a2-custom-1')).toBe('5');
		expect(await rankingOf(page)).toEqual(before);
		expect(await page.locator('.sc-notice').count()).toBe(0);
		await page.close();
	});

	it('follows a change made in another tab, and the next edit here keeps it', async () => {
		const first = await openEmptyScorecard(browser.openPage, path);
		const second = await openScorecard(browser.openPage, path);
		await first.fill('#sc-agency-name-a1', 'Hangzhou Alpha');
		await score(first, 'a1', 'team', 5);
		await expect.poll(() => second.inputValue('#sc-agency-name-a1'), crossTab).toBe('Hangzhou Alpha');
		await expect.poll(() => second.inputValue('#sc-score-a1-team'), crossTab).toBe('5');
		expect((await rankingOf(second))[0]?.name).toBe('Hangzhou Alpha');

		// An edit in the second tab builds on the first tab's work instead of overwriting it.
		await score(second, 'a2', 'team', 3);
		await expect.poll(() => first.inputValue('#sc-score-a2-team'), crossTab).toBe('3');
		expect(await first.inputValue('#sc-score-a1-team')).toBe('5');
		await reloadScorecard(first);
		expect(await first.inputValue('#sc-agency-name-a1')).toBe('Hangzhou Alpha');
		expect(await first.inputValue('#sc-score-a2-team')).toBe('3');
		expect([...pageErrors(first), ...pageErrors(second)]).toEqual([]);
		await Promise.all([first.close(), second.close()]);
	});

	it('beside a shared link, offers the saved scorecard, including one saved in another tab meanwhile', async () => {
		const editor = await openEmptyScorecard(browser.openPage, path);
		await editor.fill('#sc-agency-name-a1', 'Linked Co');
		const link = new URL(await copyShareLink(editor, locale));
		await editor.evaluate((key) => localStorage.removeItem(key), storageKey);

		const viewer = await openScorecard(browser.openPage, `${link.pathname}${link.search}`);
		expect(await viewer.inputValue('#sc-agency-name-a1')).toBe('Linked Co');
		const openSaved = viewer.getByRole('button', { name: notices.openSaved });
		expect(await openSaved.count()).toBe(0);

		await editor.fill('#sc-agency-name-a1', 'Saved Co');
		await openSaved.waitFor({ timeout: crossTab.timeout });
		expect(await viewer.inputValue('#sc-agency-name-a1')).toBe('Linked Co');
		await openSaved.click();
		expect(await viewer.inputValue('#sc-agency-name-a1')).toBe('Saved Co');
		expect([...pageErrors(editor), ...pageErrors(viewer)]).toEqual([]);
		await Promise.all([editor.close(), viewer.close()]);
	});

	it('gives a shared link that reproduces the ranking in both languages', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await scoreTwoAgencies(page);
		await page.fill('#sc-weight-fee-offer', '60');
		// An unnamed agency shows a placeholder in the reader's language, so compare named ones only.
		await page.getByRole('button', { name: says.removeC }).click();
		const original = await rankingOf(page);
		expect(original).toHaveLength(2);
		const link = await copyShareLink(page, locale);
		expect(new URL(link).searchParams.get('v')).toBe('1');
		// Nothing saved: the ranking below can only come from the link itself.
		await page.evaluate((key) => localStorage.removeItem(key), storageKey);

		for (const target of languages) {
			const shared = new URL(link);
			shared.pathname = target.path;
			const view = await openScorecard(browser.openPage, `${shared.pathname}${shared.search}`);
			const ranking = await rankingOf(view);
			expect(ranking.map((entry) => [entry.name, entry.rank])).toEqual(original.map((entry) => [entry.name, entry.rank]));
			expect(ranking.map((entry) => entry.score.match(/\d\.\d\d/)?.[0])).toEqual(original.map((entry) => entry.score.match(/\d\.\d\d/)?.[0]));
			const targetNotices = scorecardNoticeStrings[target.locale];
			expect(await view.locator('[data-notice="shared"]').textContent()).toContain(targetNotices.sharedHeading);
			expect((await reasonsOf(view, 0))[0]).toContain(written[target.locale].alphaFirst);
			expect(pageErrors(view)).toEqual([]);
			await view.close();
		}
		await page.close();
	});

	it('opens a hostile link as plain text, says what it ignored, and keeps working', async () => {
		const hostile = [
			'v=1',
			'w=10_x_20_15_10_15_10_99',
			`c=${encodeURIComponent('5_<script>window.__pwned=1</script>Live')}`,
			`a=${encodeURIComponent('55x55-5-9_<img src=x onerror="window.__pwned=1">Evil Co')}`,
			'a=%E0%A4%A_broken',
			'zzz=1',
		].join('&');
		const page = await openScorecard(browser.openPage, `${path}?${hostile}`);
		const notice = page.locator('[data-notice="shared"]');
		expect(await notice.textContent()).toContain(notices.linkIssuesHeading);
		expect(await notice.locator('li').count()).toBeGreaterThanOrEqual(4);
		expect(await page.inputValue('#sc-agency-name-a1')).toBe('Evil Co');
		expect(await page.locator('.scorecard img, .scorecard script').count()).toBe(0);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

		await score(page, 'a2', 'team', 5);
		await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
		expect(await page.locator('[data-notice="shared"]').count()).toBe(0);
		expect((await rankingOf(page)).length).toBe(2);
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('refuses a link from another version with a message, and shows the saved scorecard', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await page.fill('#sc-agency-name-a1', 'Saved Agency');
		const other = await openScorecard(browser.openPage, `${path}?v=9&a=55555_Other`);
		expect(await other.locator('[data-notice="link-unsupported"]').textContent()).toContain(notices.linkUnsupported);
		expect(await other.inputValue('#sc-agency-name-a1')).toBe('Saved Agency');
		expect(pageErrors(other)).toEqual([]);
		await other.close();
		await page.close();
	});

	it('recovers from corrupt storage with a message and a working tool', async () => {
		const page = await openScorecard(browser.openPage, path);
		await page.evaluate((key) => localStorage.setItem(key, '\u0000{"not":"a scorecard"'), storageKey);
		await reloadScorecard(page);
		expect(await page.locator('[data-notice="storage-reset"]').textContent()).toContain(notices.storageReset.unreadable);
		await score(page, 'a1', 'team', 4);
		expect((await rankingOf(page))[0]?.score).toContain('4.00');

		// Partly damaged: what can be read is kept, and the repairs are listed.
		await page.evaluate((key) => localStorage.setItem(key, 'v=1&w=10_20_abc_15_10_15_10&a=5x5_Kept'), storageKey);
		await reloadScorecard(page);
		const notice = page.locator('[data-notice="storage-issues"]');
		expect(await notice.textContent()).toContain(notices.storageIssuesHeading);
		expect(await notice.locator('li').count()).toBe(2);
		expect(await page.inputValue('#sc-agency-name-a1')).toBe('Kept');
		expect(await page.inputValue('#sc-score-a1-service-rating')).toBe('5');
		expect(await page.inputValue('#sc-score-a1-team')).toBe('5');
		expect(await page.inputValue('#sc-weight-team')).toBe('20');

		// The repaired scorecard was saved, so the next visit is quiet.
		await reloadScorecard(page);
		expect(await page.locator('.sc-notice').count()).toBe(0);
		expect(pageErrors(page)).toEqual([]);
		await page.close();
	});

	it('shows a weight error next to its field and keeps ranking with the last good weight', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await page.fill('#sc-weight-team', 'abc');
		const error = page.locator('#sc-weight-team-error');
		expect(await error.textContent()).toContain(t.criteria.weightErrors['not-a-number']);
		expect(await page.getAttribute('#sc-weight-team', 'aria-invalid')).toBe('true');
		expect(await page.getAttribute('#sc-weight-team', 'aria-describedby')).toContain('sc-weight-team-error');
		await page.fill('#sc-weight-team', '250');
		expect(await error.textContent()).toContain(t.criteria.weightErrors['too-large']);
		await page.fill('#sc-weight-team', '２５');
		expect(await error.count()).toBe(0);
		await page.locator('#sc-weight-team').blur();
		expect(await page.inputValue('#sc-weight-team')).toBe('25');
		await page.close();
	});

	it('asks before starting again, on the page', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await scoreTwoAgencies(page);
		await page.getByRole('button', { name: t.actions.reset, exact: true }).click();
		const question = page.getByRole('group', { name: t.actions.resetQuestion });
		await question.waitFor();
		await page.keyboard.press('Escape');
		// Preact redraws on the next tick after the key press.
		await expect.poll(() => question.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('sc-reset');
		expect(await page.inputValue('#sc-agency-name-a1')).toBe('Hangzhou Alpha');

		await page.getByRole('button', { name: t.actions.reset, exact: true }).click();
		await page.getByRole('button', { name: t.actions.resetConfirm }).click();
		await expect.poll(() => page.inputValue('#sc-agency-name-a1')).toBe('');
		expect(await page.locator('.sc-results__empty').textContent()).toBe(t.results.noScores);
		await reloadScorecard(page);
		expect(await page.inputValue('#sc-agency-name-a1')).toBe('');
		await page.close();
	});

	it('adds agencies up to five and removes them, moving focus sensibly', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		const add = page.getByRole('button', { name: t.grid.addAgency });
		await add.click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sc-agency-name-a4');
		await add.click();
		expect(await page.locator('.sc-grid tbody tr').count()).toBe(5);
		expect(await add.count()).toBe(0);
		expect(await page.locator('.sc-grid__add').textContent()).toContain(says.limit);
		await page.getByRole('button', { name: says.removeE }).click();
		expect(await page.locator('.sc-grid tbody tr').count()).toBe(4);
		await page.close();
	});

	it('works with the keyboard alone', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await page.focus('#sc-agency-name-a1');
		await page.keyboard.type('Keyboard Co');
		await page.keyboard.press('Tab'); // the remove button
		await page.keyboard.press('Tab'); // the first score
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('sc-score-a1-service-rating');
		await page.keyboard.press('4');
		expect(await page.inputValue('#sc-score-a1-service-rating')).toBe('4');
		expect((await rankingOf(page))[0]?.name).toBe('Keyboard Co');
		await page.close();
	});

	it('has no WCAG 2.2 AA violations once filled in, in light and dark', async () => {
		const page = await openEmptyScorecard(browser.openPage, path);
		await scoreTwoAgencies(page);
		await page.fill('#sc-weight-team', 'abc');
		const problems = await axeViolations(page, `${path} light`);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
		problems.push(...(await axeViolations(page, `${path} dark`)));
		expectNone(problems, 'Accessibility violations');
		await page.close();
	});
});

describe('agency scorecard notices', () => {
	const browser = useBrowser();

	it.each([
		{ path: '/zh/tools/scorecard/', own: '这是别人分享给你的评分表', other: 'You are looking at a shared scorecard' },
		{ path: '/tools/scorecard/', own: 'You are looking at a shared scorecard', other: '这是别人分享给你的评分表' },
	])('come in the page’s language only ($path)', async ({ path, own, other }) => {
		const page = await browser.context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
		});
		await page.goto(siteUrl(`${path}?v=1&a=Hangzhou%20Alpha`), { waitUntil: 'load' });
		await expect.poll(() => page.locator('[data-notice="shared"]').textContent()).toContain(own);
		expect(scripts.filter((script) => readBuiltPath(script)?.includes(own))).not.toEqual([]);
		expect(scripts.filter((script) => readBuiltPath(script)?.includes(other))).toEqual([]);
		await page.close();
	});
});

describe('agency scorecard on a phone', () => {
	const browser = useBrowser({ viewport: { width: 390, height: 844 } });

	it.each(languages)('shows one card per agency without sideways scrolling ($locale)', async ({ path }) => {
		const page = await openEmptyScorecard(browser.openPage, path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(await page.locator('.sc-grid thead').isVisible()).toBe(false);
		const label = page.locator('label[for="sc-score-a1-team"]');
		expect(await label.isVisible()).toBe(true);
		const box = await page.locator('.sc-grid tbody tr').first().boundingBox();
		expect(box?.width).toBeLessThanOrEqual(390);
		await score(page, 'a1', 'team', 5);
		expect((await rankingOf(page))[0]?.score).toContain('5.00');
		await page.close();
	});
});
