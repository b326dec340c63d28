import { describe, expect, it } from 'vitest';
import { nginxHeaderLines, privateNginxConfig } from '../../../scripts/lib/nginx.mjs';
import { fileForPath, headersForAllPaths } from '../../../scripts/lib/serve-dist.mjs';
import { headersFile } from '../../../src/lib/security/csp';

describe('headersForAllPaths', () => {
	it('reads back every header that the build writes for /*', () => {
		const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
		const headers = headersForAllPaths(headersFile(policy));
		expect(headers['Content-Security-Policy']).toBe(`${policy}; frame-ancestors 'none'`);
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(Object.keys(headers)).toEqual([
			'Content-Security-Policy',
			'X-Content-Type-Options',
			'Referrer-Policy',
			'Permissions-Policy',
			'Cross-Origin-Opener-Policy',
		]);
	});

	it('ignores comments and headers meant for other paths', () => {
		const text = ['# comment', '/admin/*', '  X-Robots-Tag: noindex', '/*', '  Referrer-Policy: no-referrer', ''].join('\n');
		expect(headersForAllPaths(text)).toEqual({ 'Referrer-Policy': 'no-referrer' });
	});
});

describe('fileForPath', () => {
	const base = '/srv/site/dist';

	it('maps a URL path to a file inside the site folder', () => {
		expect(fileForPath(base, '/guide/contract/')).toBe('/srv/site/dist/guide/contract/');
		expect(fileForPath(base, '/zh/%E6%8C%87%E5%8D%97.html')).toBe('/srv/site/dist/zh/指南.html');
		expect(fileForPath(base, '/')).toBe('/srv/site/dist/');
	});

	it('refuses paths that leave the site folder, including a sibling whose name starts the same', () => {
		expect(fileForPath(base, '/..%2fdist-old/x')).toBeUndefined();
		expect(fileForPath(base, '/../dist-old/x')).toBeUndefined();
		expect(fileForPath(base, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
		expect(fileForPath(base, '/guide/..%2f..%2f..%2fsite/secret')).toBeUndefined();
	});

	it('refuses paths that cannot be decoded or carry a null byte', () => {
		expect(fileForPath(base, '/%E0%A4%A')).toBeUndefined();
		expect(fileForPath(base, '/index.html%00.txt')).toBeUndefined();
	});
});

describe('nginx configuration', () => {
	it('turns the headers into add_header lines sent with every status', () => {
		const lines = nginxHeaderLines({ 'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff' }).split('\n');
		expect(lines).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
		expect(lines).toContain('add_header X-Content-Type-Options "nosniff" always;');
	});

	it('refuses header values nginx would read as variables or the end of the string', () => {
		expect(() => nginxHeaderLines({ 'X-Test': 'a $uri' })).toThrow(/X-Test/);
		expect(() => nginxHeaderLines({ 'X-Test': 'say "hi"' })).toThrow(/X-Test/);
		expect(() => nginxHeaderLines({ 'X-Test': 'a\nadd_header X-Evil 1' })).toThrow(/X-Test/);
		expect(() => nginxHeaderLines({ 'X Test': 'a' })).toThrow(/X Test/);
	});

	it('keeps the private server on loopback and every file it writes in its own folder', () => {
		const conf = privateNginxConfig({ prefix: '/tmp/run', root: '/srv/site/dist', port: 43210 });
		expect(conf).toContain('listen 127.0.0.1:43210;');
		expect(conf).toContain('root /srv/site/dist;');
		expect(conf).toContain('pid /tmp/run/nginx.pid;');
		expect(conf).toContain('error_log /tmp/run/error.log warn;');
		expect(conf).toContain('include tmall-agency-guide/site.conf;');
		for (const line of conf.split('\n').filter((entry) => /_(path|log) /.test(entry))) expect(line).toContain('/tmp/run/');
	});
});
