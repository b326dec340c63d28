import { describe, expect, it } from 'vitest';
import { headersForAllPaths } from '../../../scripts/lib/serve-dist.mjs';
import { headersFile } from '../../../src/lib/security/csp';

describe('headersForAllPaths', () => {
	it('reads back every header that the build writes for /*', () => {
		const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
		const headers = headersForAllPaths(headersFile(policy));
		expect(headers['Content-Security-Policy']).toBe(`${policy}; frame-ancestors 'none'`);
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(Object.keys(headers)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy']);
	});

	it('ignores comments and headers meant for other paths', () => {
		const text = ['# comment', '/admin/*', '  X-Robots-Tag: noindex', '/*', '  Referrer-Policy: no-referrer', ''].join('\n');
		expect(headersForAllPaths(text)).toEqual({ 'Referrer-Policy': 'no-referrer' });
	});
});
