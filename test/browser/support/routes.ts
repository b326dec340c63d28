import { readFileSync } from 'node:fs';
import { distDir as defaultDistDir } from './dist';

/**
 * The routes the site promises in every language (issues 2, 3, 4 and 6).
 * Tests compare this list with the sitemap, so a new page cannot go untested.
 */
export const expectedNeutralPaths = [
	'/',
	'/guide/agent-operation/',
	'/guide/charging-modes/',
	'/guide/agency-locations/',
	'/guide/hiring-process/',
	'/guide/contract/',
	'/guide/platform-costs/',
	'/guide/glossary/',
	'/tools/fee-calculator/',
	'/tools/checklist/',
	'/tools/scorecard/',
	'/tools/contract-check/',
	'/tools/exit-plan/',
	'/tools/cost-planner/',
	'/search/',
] as const;

export const localesUnderTest = [
	{ locale: 'en', prefix: '', lang: 'en' },
	{ locale: 'zh', prefix: '/zh', lang: 'zh-CN' },
] as const;

export function localized(prefix: string, neutralPath: string): string {
	return `${prefix}${neutralPath}`;
}

/** Paths (not full URLs) listed in the built sitemap. */
export function sitemapPaths(distDir = defaultDistDir): string[] {
	const xml = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
