// @ts-check
/**
 * Serves a built site the way a static host does in production: directory
 * URLs map to index.html, missing pages get the nearest locale's 404 page,
 * text is gzip-compressed, and the headers in `_headers` (the CSP with
 * frame-ancestors, nosniff, …) are sent, so audits see what visitors get.
 * The browser tests and the Lighthouse audit both use it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/**
 * Headers that `_headers` (Netlify / Cloudflare Pages format) sets for `/*`.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function headersForAllPaths(text) {
	/** @type {Record<string, string>} */
	const headers = {};
	let inAllPaths = false;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			inAllPaths = line.trim() === '/*';
			continue;
		}
		const colon = line.indexOf(':');
		if (inAllPaths && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return headers;
}

/**
 * @param {string} root folder of the built site
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function serveDist(root) {
	const base = resolve(root);
	const headersFile = join(base, '_headers');
	const siteHeaders = existsSync(headersFile) ? headersForAllPaths(readFileSync(headersFile, 'utf8')) : {};
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname = '/';
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			// A malformed address is served as the home page's 404 below.
		}
		let file = normalize(join(base, pathname));
		if (!file.startsWith(base)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			const zh = pathname.startsWith('/zh/') && existsSync(join(base, 'zh/404.html'));
			file = join(base, zh ? 'zh/404.html' : '404.html');
		}
		const type = contentTypes[/** @type {keyof typeof contentTypes} */ (extname(file))] ?? 'application/octet-stream';
		let body = readFileSync(file);
		/** @type {Record<string, string>} */
		const headers = { ...siteHeaders, 'content-type': type, 'cache-control': 'no-cache' };
		if (/^(text\/|application\/(json|xml|javascript|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
			headers.vary = 'Accept-Encoding';
		}
		response.writeHead(status, headers);
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	return new Promise((done) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			done({
				origin: `http://127.0.0.1:${port}`,
				close: () => new Promise((closed) => server.close(() => closed(undefined))),
			});
		});
	});
}
