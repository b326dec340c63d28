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
		build: {
			rollupOptions: {
				output: {
					// The small helpers the tool islands share on load (text, number reading, locale,
					// clipboard; nothing that imports Preact, since the search script uses `fill` too) travel as one chunk: one request and one gzip stream per page
					// instead of six, which keeps the tool pages within their JavaScript budget.
					manualChunks(id) {
						if (/\/src\/lib\/text\/|\/src\/lib\/format\/(intl|list|parse-number)\.|\/src\/lib\/locale\.ts$|\/islands\/shared\/clipboard\./.test(id)) return 'tool-shared';
						return undefined;
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
