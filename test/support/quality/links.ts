/**
 * The link gate over the built site: every internal link, resource and `#id`
 * anchor must resolve to a built file or element, and a page never links to a
 * page in the other language except through the language switch.
 * Build-time only; pure functions over page facts and the list of built files.
 */
import type { PageFacts, PageReference } from './page-facts';

export type Locale = 'en' | 'zh';

export interface LinkProblem {
	/** URL path of the page that holds the link, e.g. `/zh/guide/contract/`. */
	page: string;
	reference: string;
	element: string;
	reason: string;
}

export interface ResolvedTarget {
	/** Path within the site, decoded, without query or fragment: `/guide/contract/`. */
	path: string;
	/** Decoded fragment without `#`, or undefined when there is none. */
	fragment?: string;
}

/** The built file a URL path maps to, with `build.format: 'directory'`: `/x/` → `x/index.html`. */
export function fileCandidates(path: string): string[] {
	const relative = path.replace(/^\/+/, '');
	if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
	return [relative, `${relative}/index.html`, `${relative}.html`];
}

/** The URL path a built HTML file is served at: `guide/x/index.html` → `/guide/x/`, `404.html` → `/404.html`. */
export function pathForFile(relativeFile: string): string {
	const normalized = relativeFile.replace(/\\/g, '/').replace(/^\/+/, '');
	if (normalized === 'index.html') return '/';
	if (normalized.endsWith('/index.html')) return `/${normalized.slice(0, -'index.html'.length)}`;
	return `/${normalized}`;
}

/** Which language a page belongs to, from its path: Chinese pages live under `/zh/`. */
export function localeOfPath(path: string): Locale {
	return path === '/zh' || path.startsWith('/zh/') || path === '/zh.html' ? 'zh' : 'en';
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * Resolves a link against the page it appears on. Returns undefined for links
 * that leave the site (other origins, mailto:, tel:), which this gate does not follow.
 */
export function resolveInternal(value: string, pagePath: string, siteOrigin: string): ResolvedTarget | undefined {
	const base = new URL(pagePath, siteOrigin);
	const url = new URL(value.trim(), base);
	if (url.origin !== base.origin) return undefined;
	return {
		path: safeDecode(url.pathname),
		fragment: url.hash ? safeDecode(url.hash.slice(1)) : undefined,
	};
}

/** The built HTML file a path resolves to, or the non-HTML file, or undefined if nothing was built there. */
export function findBuiltFile(path: string, builtFiles: ReadonlySet<string>): string | undefined {
	return fileCandidates(path).find((candidate) => builtFiles.has(candidate));
}

export interface SiteForLinks {
	/** URL path of each built page → its facts. */
	pages: ReadonlyMap<string, PageFacts>;
	/** Every file in `dist/`, relative, with forward slashes. */
	files: ReadonlySet<string>;
	/** The deployed origin from `site` in astro.config.mjs: absolute links to it are internal. */
	siteOrigin: string;
}

function checkReference(pagePath: string, reference: PageReference, site: SiteForLinks): string | undefined {
	const value = reference.value.trim();
	if (value === '') return 'empty URL';
	if (/^javascript:/i.test(value)) return 'javascript: URL (blocked by the Content-Security-Policy)';
	if (value === '#') return 'href="#" goes nowhere';
	if (!URL.canParse(value, new URL(pagePath, site.siteOrigin))) return 'not a valid URL';
	const target = resolveInternal(value, pagePath, site.siteOrigin);
	if (!target) return undefined;
	const file = findBuiltFile(target.path, site.files);
	if (!file) return `nothing is built at ${target.path}`;
	const isPage = file.endsWith('.html');
	if (reference.navigates && isPage && !reference.languageSwitch) {
		const from = localeOfPath(pagePath);
		const to = localeOfPath(target.path);
		if (from !== to) return `a ${from} page links to the ${to} page ${target.path} (only the language switch may)`;
	}
	if (target.fragment !== undefined) {
		if (!isPage) return `#${target.fragment} points into a non-HTML file`;
		// "#top" scrolls to the top by the HTML standard, with no element needed.
		if (target.fragment.toLowerCase() === 'top') return undefined;
		const targetPage = site.pages.get(pathForFile(file));
		if (!targetPage?.ids.has(target.fragment)) return `no element with id "${target.fragment}" on ${pathForFile(file)}`;
	}
	return undefined;
}

/** Every broken link, missing anchor and cross-language link on the site. */
export function checkLinks(site: SiteForLinks): LinkProblem[] {
	const problems: LinkProblem[] = [];
	for (const [pagePath, facts] of site.pages) {
		for (const reference of facts.references) {
			const reason = checkReference(pagePath, reference, site);
			if (reason) problems.push({ page: pagePath, reference: reference.value, element: reference.describe, reason });
		}
	}
	return problems;
}

/** One line per problem, grouped by page, for a readable test failure. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
	return problems.map((problem) => `${problem.page}: ${problem.element} → ${problem.reference}: ${problem.reason}`).join('\n');
}
