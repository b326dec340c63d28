// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { localizedNotFound } from './src/integrations/localized-not-found.ts';
import { rehypeLangOfParts } from './src/integrations/rehype-lang-of-parts.ts';
import { rehypeTableScroll } from './src/integrations/rehype-table-scroll.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { leanPreloadHelper } from './src/integrations/lean-preload.ts';
import { leanPreactClient } from './src/integrations/lean-preact-client.ts';
import { contractAdvice } from './src/integrations/contract-advice.ts';
import { sha256Source } from './src/integrations/csp-hash.ts';
import { cspDirectives, scriptResources } from './src/lib/security/csp.ts';
import { themeBootstrapScript } from './src/lib/security/theme-bootstrap.ts';

/**
 * The public address the site is deployed at. Canonical URLs, hreflang links
 * and the sitemap are absolute, so set SITE_URL when deploying elsewhere.
 */
const site = process.env.SITE_URL ?? 'https://tmall-agency-guide.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		mdx(),
		preact(),
		sitemap({
			i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
			filter: (page) => !/\/404\/?$/.test(page),
		}),
		localizedNotFound(['zh']),
		pagefindIndex(),
		securityHeaders(),
	],
	markdown: {
		// The guide's rehype plugins run on unified (remark/rehype); Astro 7's default
		// processor, Sätteri, does not run them. MDX inherits this processor.
		processor: unified({ rehypePlugins: [rehypeTableScroll, rehypeLangOfParts] }),
		// No code blocks are highlighted: Shiki writes inline styles, which the CSP forbids.
		syntaxHighlight: false,
	},
	devToolbar: { enabled: false },
	vite: {
		plugins: [leanPreloadHelper(), leanPreactClient(), contractAdvice(new URL('./content/contract-check/', import.meta.url))],
		build: {
			rollupOptions: {
				output: {
					// Rolldown's chunk groups, highest priority first:
					// - Vite's preload helper on its own: src/integrations/lean-preload.ts takes every call to it and every import of
					//   it out of the chunks, so no page loads that file (the helper inside a shared chunk would stay behind there);
					// - the helpers and Preact runtime every tool island loads at once, as one chunk (one request,
					//   one gzip stream) that the search script does not touch;
					// - the fee calculator's shared modules in one chunk; without it, the part its lazily loaded
					//   link decoder shares becomes a separate file, which costs the tool and guide pages bytes.
					//   What only the tool page draws stays out: its island file (FeeCalculator.tsx) holds the tiers,
					//   link reading and growth, and its analysis (break-evens, chart, sensitivity, margin, sharing)
					//   loads when it comes near the screen or the figures change. The compact calculator in a guide
					//   loads neither.
					codeSplitting: {
						groups: [
							{ name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 30 },
							{
								name: 'tool-shared',
								test: /[\\/]src[\\/]lib[\\/]text[\\/](?!join-sentences)|[\\/]src[\\/]lib[\\/]format[\\/](intl|list|parse-number)\.|[\\/]src[\\/]lib[\\/]locale\.ts$|[\\/]islands[\\/]shared[\\/](clipboard|shared)\.|[\\/]node_modules[\\/]preact[\\/](dist[\\/]preact\.module|jsx-runtime[\\/]dist)|[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client/,
								priority: 20,
							},
							// The fallback for a refused clipboard: the fee calculator loads it at once, the scorecard only when needed.
							{ name: 'copy-link', test: /[\\/]islands[\\/]shared[\\/]copy-link\./, priority: 16 },
							// Hooks and the parts built on them, which every tool but the fee calculator (class components) loads.
							{
								name: 'tool-hooks',
								test: /[\\/]node_modules[\\/]preact[\\/]hooks[\\/]|[\\/]islands[\\/]shared[\\/](confirm-reset|Notice|browser-storage)\./,
								priority: 15,
							},
							// The chart frame and axis ticks of the fee calculator's cost chart and the planner's cash chart: both charts
							// load after their page wakes, so the two pages share this file without loading it at once.
							{ name: 'chart', test: /[\\/]src[\\/]lib[\\/]chart[\\/]|[\\/]islands[\\/]shared[\\/]ChartFrame\./, priority: 13 },
							// What the cost planner shares with the fee calculator: the quote cost model, number formats and the checks of typed numbers, the number and quote-name boxes, the edit cycle, and the watch for a part nearing the screen (shared/near).
							{
								name: 'fee-model',
								test: /[\\/]src[\\/]lib[\\/]fees[\\/](monthly-cost|commission|guarantee|rule)\.|[\\/]src[\\/]lib[\\/]format[\\/](money|number|percent)\.|[\\/]islands[\\/]shared[\\/](NumberField|QuoteNameField|draft-tool|near)\.|[\\/]src[\\/]lib[\\/]text[\\/]join-sentences\./,
								priority: 12,
							},
							// The cost planner's own modules in one chunk; its link reader, monthly table, month-by-month sales editor and store-change defaults load on demand.
							{
								name: 'cost-planner',
								test: /[\\/]islands[\\/]CostPlanner\.tsx$|[\\/]islands[\\/]cost-planner[\\/](?!shared-link|Monthly|MonthTable|CashChart|Totals|Assumptions|Importer|Extras|RampEditor|platform-change|words)[^\\/]+\.tsx?$|[\\/]src[\\/]lib[\\/]cost-planner[\\/](plan|types|sentences|ramp)\.|[\\/]src[\\/]lib[\\/]facts[\\/]format\./,
								priority: 11,
							},
							{
								name: 'fee-calculator',
								test: /[\\/]islands[\\/]fee-calculator[\\/](?!shared-link|LinkIssues|LaterAnalysis|Analysis|CostChart|MarginSection|SensitivityTable|ShareLink|QuoteTerms)[^\\/]+\.tsx?$|[\\/]src[\\/]lib[\\/]fees[\\/](?!url-decode|pair|margin|sensitivity|chart)/,
								priority: 10,
							},
						],
					},
				},
			},
		},
	},
	security: {
		// Astro hashes the scripts and styles it renders into a <meta> policy on every
		// page; the inline theme bootstrap is added by the hash of its exact source.
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: [...scriptResources], hashes: [sha256Source(themeBootstrapScript)] },
		},
	},
});
