import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir } from './dist';
import { startStaticServer } from './static-server';

/** Serves `dist/` on a free loopback port for the whole browser run. */
export default async function setup(project: TestProject) {
	if (!existsSync(`${distDir}/index.html`)) {
		throw new Error(`${distDir}/ is missing: run \`npm run build\` before the browser tests.`);
	}
	const { server, origin } = await startStaticServer(distDir);
	project.provide('siteOrigin', origin);
	return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
	}
}
