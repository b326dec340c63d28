/**
 * The theme bootstrap that runs in <head> before first paint, so a saved dark
 * theme never flashes light. It is inline on purpose (a bundled module runs
 * after paint), which is why it lives here as one exact string: the layout
 * renders it verbatim and astro.config.mjs hashes the same string for the
 * Content-Security-Policy, so the two can never drift apart.
 *
 * Plain ES5 with no dependencies: it runs before anything else on the page.
 */
export const themeBootstrapScript = [
	'(function () {',
	"\tvar theme = 'system';",
	'\ttry {',
	"\t\ttheme = localStorage.getItem('theme') || 'system';",
	'\t} catch (error) {',
	'\t\t// Storage can be refused (private mode); the system preference still applies.',
	'\t}',
	"\tif (theme !== 'light' && theme !== 'dark') {",
	"\t\ttheme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';",
	'\t}',
	'\tdocument.documentElement.dataset.theme = theme;',
	'})();',
].join('\n');
