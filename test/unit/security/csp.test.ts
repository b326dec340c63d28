import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Source } from '../../../src/integrations/csp-hash';
import { directiveSources, headerPolicy, headersFile, metaPolicy, parsePolicy } from '../../../src/lib/security/csp';

const policy = "default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def=';";

describe('Content-Security-Policy helpers', () => {
	it('hashes text the way browsers check inline scripts (SHA-256 of the UTF-8 source, base64)', () => {
		const source = "document.documentElement.dataset.theme = '暗';";
		expect(sha256Source(source)).toBe(`sha256-${createHash('sha256').update(Buffer.from(source, 'utf8')).digest('base64')}`);
	});

	it('splits a policy into directives and reads one directive', () => {
		expect(parsePolicy(policy)).toEqual([
			"default-src 'self'",
			"object-src 'none'",
			"script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='",
			"style-src 'self' 'sha256-def='",
		]);
		expect(directiveSources(policy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='"]);
		expect(directiveSources(policy, 'frame-ancestors')).toBeUndefined();
	});

	it('reads the policy from a page meta tag, decoding entities', () => {
		const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;; style-src 'self'"></head>`;
		expect(metaPolicy(html)).toBe("script-src 'self'; style-src 'self'");
		expect(metaPolicy('<head><meta name="description" content="x"></head>')).toBeUndefined();
	});

	it('adds frame-ancestors only to the header form, which a meta tag cannot carry', () => {
		expect(headerPolicy(policy)).toBe(`${parsePolicy(policy).join('; ')}; frame-ancestors 'none'`);
		const file = headersFile(policy);
		expect(file.split('\n').slice(1, 3)).toEqual(['/*', `  Content-Security-Policy: ${headerPolicy(policy)}`]);
		expect(file).toContain('  X-Content-Type-Options: nosniff\n');
		expect(file).toMatch(/\n {2}Referrer-Policy: \S+/);
		expect(file).toMatch(/\n {2}Permissions-Policy: .*camera=\(\)/);
	});
});
