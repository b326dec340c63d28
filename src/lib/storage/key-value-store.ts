/**
 * The part of `window.localStorage` the saved tools use. Declared here rather
 * than taken from the DOM types, so the pure storage modules stay DOM-free and
 * their tests can pass a plain fake.
 */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}
