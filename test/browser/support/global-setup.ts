import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir } from './dist';
import { serveDist } from '../../../scripts/lib/serve-dist.mjs';

/** Serves the built site on a free loopback port for the whole browser run. */
export default async function setup(project: TestProject) {
	if (!existsSync(`${distDir}/index.html`)) {
		throw new Error(`${distDir}/ is missing: run \`npm run build\` before the browser tests.`);
	}
	// The same server the audits use: it sends the _headers policy, as a static host would.
	const { origin, close } = await serveDist(distDir);
	project.provide('siteOrigin', origin);
	return close;
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
	}
}
