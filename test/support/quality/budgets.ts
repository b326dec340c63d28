/**
 * Size budgets computed from the built site: how much gzipped JavaScript a
 * page runs before any interaction, how much once its islands wake, and how
 * heavy its HTML and CSS are. Build-time only; pure functions, with file
 * reading and compression passed in so tests can use fixtures.
 */
import type { PageFacts } from './page-facts';

/** 1 KB = 1000 bytes: the stricter reading, so a pass holds under either. */
export const kilobyte = 1000;

export const budgetLimits = {
	/** A content page before interaction (search may load more once opened). */
	contentJsOnLoad: 6 * kilobyte,
	/** A tool page before interaction. */
	toolJsOnLoad: 20 * kilobyte,
	/** Any page once its client:visible / client:media islands have woken. */
	jsAfterWake: 20 * kilobyte,
	/**
	 * A tool page left untouched, measured in a browser: everything above plus the modules its
	 * islands load by themselves just after waking (later parts, advice, words), which the
	 * static figures above cannot see. Parts loaded when the reader asks (search, a shared
	 * link's reader, an analysis further down) are not in it. The heaviest, the contract check
	 * (28.8 KB in Chinese, December 2026), loads its controls and every topic's advice just after waking.
	 */
	toolJsUntouched: 30 * kilobyte,
	/** Each HTML document. */
	html: 14 * kilobyte,
	/** Every stylesheet on the site together. */
	cssTotal: 12 * kilobyte,
} as const;

/** Island directives that hydrate without the user doing anything visible: on load, when idle, or client-only. */
const wakesOnLoad = new Set(['load', 'idle', 'only']);

export interface SiteFiles {
	/** Text of a built file by URL path (`/_astro/x.js`), or undefined if there is none. */
	read(path: string): string | undefined;
	/** Compressed size in bytes. */
	gzipSize(text: string): number;
}

export interface PageWeights {
	page: string;
	kind: 'tool' | 'content';
	htmlGz: number;
	jsOnLoadGz: number;
	jsAfterWakeGz: number;
	cssGz: number;
	/** Module files a page refers to that were not built: always a failure. */
	missing: string[];
}

/**
 * Static import specifiers of an ES module (`import … from "x"`, `import "x"`,
 * `export … from "x"`). Dynamic `import()` is left out on purpose: it loads
 * on demand (Pagefind, for example), not on page load.
 */
export function staticImports(source: string): string[] {
	const specifiers: string[] = [];
	const pattern = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g;
	for (const match of source.matchAll(pattern)) specifiers.push(match[1]!);
	return specifiers;
}

function resolveModule(specifier: string, fromPath: string): string | undefined {
	if (!/^(\.{1,2})?\//.test(specifier)) return undefined;
	return new URL(specifier, new URL(fromPath, 'http://site.invalid')).pathname;
}

/** Every module file reachable through static imports from the entries, and the ones that do not exist. */
export function moduleGraph(entries: Iterable<string>, files: Pick<SiteFiles, 'read'>): { modules: Set<string>; missing: string[] } {
	const modules = new Set<string>();
	const missing: string[] = [];
	const queue = [...entries];
	while (queue.length) {
		const path = queue.shift()!;
		if (modules.has(path) || missing.includes(path)) continue;
		const source = files.read(path);
		if (source === undefined) {
			missing.push(path);
			continue;
		}
		modules.add(path);
		for (const specifier of staticImports(source)) {
			const resolved = resolveModule(specifier, path);
			if (resolved) queue.push(resolved);
		}
	}
	return { modules, missing };
}

function sitePath(url: string, pagePath: string): string {
	return new URL(url, new URL(pagePath, 'http://site.invalid')).pathname;
}

/** Tool pages get the larger budget: they exist to run code. */
export function pageKind(path: string): PageWeights['kind'] {
	return /^(\/zh)?\/tools\//.test(path) ? 'tool' : 'content';
}

function islandEntries(island: PageFacts['islands'][number]): string[] {
	return [island.componentUrl, island.rendererUrl, island.beforeHydrationUrl].filter((url): url is string => Boolean(url));
}

/** The weights of one page: its HTML, the JavaScript it runs on load and after its islands wake, and its CSS. */
export function pageWeights(page: string, html: string, facts: PageFacts, files: SiteFiles): PageWeights {
	const resolve = (url: string) => sitePath(url, page);
	const inlineScriptsGz = facts.scripts.reduce((sum, script) => sum + (script.inline ? files.gzipSize(script.inline) : 0), 0);
	const onLoadEntries = [
		...facts.scripts.flatMap((script) => (script.src ? [resolve(script.src)] : [])),
		...facts.preloadedModules.map(resolve),
		...facts.islands
			.filter((island) => wakesOnLoad.has(island.client))
			.flatMap(islandEntries)
			.map(resolve),
	];
	const afterWakeEntries = [...onLoadEntries, ...facts.islands.flatMap(islandEntries).map(resolve)];
	const sizeOf = (modules: Set<string>) => [...modules].reduce((sum, path) => sum + files.gzipSize(files.read(path) ?? ''), 0);
	const onLoad = moduleGraph(onLoadEntries, files);
	const afterWake = moduleGraph(afterWakeEntries, files);
	const cssGz =
		facts.stylesheets.reduce((sum, href) => sum + files.gzipSize(files.read(resolve(href)) ?? ''), 0) +
		facts.inlineStyles.reduce((sum, css) => sum + files.gzipSize(css), 0);
	return {
		page,
		kind: pageKind(page),
		htmlGz: files.gzipSize(html),
		jsOnLoadGz: inlineScriptsGz + sizeOf(onLoad.modules),
		jsAfterWakeGz: inlineScriptsGz + sizeOf(afterWake.modules),
		cssGz,
		missing: [...new Set([...onLoad.missing, ...afterWake.missing])],
	};
}

/**
 * Gzipped JavaScript a page downloaded in a browser before anyone touched it: its inline
 * scripts plus every script file it requested (each counted once).
 */
export function untouchedJsGz(facts: PageFacts, requestedPaths: Iterable<string>, files: SiteFiles): number {
	const inlineScriptsGz = facts.scripts.reduce((sum, script) => sum + (script.inline ? files.gzipSize(script.inline) : 0), 0);
	return [...new Set(requestedPaths)].reduce((sum, path) => sum + files.gzipSize(files.read(path) ?? ''), inlineScriptsGz);
}

/** Gzipped size of the given stylesheet files plus every distinct inline `<style>` block. */
export function totalCssGz(cssFiles: Iterable<string>, inlineStyles: Iterable<string>, gzipSize: (text: string) => number): number {
	let total = 0;
	for (const css of cssFiles) total += gzipSize(css);
	for (const css of new Set(inlineStyles)) total += gzipSize(css);
	return total;
}

/** Every budget a page or the site exceeds, as readable lines. */
export function budgetBreaches(rows: readonly PageWeights[], cssTotalGz: number, limits = budgetLimits): string[] {
	const breaches: string[] = [];
	const over = (value: number, limit: number) => `${formatKb(value)} > ${formatKb(limit)}`;
	for (const row of rows) {
		const onLoadLimit = row.kind === 'tool' ? limits.toolJsOnLoad : limits.contentJsOnLoad;
		if (row.jsOnLoadGz > onLoadLimit) breaches.push(`${row.page}: JavaScript on load ${over(row.jsOnLoadGz, onLoadLimit)} (${row.kind} page)`);
		if (row.jsAfterWakeGz > limits.jsAfterWake) breaches.push(`${row.page}: JavaScript after islands wake ${over(row.jsAfterWakeGz, limits.jsAfterWake)}`);
		if (row.htmlGz > limits.html) breaches.push(`${row.page}: HTML ${over(row.htmlGz, limits.html)}`);
		for (const path of row.missing) breaches.push(`${row.page}: refers to ${path}, which was not built`);
	}
	if (cssTotalGz > limits.cssTotal) breaches.push(`all CSS together: ${over(cssTotalGz, limits.cssTotal)}`);
	return breaches;
}

export function formatKb(bytes: number): string {
	return `${(bytes / kilobyte).toFixed(1)} KB`;
}

/** A plain-text table of every page's figures, with the limits in the header. */
export function formatBudgetTable(rows: readonly PageWeights[], cssTotalGz: number, limits = budgetLimits): string {
	const header = [
		'page',
		'kind',
		`HTML gz (≤${formatKb(limits.html)})`,
		`JS on load gz (≤${formatKb(limits.contentJsOnLoad)} content, ≤${formatKb(limits.toolJsOnLoad)} tool)`,
		`JS after wake gz (≤${formatKb(limits.jsAfterWake)})`,
		'CSS gz (page)',
	];
	const body = rows.map((row) => [row.page, row.kind, formatKb(row.htmlGz), formatKb(row.jsOnLoadGz), formatKb(row.jsAfterWakeGz), formatKb(row.cssGz)]);
	const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
	const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ');
	return [
		line(header),
		widths.map((width) => '-'.repeat(width)).join('-|-'),
		...body.map(line),
		`All CSS on the site, gzipped: ${formatKb(cssTotalGz)} (≤${formatKb(limits.cssTotal)})`,
	].join('\n');
}
