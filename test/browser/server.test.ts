/**
 * What the server in front of the build sends: nginx with deploy/nginx/site.conf
 * in CI (the configuration a deployment uses), or the Node fallback elsewhere.
 * Plain HTTP requests; no browser needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { headersForAllPaths } from '../../scripts/lib/serve-dist.mjs';
import { siteUrl } from './support/browser';
import { distDir } from './support/dist';

const expectedHeaders = headersForAllPaths(readFileSync(join(distDir, '_headers'), 'utf8'));

async function get(path: string, headers: Record<string, string> = {}) {
	return fetch(siteUrl(path), { headers, redirect: 'manual' });
}

describe(`the site's server (${inject('siteServer')})`, () => {
	it('is nginx with the shipped configuration when CI asks for it', () => {
		if (process.env.SERVE_DIST === 'nginx') expect(inject('siteServer')).toBe('nginx');
		expect(['nginx', 'node']).toContain(inject('siteServer'));
	});

	it.each(['/', '/zh/tools/fee-calculator/', '/no-such-page/', '/_astro/no-such-file.js'])('sends every header of _headers on %s', async (path) => {
		const response = await get(path);
		expect(Object.keys(expectedHeaders).length).toBe(5);
		for (const [name, value] of Object.entries(expectedHeaders)) expect(response.headers.get(name), name).toBe(value);
	});

	it('compresses pages and lets the browser revalidate them on every visit', async () => {
		const response = await get('/guide/contract/', { 'accept-encoding': 'gzip' });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('cache-control')).toBe('no-cache');
	});

	it('caches hashed scripts and styles for a year', async () => {
		const html = await (await get('/tools/fee-calculator/')).text();
		const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
		expect(assets.length).toBeGreaterThan(1);
		for (const asset of assets) {
			const response = await get(asset);
			expect(response.status, asset).toBe(200);
			expect(response.headers.get('content-type'), asset).toMatch(/^(text|application)\/(javascript|css); charset=utf-8$/);
			expect(response.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
		}
	});

	it('serves the search index and its WebAssembly as files, never as a page', async () => {
		const script = await get('/pagefind/pagefind.js');
		expect(script.status).toBe(200);
		expect(script.headers.get('content-type')).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
		const wasm = await get('/pagefind/wasm.en.pagefind');
		expect(wasm.status).toBe(200);
		expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
	});

	it('serves a page with or without its trailing slash, like the static host', async () => {
		for (const path of ['/guide/contract', '/guide/contract/']) {
			const response = await get(path);
			expect(response.status, path).toBe(200);
			expect(await response.text(), path).toContain('<html lang="en"');
		}
	});

	it.each([
		['/no-such-page/', 'en'],
		['/zh/no-such-page/', 'zh-CN'],
		['/zh/no-such-file.txt', 'zh-CN'],
	])('answers %s with 404 and the 404 page in %s', async (path, lang) => {
		const response = await get(path);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain(`<html lang="${lang}"`);
	});

	it('does not publish _headers, which is for other hosts', async () => {
		expect((await get('/_headers')).status).toBe(404);
	});

	it('never serves a file from outside the build', async () => {
		for (const path of ['/..%2fdist-old/index.html', '/..%2f..%2fpackage.json', '/%2e%2e/package.json', '/guide/..%2f..%2f..%2fpackage.json']) {
			const response = await get(path);
			expect(response.status, path).toBeGreaterThanOrEqual(400);
			expect(await response.text(), path).not.toContain('"name": "tmall-agency-guide"');
		}
	});
});
