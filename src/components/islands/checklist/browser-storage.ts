import type { KeyValueStore } from '../../../lib/checklist/storage';

const probeKey = 'tmall-guide:storage-probe';

/**
 * The browser's localStorage if the page may both read and write it.
 * Reading `window.localStorage` itself throws when storage is blocked, and
 * some private modes allow reading but refuse every write, so this probes.
 */
export function writableLocalStorage(): KeyValueStore | undefined {
	try {
		const store = window.localStorage;
		store.setItem(probeKey, '1');
		store.removeItem(probeKey);
		return store;
	} catch {
		return undefined;
	}
}
