import { gzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import { budgetBreaches, budgetLimits, formatBudgetTable, formatKb, pageKind, pageWeights, totalCssGz, untouchedJsGz } from '../support/quality/budgets';
import { siteUrl, useBrowser } from './support/browser';
import { expectNone } from './support/report';
import { builtPages, readBuiltPath } from './support/built-site';

/** Default gzip level, as static hosts serve it. */
const gzipSize = (text: string) => gzipSync(Buffer.from(text, 'utf8')).length;

describe('size budgets of the built site', () => {
	it('every page stays within its JavaScript and HTML budgets, and all CSS within the site budget', () => {
		const pages = [...builtPages().values()].sort((a, b) => a.path.localeCompare(b.path));
		const rows = pages.map((page) => pageWeights(page.path, page.html, page.facts, { read: readBuiltPath, gzipSize }));
		// The stylesheets pages actually link (Pagefind's unused UI stylesheets are never fetched).
		const linked = new Set(pages.flatMap((page) => page.facts.stylesheets.map((href) => new URL(href, `http://site.invalid${page.path}`).pathname)));
		const cssFiles = [...linked].map((path) => readBuiltPath(path) ?? '');
		const cssTotal = totalCssGz(
			cssFiles,
			pages.flatMap((page) => page.facts.inlineStyles),
			gzipSize,
		);
		console.log(`\nSize budgets (gzipped, 1 KB = 1000 bytes)\n${formatBudgetTable(rows, cssTotal)}\n`);
		// Exact bytes for the pages that run a tool (on load, or once its island wakes), so a change of a few bytes
		// shows when comparing two builds ("no heavier than before" needs more than one decimal of a KB).
		const toolRows = rows.filter((row) => row.kind === 'tool' || row.jsAfterWakeGz !== row.jsOnLoadGz);
		console.log(
			`Tool and embed pages, exact gzipped bytes (JS on load / JS after wake / HTML)\n${toolRows
				.map(
					(row) =>
						`${row.page.padEnd(32)} ${String(row.jsOnLoadGz).padStart(6)} / ${String(row.jsAfterWakeGz).padStart(6)} / ${String(row.htmlGz).padStart(6)}`,
				)
				.join('\n')}\n`,
		);
		const breaches = budgetBreaches(rows, cssTotal);
		expectNone(breaches, 'Budget breaches');
	});
});

/**
 * Words only the other language's page may download: the "results updated" of the planner's later parts;
 * the first contract topic's advice (the dispute: each page does carry the other language's proposed
 * wording); the contract check's "change before signing" mark and its controls' heading.
 */
const otherLanguageOnly = {
	en: ['结果已更新。', '商家到期不再付款', '签约前必须修改', '保存、分享和打印'],
	zh: ['Results updated.', 'The merchant stops paying at the end of the year', 'change this clause before you sign', 'Save, share and print'],
};

describe('what a tool page downloads before anyone touches it', () => {
	const browser = useBrowser();

	it('stays within its budget, counting the modules its islands load by themselves after waking, and holds its own language only', async () => {
		const tools = [...builtPages().values()].filter((page) => pageKind(page.path) === 'tool').sort((a, b) => a.path.localeCompare(b.path));
		const rows: string[] = [];
		const breaches: string[] = [];
		for (const tool of tools) {
			const page = await browser.context.newPage();
			const requested: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.origin === new URL(siteUrl()).origin && url.pathname.endsWith('.js')) requested.push(url.pathname);
			});
			await page.goto(siteUrl(tool.path), { waitUntil: 'load' });
			// Every island that wakes on load has woken, and whatever it asked for next has arrived (500 ms without a request).
			await page.waitForFunction(() => !document.querySelector('astro-island[ssr][client="load"]'));
			await page.waitForLoadState('networkidle');
			await page.close();
			const gz = untouchedJsGz(tool.facts, requested, { read: readBuiltPath, gzipSize });
			const foreign = otherLanguageOnly[tool.path.startsWith('/zh/') ? 'zh' : 'en'];
			for (const path of new Set(requested))
				for (const words of foreign) if (readBuiltPath(path)?.includes(words)) breaches.push(`${tool.path}: ${path} holds the other language's "${words}"`);
			rows.push(`${tool.path.padEnd(32)} ${String(gz).padStart(6)}`);
			if (gz > budgetLimits.toolJsUntouched)
				breaches.push(`${tool.path}: JavaScript downloaded untouched ${formatKb(gz)} > ${formatKb(budgetLimits.toolJsUntouched)}`);
		}
		console.log(`\nTool pages left untouched in Chromium (1280 × 900), gzipped JavaScript downloaded, exact bytes\n${rows.join('\n')}\n`);
		expectNone(breaches, 'Budget breaches');
	});
});
