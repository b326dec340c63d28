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
		const cssTotal = totalCssGz(cssFiles, pages.flatMap((page) => page.facts.inlineStyles), gzipSize);
		console.log(`\nSize budgets (gzipped, 1 KB = 1000 bytes)\n${formatBudgetTable(rows, cssTotal)}\n`);
		const breaches = budgetBreaches(rows, cssTotal);
		expectNone(breaches, 'Budget breaches');
	});
});
