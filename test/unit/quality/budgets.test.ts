import { describe, expect, it } from 'vitest';
import {
	budgetBreaches,
	budgetLimits,
	formatBudgetTable,
	moduleGraph,
	pageKind,
	pageWeights,
	staticImports,
	totalCssGz,
	untouchedJsGz,
	type PageWeights,
} from '../../support/quality/budgets';
import { fixturePages, readFixture } from './fixture-site';

/** Uncompressed length stands in for gzip so expected sums can be read straight off the fixture files. */
const lengthAsSize = (text: string) => text.length;
const files = { read: readFixture, gzipSize: lengthAsSize };
const sizeOf = (...paths: string[]) => paths.reduce((sum, path) => sum + readFixture(path)!.length, 0);

describe('staticImports', () => {
	it('finds minified and spaced static imports and re-exports', () => {
		const source = 'import{a as b}from"./a.js";import"./b.js";import * as c from \'./c.js\';export{d}from"./d.js";export*from"./e.js";';
		expect(staticImports(source)).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js']);
	});

	it('leaves out dynamic import(), import.meta and the word "import" inside identifiers', () => {
		const source = 'const load=()=>import("./lazy.js");const u=import.meta.url;const reimport="x";myimport("./no.js");';
		expect(staticImports(source)).toEqual([]);
	});
});

describe('moduleGraph', () => {
	it('follows static imports transitively, once each, and reports missing files', () => {
		const graph = moduleGraph(['/_astro/header.js', '/_astro/header.js', '/_astro/gone.js'], files);
		expect([...graph.modules].sort()).toEqual(['/_astro/header.js', '/_astro/shared.js', '/_astro/side-effect.js']);
		expect(graph.missing).toEqual(['/_astro/gone.js']);
	});
});

describe('pageWeights over the fixture site', () => {
	const pages = fixturePages();
	const weigh = (path: string) => pageWeights(path, pages.get(path)!.html, pages.get(path)!.facts, files);
	const inlineTheme = "document.documentElement.dataset.theme = 'light';".length;

	it('counts inline scripts and the module graph of module scripts, but not JSON-LD or lazy imports', () => {
		const home = weigh('/');
		expect(home.kind).toBe('content');
		expect(home.jsOnLoadGz).toBe(inlineTheme + sizeOf('/_astro/header.js', '/_astro/shared.js', '/_astro/side-effect.js'));
		expect(home.jsAfterWakeGz).toBe(home.jsOnLoadGz);
		expect(home.htmlGz).toBe(pages.get('/')!.html.length);
		expect(home.cssGz).toBe(sizeOf('/_astro/site.css'));
		expect(home.missing).toEqual([]);
	});

	it('counts client:load islands on load and client:visible islands only after they wake, sharing modules once', () => {
		const calculator = weigh('/tools/calc/');
		expect(calculator.kind).toBe('tool');
		const onLoad = sizeOf(
			'/_astro/header.js',
			'/_astro/shared.js',
			'/_astro/side-effect.js',
			'/_astro/Calculator.js',
			'/_astro/calculator-view.js',
			'/_astro/client.js',
		);
		expect(calculator.jsOnLoadGz).toBe(onLoad);
		expect(calculator.jsAfterWakeGz).toBe(onLoad + sizeOf('/_astro/Chart.js', '/_astro/chart-lib.js'));
	});

	it('adds inline style blocks to the page CSS', () => {
		expect(weigh('/guide/costs/').cssGz).toBe(sizeOf('/_astro/site.css') + '.note{color:teal}'.length);
	});
});

describe('budgets', () => {
	const row = (overrides: Partial<PageWeights>): PageWeights => ({
		page: '/',
		kind: 'content',
		htmlGz: 1000,
		jsOnLoadGz: 1000,
		jsAfterWakeGz: 1000,
		cssGz: 1000,
		missing: [],
		...overrides,
	});

	it('knows tool pages in both languages', () => {
		expect(pageKind('/tools/fee-calculator/')).toBe('tool');
		expect(pageKind('/zh/tools/checklist/')).toBe('tool');
		expect(pageKind('/guide/tools-of-the-trade/')).toBe('content');
	});

	it('accepts figures exactly at the limits', () => {
		const rows = [
			row({ page: '/guide/', jsOnLoadGz: budgetLimits.contentJsOnLoad, htmlGz: budgetLimits.html, jsAfterWakeGz: budgetLimits.jsAfterWake }),
			row({ page: '/tools/x/', kind: 'tool', jsOnLoadGz: budgetLimits.toolJsOnLoad }),
		];
		expect(budgetBreaches(rows, budgetLimits.cssTotal)).toEqual([]);
	});

	it('reports each breach one byte over, and missing modules', () => {
		const rows = [
			row({ page: '/guide/', jsOnLoadGz: budgetLimits.contentJsOnLoad + 1 }),
			row({ page: '/tools/x/', kind: 'tool', jsOnLoadGz: budgetLimits.toolJsOnLoad + 1, jsAfterWakeGz: budgetLimits.jsAfterWake + 1 }),
			row({ page: '/big/', htmlGz: budgetLimits.html + 1, missing: ['/_astro/gone.js'] }),
		];
		expect(budgetBreaches(rows, budgetLimits.cssTotal + 1)).toEqual([
			'/guide/: JavaScript on load 6.0 KB > 6.0 KB (content page)',
			'/tools/x/: JavaScript on load 20.0 KB > 20.0 KB (tool page)',
			'/tools/x/: JavaScript after islands wake 20.0 KB > 20.0 KB',
			'/big/: HTML 14.0 KB > 14.0 KB',
			'/big/: refers to /_astro/gone.js, which was not built',
			'all CSS together: 12.0 KB > 12.0 KB',
		]);
	});

	it('sums every stylesheet file and each distinct inline style block once', () => {
		expect(totalCssGz(['abc', 'de'], ['x{}', 'x{}', 'y{}'], lengthAsSize)).toBe(11);
	});

	it('prints a table with one row per page and the site CSS total', () => {
		const table = formatBudgetTable([row({ page: '/', jsOnLoadGz: 2345 }), row({ page: '/zh/tools/checklist/', kind: 'tool' })], 4321);
		const lines = table.split('\n');
		expect(lines[0]).toMatch(/^page\s+\| kind\s+\| HTML gz \(≤14\.0 KB\)/);
		expect(lines[2]).toMatch(/^\/\s+\| content \|\s+1\.0 KB \|\s+2\.3 KB \|/);
		expect(lines[3]).toMatch(/^\/zh\/tools\/checklist\/ \| tool/);
		expect(lines.at(-1)).toBe('All CSS on the site, gzipped: 4.3 KB (≤12.0 KB)');
	});
});

describe('untouchedJsGz', () => {
	it('adds each script file the browser requested, once, to the inline scripts, leaving out JSON-LD', () => {
		const facts = fixturePages().get('/')!.facts;
		const requested = ['/_astro/header.js', '/_astro/shared.js', '/_astro/header.js', '/_astro/lazy.js'];
		const inlineTheme = "document.documentElement.dataset.theme = 'light';".length;
		expect(untouchedJsGz(facts, requested, files)).toBe(inlineTheme + sizeOf('/_astro/header.js', '/_astro/shared.js', '/_astro/lazy.js'));
	});
});
