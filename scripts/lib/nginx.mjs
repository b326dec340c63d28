// @ts-check
/**
 * Runs the shipped nginx configuration (deploy/nginx/site.conf) over a built
 * site, unprivileged, on a free loopback port, with everything it writes (pid,
 * logs, temp files) in a fresh folder. Also turns the build's `_headers` into
 * the `add_header` lines that configuration includes.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const siteConf = join(repoRoot, 'deploy/nginx/site.conf');

/** nginx's binary: `NGINX_PATH`, else Debian's. */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The folder holding nginx's `mime.types` (Debian: /etc/nginx). */
const mimeTypes = process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types';

export function nginxAvailable() {
	return existsSync(nginxPath) && existsSync(mimeTypes);
}

/**
 * `add_header` lines for every header, sent with every status (`always`).
 * Refuses values nginx would read as something else (quotes, variables, line breaks).
 * @param {Record<string, string>} headers
 */
export function nginxHeaderLines(headers) {
	const lines = Object.entries(headers).map(([name, value]) => {
		if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Header name nginx cannot take: ${name}`);
		if (/["\\$\r\n]/.test(value)) throw new Error(`Header ${name} has a character nginx would misread: ${value}`);
		return `add_header ${name} "${value}" always;`;
	});
	return ["# Written from the build's _headers by scripts/nginx-headers.mjs: do not edit.", ...lines, ''].join('\n');
}

/**
 * The main configuration for a private, unprivileged nginx serving `root` on
 * 127.0.0.1:`port`, with every path it writes inside `prefix`.
 * @param {{ prefix: string, root: string, port: number }} options
 */
export function privateNginxConfig({ prefix, root, port }) {
	return [
		'# Written by scripts/lib/nginx.mjs for one test or audit run.',
		// One process, as the caller: no workers running as `nobody` (who may not read
		// the checkout) and nothing left behind when the process ends.
		'master_process off;',
		'daemon off;',
		`pid ${prefix}/nginx.pid;`,
		`error_log ${prefix}/error.log warn;`,
		'events { worker_connections 256; }',
		'http {',
		`\tinclude ${mimeTypes};`,
		'\tdefault_type application/octet-stream;',
		`\taccess_log ${prefix}/access.log;`,
		`\tclient_body_temp_path ${prefix}/tmp/body;`,
		`\tproxy_temp_path ${prefix}/tmp/proxy;`,
		`\tfastcgi_temp_path ${prefix}/tmp/fastcgi;`,
		`\tuwsgi_temp_path ${prefix}/tmp/uwsgi;`,
		`\tscgi_temp_path ${prefix}/tmp/scgi;`,
		'\tsendfile on;',
		'\tserver {',
		`\t\tlisten 127.0.0.1:${port};`,
		'\t\tserver_name localhost;',
		`\t\troot ${root};`,
		'\t\tinclude tmall-agency-guide/site.conf;',
		'\t}',
		'}',
		'',
	].join('\n');
}

/** A port that was free a moment ago. */
function freePort() {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => done(port));
		});
	});
}

/**
 * Resolves once `origin` answers, or rejects when nginx exits first or 10 s pass.
 * @param {string} origin
 * @param {import('node:child_process').ChildProcess} child
 */
async function waitUntilServing(origin, child) {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) throw new Error('nginx exited during start-up');
		try {
			await fetch(`${origin}/`, { method: 'HEAD' });
			return;
		} catch {
			await new Promise((wait) => setTimeout(wait, 50));
		}
	}
	throw new Error('nginx did not answer within 10 s');
}

/**
 * Serves `root` with nginx and the shipped site.conf.
 * @param {string} root folder of the built site
 * @param {Record<string, string>} headers the headers `_headers` sets for every path
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveWithNginx(root, headers) {
	const prefix = mkdtempSync(join(tmpdir(), 'tmall-guide-nginx-'));
	mkdirSync(join(prefix, 'tmall-agency-guide'));
	mkdirSync(join(prefix, 'tmp'));
	copyFileSync(siteConf, join(prefix, 'tmall-agency-guide/site.conf'));
	writeFileSync(join(prefix, 'tmall-agency-guide/security-headers.conf'), nginxHeaderLines(headers));
	let lastError = new Error('nginx did not start');
	// The free port can be taken between the probe and nginx's bind: try a few.
	for (let attempt = 0; attempt < 5; attempt += 1) {
		const port = await freePort();
		const conf = join(prefix, 'nginx.conf');
		writeFileSync(conf, privateNginxConfig({ prefix, root: resolve(root), port }));
		const child = spawn(nginxPath, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr?.on('data', (chunk) => (stderr += chunk));
		const origin = `http://127.0.0.1:${port}`;
		try {
			await waitUntilServing(origin, child);
		} catch (error) {
			child.kill('SIGKILL');
			const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
			lastError = new Error(`${/** @type {Error} */ (error).message}: ${stderr}${log}`.trim());
			continue;
		}
		const exited = new Promise((done) => child.once('exit', done));
		return {
			origin,
			close: async () => {
				if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
				await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5_000))]);
				if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
				rmSync(prefix, { recursive: true, force: true });
			},
		};
	}
	rmSync(prefix, { recursive: true, force: true });
	throw lastError;
}
