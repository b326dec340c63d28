import { describe, expect, it } from 'vitest';
import { sitemapLocations, sitemapPagePaths, toLocalUrl } from '../../support/quality/sitemap';
import { readFixture } from './fixture-site';

describe('sitemap', () => {
	it('reads <loc> entries and decodes XML entities', () => {
		expect(sitemapLocations(readFixture('/sitemap-0.xml')!)).toEqual([
			'https://guide.example/',
			'https://guide.example/guide/costs/?a=1&b=2',
			'https://guide.example/zh/guide/costs/',
		]);
	});

	it('follows the index to each sitemap and returns page paths', () => {
		const paths = sitemapPagePaths(readFixture('/sitemap-index.xml')!, (location) => readFixture(new URL(location).pathname)!);
		expect(paths).toEqual(['/', '/guide/costs/', '/zh/guide/costs/']);
	});

	it('maps a deployed address onto the local test origin', () => {
		expect(toLocalUrl('https://guide.example/zh/guide/costs/?a=1', 'http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173/zh/guide/costs/?a=1');
	});
});
