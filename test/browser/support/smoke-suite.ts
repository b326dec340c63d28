/**
 * The cross-engine smoke suite (issue 10): the same checks in Chromium, Firefox
 * and WebKit. Every route in both languages renders in its language without a
 * page error, and each tool's main path works. The full behaviour suites stay
 * in Chromium; this proves the other engines run the same pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from './browser';
import { waitFor, type Driver, type EngineName } from './engines/driver';
import { expectedNeutralPaths, localesUnderTest, localized } from './routes';

/** Long enough for a cold engine on a busy two-core CI machine; conditions are polled, never slept on. */
const slow = { timeout: 20_000 };

export function smokeSuite(engine: EngineName, launch: () => Promise<Driver>): void {
	describe(`smoke in ${engine}`, () => {
		let current: Driver | undefined;
		const driver = (): Driver => {
			if (!current) throw new Error(`${engine} did not start.`);
			return current;
		};
		beforeAll(async () => {
			current = await launch();
		}, 60_000);
		afterAll(async () => {
			await current?.close();
		}, 30_000);

		async function open(path: string): Promise<void> {
			await driver().goto(siteUrl(path));
		}

		/** The page's uncaught errors so far; an empty list is the expectation everywhere. */
		const errors = () => driver().pageErrors();

		const pages = localesUnderTest.flatMap((locale) => expectedNeutralPaths.map((path) => ({ lang: locale.lang, url: localized(locale.prefix, path) })));

		it.each(pages)('$url renders in $lang with its scripts running and no page error', async ({ url, lang }) => {
			await open(url);
			const facts = await driver().evaluate<{ lang: string; headings: string[]; title: string }>(
				`return {
					lang: document.documentElement.lang,
					headings: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim()),
					title: document.title,
				};`,
			);
			expect(facts.lang).toBe(lang);
			expect(facts.headings).toHaveLength(1);
			expect(facts.headings[0]!.length).toBeGreaterThan(3);
			expect(facts.title.length).toBeGreaterThan(5);
			// Astro removes `ssr` from an island once its script has run: proof the page's modules load in this engine.
			// Islands that wait until they are visible are scrolled to, as a reader would (the island itself has
			// `display: contents` and no box to scroll to).
			await driver().evaluate(
				`document.querySelectorAll('astro-island[client="visible"]').forEach((island) => (island.firstElementChild || island).scrollIntoView());`,
			);
			await waitFor(driver(), 'every island to hydrate', `return document.querySelectorAll('astro-island[ssr]').length === 0;`, [], slow);
			// The header script has run when the search button knows its shortcut.
			await waitFor(driver(), 'the header script', `return document.querySelector('[data-search-open]') !== null && document.readyState === 'complete';`);
			expect(await errors()).toEqual([]);
		});

		it('fee calculator: typing a forecast changes the results', async () => {
			await open('/tools/fee-calculator/');
			await waitFor(driver(), 'the calculator to hydrate', `return document.querySelector('astro-island:not([ssr]) .fc--full #fee-gmv') !== null;`, [], slow);
			const cells = `return [...document.querySelectorAll('.fc--full .fc-results tbody td')].map((td) => td.textContent.trim());`;
			// The example: C costs 564,000 over 12 months at 1,000,000 a month.
			expect(await driver().evaluate<string[]>(cells)).toContain('564,000');
			await driver().type('#fee-gmv', '500000');
			// C at 500,000: 20,000 + 3% of 450,000 net = 33,500 a month, 402,000 over 12 months.
			await waitFor(driver(), 'the results to show 402,000', `${cells.replace('return ', 'const cells = ')} return cells.includes('402,000');`, [], slow);
			expect(await driver().evaluate<string>(`return document.querySelector('.fc--full .fc-summary').textContent;`)).toContain('CN¥33,500 a month');
			await waitFor(driver(), 'the address to carry the figures', `return location.search.includes('gmv=500000');`);
			// The first change loads the analysis below the answer, which then follows it: the chart's scale ends at twice the forecast.
			await waitFor(
				driver(),
				'the analysis to follow the new forecast',
				`return [...document.querySelectorAll('.fc--full .fc-levels tbody th')].map((th) => th.textContent.trim()).join(' | ') === 'CN¥0 (0%) | CN¥250k (50%) | CN¥500k (100%) | CN¥750k (150%) | CN¥1m (200%)';`,
				[],
				slow,
			);
			expect(await errors()).toEqual([]);
		});

		it('cost planner: typing first-month sales changes the peak cash', async () => {
			await open('/tools/cost-planner/');
			await waitFor(driver(), 'the planner to hydrate', `return document.querySelector('astro-island:not([ssr]) .cp #plan-firstMonthGmv') !== null;`, [], slow);
			const peak = `return document.querySelector('.cp [data-figure="peak"]').textContent;`;
			// The example (dataset of December 2026): at most 278,333 in cash, with the first example quote.
			expect(await driver().evaluate<string>(peak)).toBe('CN¥278,333');
			await driver().type('#plan-firstMonthGmv', '300000');
			await waitFor(
				driver(),
				'the peak cash to show 130,774',
				`return document.querySelector('.cp [data-figure="peak"]').textContent === 'CN¥130,774';`,
				[],
				slow,
			);
			await waitFor(driver(), 'the address to carry the figures', `return location.search.includes('gmv=300000');`);
			// The month-by-month part arrives with the first change, with the page's words (loaded in that language only), and follows it.
			await waitFor(
				driver(),
				'the month-by-month table, from 300,000 in the first month',
				`const table = document.querySelector('.cp-months');
				return table?.querySelector('caption')?.textContent.startsWith('Plan for ') === true && table.querySelector('tbody tr td')?.textContent === '300,000';`,
				[],
				slow,
			);
			expect(await errors()).toEqual([]);
		});

		it('checklist: a ticked item is still ticked after a reload', async () => {
			const ready = `return document.querySelector('.cl-panel[data-ready="true"]') !== null;`;
			const box = '#item-screening-cooperation-mode input[type="checkbox"]';
			await open('/zh/tools/checklist/');
			await waitFor(driver(), 'the checklist to be ready', ready, [], slow);
			await driver().evaluate(`localStorage.removeItem('tmall-guide:checklist');`);
			await driver().reload();
			await waitFor(driver(), 'the checklist to be ready', ready, [], slow);
			expect(await driver().evaluate<boolean>(`return document.querySelector(arguments[0]).checked;`, box)).toBe(false);
			await driver().click(box);
			await waitFor(
				driver(),
				'the tick to be saved',
				`const saved = JSON.parse(localStorage.getItem('tmall-guide:checklist') || '{"items":{}}'); return saved.items['screening-cooperation-mode'] && saved.items['screening-cooperation-mode'].done === true;`,
			);
			await driver().reload();
			await waitFor(driver(), 'the checklist to be ready', ready, [], slow);
			expect(await driver().evaluate<boolean>(`return document.querySelector(arguments[0]).checked;`, box)).toBe(true);
			expect(await driver().evaluate<string>(`return document.querySelector('.cl-overall__text').textContent;`)).toContain('已完成 1 项');
			expect(await errors()).toEqual([]);
		});

		it('scorecard: scoring an agency ranks it', async () => {
			const ready = `return document.querySelector('.scorecard[data-ready="true"]') !== null;`;
			await open('/tools/scorecard/');
			await waitFor(driver(), 'the scorecard to be ready', ready, [], slow);
			await driver().evaluate(`localStorage.removeItem('tmall-guide:scorecard');`);
			await driver().reload();
			await waitFor(driver(), 'the scorecard to be ready', ready, [], slow);
			await driver().type('#sc-agency-name-a1', 'Hangzhou Alpha');
			await driver().select('#sc-score-a1-team', '4');
			const leader = await waitFor<{ name: string; score: string }>(
				driver(),
				'Hangzhou Alpha to lead the ranking',
				`const first = document.querySelector('.sc-result');
				const name = first && first.querySelector('.sc-result__name').textContent;
				return name === 'Hangzhou Alpha' && { name, score: first.querySelector('.sc-result__score').textContent };`,
				[],
				slow,
			);
			expect(leader.score).toContain('4.00');
			expect(await errors()).toEqual([]);
		});

		describe('search from the keyboard', () => {
			it.each([
				{ from: '/zh/guide/agent-operation/', query: '提点', expected: '/zh/guide/charging-modes/' },
				{ from: '/guide/agent-operation/', query: 'commission', expected: '/guide/charging-modes/' },
			])('Control+K on $from finds “$query” on $expected', async ({ from, query, expected }) => {
				await open(from);
				await waitFor(driver(), 'the header script', `return document.readyState === 'complete';`);
				await driver().press('k', { control: true });
				await waitFor(
					driver(),
					'the search field to have focus',
					`return document.activeElement && document.activeElement.id === 'search-dialog-input';`,
					[],
					slow,
				);
				await driver().type('#search-dialog-input', query);
				const results = await waitFor<string[]>(
					driver(),
					`results for ${query}`,
					`const links = [...document.querySelectorAll('[data-search-dialog] [data-search-results] a')].map((a) => new URL(a.href).pathname);
					return links.length > 0 && links;`,
					[],
					slow,
				);
				expect(results.slice(0, 3)).toContain(expected);
				for (const path of results) expect(path.startsWith('/zh/')).toBe(expected.startsWith('/zh/'));
				// Escape in a filled search field first clears it (engines differ), so close with the button.
				await driver().click('[data-search-close]');
				await waitFor(driver(), 'the dialog to close', `return !document.querySelector('[data-search-dialog]').open;`);
				expect(await errors()).toEqual([]);
			});
		});

		it('language switch goes to the same page in the other language', async () => {
			await open('/guide/charging-modes/');
			await driver().click('[data-lang-switch]');
			await waitFor(
				driver(),
				'the Chinese page',
				`return location.pathname === '/zh/guide/charging-modes/' && document.readyState === 'complete' && document.documentElement.lang === 'zh-CN';`,
				[],
				slow,
			);
			await driver().click('[data-lang-switch]');
			await waitFor(
				driver(),
				'the English page',
				`return location.pathname === '/guide/charging-modes/' && document.readyState === 'complete' && document.documentElement.lang === 'en';`,
				[],
				slow,
			);
		});

		it('theme switch applies dark at once and keeps it on the next page', async () => {
			await open('/');
			await driver().evaluate(`localStorage.clear();`);
			await driver().reload();
			await driver().select('[data-theme-select]', 'dark');
			await waitFor(driver(), 'the dark theme', `return document.documentElement.dataset.theme === 'dark';`);
			expect(await driver().evaluate<string>('return getComputedStyle(document.body).backgroundColor;')).toBe('rgb(18, 20, 22)');
			await open('/zh/guide/contract/');
			expect(await driver().evaluate<string>('return document.documentElement.dataset.theme;')).toBe('dark');
			expect(await driver().evaluate<string>(`return document.querySelector('[data-theme-select]').value;`)).toBe('dark');
			await driver().select('[data-theme-select]', 'light');
			await waitFor(driver(), 'the light theme', `return document.documentElement.dataset.theme === 'light';`);
			expect(await errors()).toEqual([]);
		});
	});
}
