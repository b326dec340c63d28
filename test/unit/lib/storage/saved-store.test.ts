import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../../../src/lib/storage/key-value-store';
import type { ReadResult } from '../../../../src/lib/storage/saved-document';
import { loadSaved, readStoredText, shouldRewriteAfterLoad, writeStoredText } from '../../../../src/lib/storage/saved-store';

const key = 'tmall-guide:test';

function memoryStore(initial?: string): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>(initial === undefined ? [] : [[key, initial]]);
	return {
		data,
		getItem: (name) => data.get(name) ?? null,
		setItem: (name, value) => void data.set(name, value),
		removeItem: (name) => void data.delete(name),
	};
}

/** A browser that refuses storage: private mode, storage turned off, a full quota. */
const refusing: KeyValueStore = {
	getItem: () => {
		throw new DOMException('blocked', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('full', 'QuotaExceededError');
	},
	removeItem: () => undefined,
};

/** Reads `"a,b"` as the list ['a', 'b']; `!` marks an unreadable entry, `v1:` an old version, `?` unreadable text. */
function readList(text: string): ReadResult<string[]> {
	if (text === '?') return { ok: false, problem: 'not-json' };
	if (text === 'v9') return { ok: false, problem: 'newer-version' };
	const old = text.startsWith('v1:');
	const entries = (old ? text.slice(3) : text).split(',');
	const state = entries.filter((entry) => entry !== '!');
	const outcome = { state, kept: state.length, dropped: entries.length - state.length };
	return old ? { ok: true, ...outcome, migratedFrom: 1 } : { ok: true, ...outcome };
}

const load = (store: KeyValueStore | undefined) => loadSaved(store, key, () => [] as string[], readList);

describe('reading and writing a key', () => {
	it('reads the text, nothing, or a refusal', () => {
		expect(readStoredText(memoryStore('a,b'), key)).toEqual({ kind: 'text', text: 'a,b' });
		expect(readStoredText(memoryStore(), key)).toEqual({ kind: 'empty' });
		expect(readStoredText(refusing, key)).toEqual({ kind: 'unavailable' });
		expect(readStoredText(undefined, key)).toEqual({ kind: 'unavailable' });
	});

	it('writes, and says false when the browser refuses', () => {
		const store = memoryStore();
		expect(writeStoredText(store, key, 'a')).toBe(true);
		expect(store.data.get(key)).toBe('a');
		expect(writeStoredText(refusing, key, 'a')).toBe(false);
		expect(writeStoredText(undefined, key, 'a')).toBe(false);
	});
});

describe('loading a saved state', () => {
	it('says what it found, always with a usable state', () => {
		expect(load(memoryStore('a,b'))).toEqual({ kind: 'restored', state: ['a', 'b'] });
		expect(load(memoryStore('v1:a'))).toEqual({ kind: 'restored', state: ['a'], migratedFrom: 1 });
		expect(load(memoryStore('a,!,!'))).toEqual({ kind: 'recovered', state: ['a'], kept: 1, dropped: 2 });
		expect(load(memoryStore('?'))).toEqual({ kind: 'reset', state: [], problem: 'not-json' });
		expect(load(memoryStore())).toEqual({ kind: 'empty', state: [] });
		expect(load(refusing)).toEqual({ kind: 'unavailable', state: [] });
	});

	it('rewrites upgraded or repaired data once, but leaves a newer version and untouched data alone', () => {
		const rewrites = ['v1:a', 'a,!', '?', 'v9', 'a'].map((text) => shouldRewriteAfterLoad(load(memoryStore(text))));
		expect(rewrites).toEqual([true, true, true, false, false]);
		expect(shouldRewriteAfterLoad(load(memoryStore()))).toBe(false);
		expect(shouldRewriteAfterLoad(load(refusing))).toBe(false);
	});
});
