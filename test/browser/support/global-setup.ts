import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir } from './dist';
import { serveDist } from '../../../scripts/lib/serve-dist.mjs';

/** Serves the built site on a free loopback port for the whole browser run. */
export default async function setup(project: TestProject) {
	if (!existsSync(`${distDir}/index.html`)) {
		throw new Error(`${distDir}/ is missing: run \`npm run build\` before the browser tests.`);
	}
	// The same server the audits use: nginx with the shipped deploy/nginx/site.conf when
	// nginx is installed (CI requires it), else a small Node server that behaves alike.
	const { origin, close, server } = await serveDist(distDir);
	console.log(`Serving ${distDir}/ with ${server} at ${origin}`);
	project.provide('siteOrigin', origin);
	project.provide('siteServer', server);
	return close;
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
		siteServer: 'nginx' | 'node';
	}
}
