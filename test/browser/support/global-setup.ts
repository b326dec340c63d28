import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

/** Serves `dist/` on a free loopback port for the whole browser run. */
export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
	}
	const { server, origin } = await startStaticServer('dist');
	project.provide('siteOrigin', origin);
	return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
	}
}
