import { gzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import { budgetBreaches, formatBudgetTable, pageWeights, totalCssGz } from '../support/quality/budgets';
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
