import type { Plugin } from 'vite';

/** The hydration entry @astrojs/preact gives every island page. */
const preactClient = /[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/;

/**
 * @astrojs/preact's browser entry, without the two features this site's islands do not use:
 * slotted children (its StaticHtml wrapper) and Preact signals passed as props (a lazily loaded
 * signals module and the code that rebuilds them). Every island page loads this code, so it
 * is kept to what hydration needs: about 300 bytes gzipped less on each tool page.
 *
 * The island's hydration mask (Preact's `useId` between server and browser) and unmounting
 * are kept as @astrojs/preact 6 writes them. An island given children or a signal prop
 * throws when it wakes, so its browser tests fail instead of the page quietly losing them.
 */
const leanClient = `import { h, hydrate, render } from 'preact';
export default (element) => async (Component, props, slots, { client }) => {
	if (!element.hasAttribute('ssr')) return;
	if (Object.values(slots).some((slot) => slot != null) || element.dataset.preactSignals) {
		throw new Error('This site\\'s Preact client hydrates islands without children or signal props');
	}
	const child = h(Component, props);
	const islandId = element.getAttribute('data-preact-island-id');
	const parsed = islandId === null ? Number.NaN : Number.parseInt(islandId, 10);
	const maskId = Number.isNaN(parsed) ? element.getAttribute('uid') : parsed;
	if (maskId !== null) child._mask = child.__m = [maskId, 0];
	if (client === 'only') {
		element.innerHTML = '';
		render(child, element);
	} else {
		hydrate(child, element);
	}
	element.addEventListener('astro:unmount', () => render(null, element), { once: true });
};
`;

export function leanPreactClient(): Plugin {
	return {
		name: 'tmall-guide:lean-preact-client',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		load: (id) => (preactClient.test(id.split('?')[0] ?? '') ? leanClient : undefined),
	};
}
