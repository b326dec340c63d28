// @ts-check
/**
 * Serves a built site the way it is served in production, for the browser
 * tests, the Lighthouse audit and the screenshots: with nginx and the shipped
 * configuration (deploy/nginx/site.conf) when nginx is installed, which CI
 * requires (SERVE_DIST=nginx), else with the small Node server below, which
 * behaves alike (directory URLs map to index.html, missing pages get the
 * nearest locale's 404 page, text is gzip-compressed, the headers in
 * `_headers` are sent). SERVE_DIST=node forces the Node server.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nginxAvailable, serveWithNginx } from './nginx.mjs';

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
 * The file a URL path names inside `base`, or undefined when it would leave
 * `base` (`/../x`, `/..%2fdist-old/x`) or cannot be decoded.
 * @param {string} base absolute folder of the built site
 * @param {string} urlPath the path of a request URL, still percent-encoded
 */
export function fileForPath(base, urlPath) {
	let pathname;
	try {
		pathname = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	if (pathname.includes('\0')) return undefined;
	const file = normalize(join(base, pathname));
	return file === base || file.startsWith(base + sep) ? file : undefined;
}

/**
 * @param {string} root folder of the built site
 * @returns {Promise<{ origin: string, close: () => Promise<void>, server: 'nginx' | 'node' }>}
 */
export async function serveDist(root) {
	const choice = process.env.SERVE_DIST ?? 'auto';
	const headersFile = join(resolve(root), '_headers');
	const siteHeaders = existsSync(headersFile) ? headersForAllPaths(readFileSync(headersFile, 'utf8')) : {};
	if (choice === 'nginx' || (choice === 'auto' && nginxAvailable())) {
		return { ...(await serveWithNginx(root, siteHeaders)), server: 'nginx' };
	}
	if (choice !== 'node' && choice !== 'auto') throw new Error(`SERVE_DIST must be nginx, node or auto, not ${choice}`);
	return { ...(await serveWithNode(root, siteHeaders)), server: 'node' };
}

/**
 * @param {string} root
 * @param {Record<string, string>} siteHeaders
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
function serveWithNode(root, siteHeaders) {
	const base = resolve(root);
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let file = fileForPath(base, url.pathname);
		if (!file) {
			response.writeHead(400).end();
			return;
		}
		const pathname = file.slice(base.length).split(sep).join('/');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		// As in site.conf: _headers is for other hosts, not for readers.
		if (!existsSync(file) || pathname === '/_headers') {
			status = 404;
			const zh = pathname.startsWith('/zh/') && existsSync(join(base, 'zh/404.html'));
			file = join(base, zh ? 'zh/404.html' : '404.html');
		}
		const type = contentTypes[/** @type {keyof typeof contentTypes} */ (extname(file))] ?? 'application/octet-stream';
		let body = readFileSync(file);
		const hashed = status === 200 && /^\/(_astro\/|pagefind\/.+\.(pf_fragment|pf_index|pf_meta)$)/.test(pathname);
		/** @type {Record<string, string>} */
		const headers = { ...siteHeaders, 'content-type': type, 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache' };
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
