import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic `import()` of the browser build in. */
const helperId = '\0vite/preload-helper.js';
/** The helper's name in the chunks before minification. */
const preloadMethod = '__vitePreload';

/**
 * Vite wraps each dynamic `import()` of the browser build in a preload helper (about
 * 0.9 KB gzipped with Vite 8, loaded by every page through the header's search import),
 * which adds `<link rel="modulepreload">` for the imported chunk's imports and loads the
 * CSS a lazily imported chunk needs. With `build.modulePreload: false` (set below for the
 * browser build) the first is off, and this site's lazily loaded chunks (search, link
 * decoders, notices, advice, import and export) import no CSS. So each wrapper is taken
 * out of the chunks before they are minified, `__vitePreload(() => import(…), marker)`
 * becoming `(() => import(…))()`, and no chunk imports the helper: no helper file on any
 * page and no import of it in every chunk that loads something later.
 *
 * Should a lazily loaded chunk ever bring CSS, the build fails here instead of shipping
 * a page whose lazy part arrives without its styles.
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
		renderChunk(code, chunk, _options, { chunks }) {
			if (!code.includes(`${preloadMethod}(`)) return null;
			const needsCss = (fileName: string, seen = new Set<string>()): boolean => {
				const target = chunks[fileName];
				if (!target || seen.has(fileName)) return false;
				seen.add(fileName);
				return (target.viteMetadata?.importedCss.size ?? 0) > 0 || target.imports.some((next) => needsCss(next, seen));
			};
			const withCss = chunk.dynamicImports.find((fileName) => needsCss(fileName));
			if (withCss) this.error(`${chunk.fileName} loads ${withCss} later, which needs CSS that the lean preload helper does not load`);
			const unwrapped = code
				.replace(/^import \{ t as __vitePreload \} from "[^"\n]+";\n/m, '')
				.replaceAll(`${preloadMethod}(`, '(')
				.replace(/, __VITE_PRELOAD__[\da-f]{32}\)/g, ')()');
			// Anything left over (a new wrapper shape in a later Vite) fails the build rather than a page.
			if (unwrapped.includes(preloadMethod) || unwrapped.includes('__VITE_PRELOAD__')) this.error(`${chunk.fileName}: a preload wrapper of an unknown shape`);
			return { code: unwrapped, map: null };
		},
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
