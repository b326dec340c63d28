import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const contentTypes: Record<string, string> = {
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
 * Serves the built site the way a static host does: `/x/` → `/x/index.html`,
 * and a missing path gets the nearest locale's 404 page with status 404.
 */
export function startStaticServer(root: string): Promise<{ server: Server; origin: string }> {
	const base = resolve(root);
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			pathname = '/';
		}
		const candidate = normalize(join(base, pathname));
		if (!candidate.startsWith(base)) {
			response.writeHead(403).end();
			return;
		}
		let file = candidate;
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			const zh = pathname.startsWith('/zh/') && existsSync(join(base, 'zh/404.html'));
			file = join(base, zh ? 'zh/404.html' : '404.html');
		}
		response.writeHead(status, {
			'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
		});
		createReadStream(file).pipe(response);
	});
	return new Promise((resolvePromise) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolvePromise({ server, origin: `http://127.0.0.1:${port}` });
		});
	});
}
