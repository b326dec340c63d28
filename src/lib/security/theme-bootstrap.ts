/**
 * The theme bootstrap that runs in <head> before first paint, so a saved dark
 * theme never flashes light. It is inline on purpose (a bundled module runs
 * after paint), which is why it lives here as one exact string: the layout
 * renders it verbatim and astro.config.mjs hashes the same string for the
 * Content-Security-Policy, so the two can never drift apart.
 *
 * Plain ES5 with no dependencies, written compact because every page carries
 * it in its HTML: it runs before anything else on the page.
 */
export const themeBootstrapScript = [
	'(function(){',
	'var t;',
	// Storage can be refused (private mode); the system preference still applies.
	"try{t=localStorage.getItem('theme')}catch(e){}",
	"document.documentElement.dataset.theme=t==='light'||t==='dark'?t:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'",
	'})()',
].join('');
