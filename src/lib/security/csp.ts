/**
 * The site's Content-Security-Policy, shared by astro.config.mjs (which writes
 * it into every page's <meta http-equiv> with the hashes of the scripts and
 * styles Astro renders) and by the build step that writes `_headers` for
 * static hosts. Pure functions: no DOM, no file system; the hashing, which needs
 * Node's crypto, is in src/integrations/csp-hash.ts.
 */

/**
 * Directives besides script-src and style-src, which Astro owns. Everything
 * comes from the site's own origin; nothing may frame, embed or post elsewhere.
 */
export const cspDirectives = [
	"default-src 'self'",
	"base-uri 'self'",
	"object-src 'none'",
	"form-action 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"frame-src 'none'",
] as const;

/**
 * Script sources besides hashes. Pagefind compiles WebAssembly, which needs
 * 'wasm-unsafe-eval': it allows WebAssembly compilation, not eval of strings.
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Directives a <meta> policy cannot carry (browsers ignore them and warn), so only the header sets them. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** Security headers for every response besides the policy itself. */
export const otherSecurityHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Splits a policy into trimmed, non-empty directives. */
export function parsePolicy(policy: string): string[] {
	return policy
		.split(';')
		.map((directive) => directive.trim().replace(/\s+/g, ' '))
		.filter(Boolean);
}

/** The value of one directive (`script-src`) as a list of sources, or undefined if absent. */
export function directiveSources(policy: string, name: string): string[] | undefined {
	const directive = parsePolicy(policy).find((entry) => entry.split(' ')[0] === name);
	return directive?.split(' ').slice(1);
}

/** The header form of a page's <meta> policy: the same directives plus the header-only ones. */
export function headerPolicy(metaPolicy: string): string {
	return [...parsePolicy(metaPolicy), ...headerOnlyDirectives].join('; ');
}

/** `_headers` (Netlify / Cloudflare Pages format) applying the policy and the other headers to every path. */
export function headersFile(metaPolicy: string): string {
	const headers = { 'Content-Security-Policy': headerPolicy(metaPolicy), ...otherSecurityHeaders };
	const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
	return ['# Written by the build (src/integrations/security-headers.ts): do not edit.', '/*', ...lines, ''].join('\n');
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicy(html: string): string | undefined {
	for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
		if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
		const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(tag);
		if (content) return decodeAttribute(content[1] ?? content[2] ?? '');
	}
	return undefined;
}

function decodeAttribute(value: string): string {
	return value
		.replace(/&#39;|&#x27;|&apos;/gi, "'")
		.replace(/&quot;|&#34;|&#x22;/gi, '"')
		.replace(/&lt;/gi, '<')
		.replace(/&gt;/gi, '>')
		.replace(/&amp;/gi, '&');
}
