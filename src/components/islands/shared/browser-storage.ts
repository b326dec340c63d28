import type { KeyValueStore } from '../../../lib/storage/key-value-store';

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

/**
 * Calls `onChange` when another tab of this site changes `key` (or clears all
 * storage), so two open tabs never overwrite each other's newer work.
 * Returns the function that stops listening.
 */
export function onStoredKeyChange(key: string, onChange: () => void): () => void {
	function listener(event: StorageEvent) {
		if (event.key === key || event.key === null) onChange();
	}
	window.addEventListener('storage', listener);
	return () => window.removeEventListener('storage', listener);
}
