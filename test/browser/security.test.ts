import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sha256Source } from '../../src/integrations/csp-hash';
import { directiveSources, headerPolicy, metaPolicy } from '../../src/lib/security/csp';
import { settle } from './support/axe';
import { siteUrl, useBrowser } from './support/browser';
import { builtPages, deployedOrigin, distDir, notFoundPages, readBuilt, sitemapPaths } from './support/built-site';
import { expectNone } from './support/report';

describe('Content-Security-Policy in the built pages', () => {
	const pages = [...builtPages().values()];

	it('every page carries a policy whose script-src allows no unsafe-inline, unsafe-eval or wildcard', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const policy = metaPolicy(page.html);
			if (!policy) {
				problems.push(`${page.path}: no <meta http-equiv="content-security-policy">`);
				continue;
			}
			const scriptSources = directiveSources(policy, 'script-src') ?? directiveSources(policy, 'default-src');
			if (!scriptSources) problems.push(`${page.path}: no script-src or default-src`);
			for (const source of scriptSources ?? []) {
				if (["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'].includes(source)) {
					problems.push(`${page.path}: script-src allows ${source}`);
				}
			}
			if (directiveSources(policy, 'object-src')?.join(' ') !== "'none'") problems.push(`${page.path}: object-src is not 'none'`);
		}
		expectNone(problems, 'Content-Security-Policy problems');
	});

	it('every inline script and style block is allowed by its hash, and no element uses a style attribute', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const policy = metaPolicy(page.html) ?? '';
			const scriptSources = directiveSources(policy, 'script-src') ?? [];
			const styleSources = directiveSources(policy, 'style-src') ?? [];
			for (const script of page.facts.scripts) {
				if (script.inline === undefined) continue;
				const hash = `'${sha256Source(script.inline)}'`;
				if (!scriptSources.includes(hash)) problems.push(`${page.path}: inline script ${hash} is not in script-src: ${script.inline.slice(0, 60)}…`);
			}
			for (const css of page.facts.inlineStyles) {
				const hash = `'${sha256Source(css)}'`;
				if (!styleSources.includes(hash) && !styleSources.includes("'unsafe-inline'"))
					problems.push(`${page.path}: inline <style> ${hash} is not in style-src`);
			}
			for (const element of page.facts.styleAttributes) problems.push(`${page.path}: style attribute on ${element} (blocked by style-src)`);
		}
		expectNone(problems, 'Content-Security-Policy problems');
	});

	it('no element has an inline event handler attribute (on…=)', () => {
		const handlers = pages.flatMap((page) => page.facts.inlineHandlers.map((handler) => `${page.path}: ${handler.attribute} on ${handler.describe}`));
		expectNone(handlers, 'Inline event handlers');
	});

	it('_headers for static hosts sets the same policy plus frame-ancestors, nosniff, a referrer policy and a permissions policy', () => {
		const headers = readBuilt('_headers');
		const [first] = pages;
		const expected = headerPolicy(metaPolicy(first!.html)!);
		const lines = headers.split('\n').map((line) => line.trim());
		expect(lines).toContain('/*');
		expect(lines).toContain(`Content-Security-Policy: ${expected}`);
		expect(expected).toContain("frame-ancestors 'none'");
		expect(lines).toContain('X-Content-Type-Options: nosniff');
		expect(lines.some((line) => /^Referrer-Policy: (no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(line))).toBe(true);
		expect(lines.some((line) => /^Permissions-Policy: .*camera=\(\).*microphone=\(\).*/.test(line))).toBe(true);
	});

	it('robots.txt names the sitemap on the deployed site, and the favicon exists', () => {
		expect(readBuilt('robots.txt')).toMatch(new RegExp(`^Sitemap: ${deployedOrigin()}/sitemap-index\\.xml$`, 'm'));
		expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
	});
});

interface Watch {
	outsideRequests: string[];
	cspViolations: () => Promise<string[]>;
}

/** Records every request to a host other than the local server, and every CSP violation the page reports. */
async function watch(page: Page): Promise<Watch> {
	const ownHost = new URL(siteUrl('/')).host;
	const outsideRequests: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (['data:', 'blob:'].includes(url.protocol)) return;
		if (url.host !== ownHost) outsideRequests.push(request.url());
	});
	return {
		outsideRequests,
		cspViolations: () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []),
	};
}

describe('pages load nothing from other hosts and break no policy', () => {
	const browser = useBrowser();
	let prepared = false;
	async function open(path: string) {
		if (!prepared) {
			await browser.context.addInitScript(() => {
				const log: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
				document.addEventListener('securitypolicyviolation', (event) =>
					log.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`),
				);
			});
			prepared = true;
		}
		const page = await browser.context.newPage();
		const watched = await watch(page);
		await page.goto(siteUrl(path), { waitUntil: 'load' });
		return { page, ...watched };
	}

	it.each([...sitemapPaths(), ...notFoundPages.map((page) => page.visit)])('%s', async (path) => {
		const { page, outsideRequests, cspViolations } = await open(path);
		await settle(page);
		const violations = await cspViolations();
		await page.close();
		expectNone(outsideRequests, `Requests to other hosts from ${path}`);
		expectNone(violations, `CSP violations on ${path}`);
	});

	it.each([
		['/', 'commission', '/'],
		['/zh/', '代运营', '/zh/'],
	])('search on %s finds "%s" under the policy, in its own language, with no outside request', async (path, query, prefix) => {
		const { page, outsideRequests, cspViolations } = await open(path);
		await page.click('[data-search-open]');
		await page.locator('[data-search-dialog] [data-search-input]').fill(query);
		const results = page.locator('[data-search-dialog] .site-search__result a');
		await results.first().waitFor({ state: 'visible' });
		const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		const violations = await cspViolations();
		await page.close();
		expect(hrefs.length).toBeGreaterThan(0);
		expect(
			hrefs.filter((href) => (prefix === '/zh/') !== href.startsWith('/zh/')),
			'results in the other language',
		).toEqual([]);
		expectNone(outsideRequests, 'Requests to other hosts');
		expectNone(violations, 'CSP violations');
	});
});
