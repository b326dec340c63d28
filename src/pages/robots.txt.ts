import type { APIRoute } from 'astro';

/**
 * robots.txt, generated so its Sitemap line follows `site` in astro.config.mjs
 * (and SITE_URL) instead of going stale in a hand-written file.
 */
export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('Set `site` in astro.config.mjs: robots.txt needs an absolute sitemap address.');
	const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('sitemap-index.xml', site).href}`, ''].join('\n');
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
