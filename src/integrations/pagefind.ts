import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
// Imported statically: Astro's module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index after Astro writes `dist/`. Pagefind makes one
 * index per `<html lang>`, so English and Chinese pages never mix in results.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'tmall-guide:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
				if (written.errors.length) throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
				await close();
				logger.info(`Pagefind indexed ${added.page_count} pages.`);
			},
		},
	};
}
