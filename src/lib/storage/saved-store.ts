import type { KeyValueStore } from './key-value-store';
import type { ReadOutcome, ReadProblem, ReadResult } from './saved-document';

/** What a tool's key in browser storage holds. */
export type StoredText =
	/** The browser refuses storage (private mode, disabled, quota): the tool works in memory. */
	| { kind: 'unavailable' }
	/** Nothing saved yet. */
	| { kind: 'empty' }
	| { kind: 'text'; text: string };

/** Reads one key. Never throws: a browser that refuses is `unavailable`. */
export function readStoredText(store: KeyValueStore | undefined, key: string): StoredText {
	if (!store) return { kind: 'unavailable' };
	try {
		const text = store.getItem(key);
		return text === null ? { kind: 'empty' } : { kind: 'text', text };
	} catch {
		return { kind: 'unavailable' };
	}
}

/** Writes one key; false when the browser refused (quota, privacy settings). */
export function writeStoredText(store: KeyValueStore | undefined, key: string, text: string): boolean {
	if (!store) return false;
	try {
		store.setItem(key, text);
		return true;
	} catch {
		return false;
	}
}

export type LoadOutcome<State> =
	| { kind: 'empty'; state: State }
	/** Everything saved was read; `migratedFrom` says if it was upgraded on the way. */
	| { kind: 'restored'; state: State; migratedFrom?: number }
	/** Some entries were unreadable and were dropped; the rest are kept. */
	| { kind: 'recovered'; state: State; kept: number; dropped: number }
	/** Nothing could be read: the tool starts empty. */
	| { kind: 'reset'; state: State; problem: ReadProblem }
	| { kind: 'unavailable'; state: State };

/**
 * Loads a tool's saved state from `key`. Never throws: whatever is in storage, the caller
 * gets a usable state (`empty()` when nothing could be read) and what happened.
 */
export function loadSaved<State>(
	store: KeyValueStore | undefined,
	key: string,
	empty: () => State,
	read: (text: string) => ReadResult<State>,
): LoadOutcome<State> {
	const stored = readStoredText(store, key);
	if (stored.kind !== 'text') return { kind: stored.kind, state: empty() };
	const result = read(stored.text);
	if (!result.ok) return { kind: 'reset', state: empty(), problem: result.problem };
	return restoredOutcome(result);
}

function restoredOutcome<State>(result: ReadOutcome<State>): LoadOutcome<State> {
	if (result.dropped > 0) return { kind: 'recovered', state: result.state, kept: result.kept, dropped: result.dropped };
	return result.migratedFrom === undefined
		? { kind: 'restored', state: result.state }
		: { kind: 'restored', state: result.state, migratedFrom: result.migratedFrom };
}

/**
 * Whether the stored copy should be rewritten straight after loading. Upgraded or repaired
 * data is written back so the warning shows once, not on every visit. Data from a newer
 * release is left alone until the user changes something: it may be read again once this
 * copy of the site updates.
 */
export function shouldRewriteAfterLoad(
	outcome: { kind: 'empty' | 'unavailable' | 'recovered' } | { kind: 'restored'; migratedFrom?: number } | { kind: 'reset'; problem: string },
): boolean {
	switch (outcome.kind) {
		case 'recovered':
			return true;
		case 'restored':
			return outcome.migratedFrom !== undefined;
		case 'reset':
			return outcome.problem !== 'newer-version';
		default:
			return false;
	}
}
