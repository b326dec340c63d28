import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic `import()` of the browser build in. */
const helperId = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic `import()` in a preload helper (about 0.9 KB gzipped
 * with Vite 8, loaded by every page through the header's search import). It
 * exists to add `<link rel="modulepreload">` for the imported chunk's imports
 * and to load the CSS a lazily imported chunk needs. With
 * `build.modulePreload: false` (set below for the browser build) the first is off, and this site's lazily loaded
 * chunks (search, link decoders, notices, advice) import no CSS: every call
 * gets an empty list. So the helper is replaced by one that only runs the import.
 *
 * Should a lazily loaded chunk ever bring CSS, Vite writes a dependency list
 * (`__vite__mapDeps`) into the chunk that imports it; the build then fails here
 * instead of shipping a page whose lazy part arrives without its styles.
 */
export function leanPreloadHelper(): Plugin {
	return {
		name: 'tmall-guide:lean-preload-helper',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		// Astro sets `build.modulePreload` itself (no polyfill), over the project's vite config, so it is turned off here.
		configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
		resolveId: (id) => (id === helperId ? helperId : undefined),
		load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();' : undefined),
		// After every plugin's generateBundle, where Vite writes the dependency lists.
		writeBundle(_options, bundle) {
			for (const [file, chunk] of Object.entries(bundle)) {
				if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps')) {
					this.error(`${file} preloads dependencies (CSS?) of a dynamic import, which the lean preload helper does not load`);
				}
			}
		},
	};
}
