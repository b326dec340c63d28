import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Astro writes only the root `404.astro` as `404.html`; a locale's not-found
 * page comes out as `zh/404/index.html`. Static hosts look for `zh/404.html`,
 * so it is moved there, and `/zh/404/` stops existing as a normal page.
 */
export function localizedNotFound(localePrefixes: string[]): AstroIntegration {
	return {
		name: 'tmall-guide:localized-not-found',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const prefix of localePrefixes) {
					const folder = fileURLToPath(new URL(`${prefix}/404/`, dir));
					const built = `${folder}index.html`;
					if (!existsSync(built)) continue;
					renameSync(built, fileURLToPath(new URL(`${prefix}/404.html`, dir)));
					rmdirSync(folder);
				}
			},
		},
	};
}
