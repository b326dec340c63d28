import { describe, expect, it } from 'vitest';
import { pageFacts } from '../../support/quality/page-facts';
import { fixturePages } from './fixture-site';

describe('pageFacts', () => {
	const pages = fixturePages();
	const home = pages.get('/')!.facts;
	const costs = pages.get('/guide/costs/')!.facts;
	const calculator = pages.get('/tools/calc/')!.facts;

	it('reads the document language and every id, including ids in template content', () => {
		expect(home.lang).toBe('en');
		expect([...home.ids]).toEqual(['main', 'top-heading']);
		expect(costs.ids.has('费用')).toBe(true);
		expect(calculator.ids.has('inside-template')).toBe(true);
	});

	it('treats canonical and hreflang alternates as metadata, not links', () => {
		const values = home.references.map((reference) => reference.value);
		expect(values).not.toContain('https://guide.example/');
		expect(values).not.toContain('https://guide.example/zh/');
		expect(values).toContain('/_astro/site.css');
		expect(values).toContain('/favicon.svg');
	});

	it('marks page links as navigating and only the data-lang-switch link as the language switch', () => {
		const switchLinks = home.references.filter((reference) => reference.languageSwitch);
		expect(switchLinks.map((reference) => reference.value)).toEqual(['/zh/']);
		const stylesheet = home.references.find((reference) => reference.value === '/_astro/site.css')!;
		expect(stylesheet.navigates).toBe(false);
		const form = home.references.find((reference) => reference.element === 'form')!;
		expect(form).toMatchObject({ value: '/search/', navigates: true });
	});

	it('keeps executable scripts and leaves JSON-LD data blocks out', () => {
		expect(home.scripts).toEqual([
			{ kind: 'classic', inline: "document.documentElement.dataset.theme = 'light';" },
			{ kind: 'module', src: '/_astro/header.js' },
		]);
	});

	it('finds inline event handler attributes but not the same words in text or JSON', () => {
		expect(home.inlineHandlers).toEqual([]);
		expect(costs.inlineHandlers).toEqual([{ attribute: 'onclick', describe: '<button> "Inline handler"' }]);
	});

	it('finds style attributes and inline style blocks', () => {
		expect(costs.styleAttributes).toEqual(['<div> "Styled inline"']);
		expect(costs.inlineStyles).toEqual(['.note{color:teal}']);
	});

	it('reads each island with its hydration directive and module URLs', () => {
		expect(
			calculator.islands.map(({ client, componentUrl, rendererUrl, beforeHydrationUrl }) => ({ client, componentUrl, rendererUrl, beforeHydrationUrl })),
		).toEqual([
			{ client: 'load', componentUrl: '/_astro/Calculator.js', rendererUrl: '/_astro/client.js', beforeHydrationUrl: undefined },
			{ client: 'visible', componentUrl: '/_astro/Chart.js', rendererUrl: '/_astro/client.js', beforeHydrationUrl: undefined },
		]);
	});

	it('finds module preloads', () => {
		const facts = pageFacts('<!doctype html><html><head><link rel="modulepreload" href="/_astro/a.js"></head><body></body></html>');
		expect(facts.preloadedModules).toEqual(['/_astro/a.js']);
	});
});
