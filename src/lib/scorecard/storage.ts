import { defaultState } from './state';
import type { Issue, ScorecardState } from './types';
import { decodeScorecardQuery, encodeScorecardQuery } from './url';
import type { KeyValueStore } from '../storage/key-value-store';

/*
 * The scorecard is kept in localStorage in the same versioned text as a
 * shared link (`v=1&w=…&a=…`, see url.ts). One format means one reader: the
 * link decoder, which never throws, keeps every part it can read and reports
 * each repair, so corrupt or hand-edited storage never breaks the tool and
 * never silently disappears. It also keeps the island small.
 */

/** Same naming as the checklist's key; one key for both languages, since criterion ids are shared. */
export const STORAGE_KEY = 'tmall-guide:scorecard';

export function serialiseState(state: ScorecardState): string {
	return encodeScorecardQuery(state);
}

export interface Recovery {
	state: ScorecardState;
	issues: Issue[];
	/** False when nothing was stored, so there is nothing to tell the user. */
	found: boolean;
}

/** Reads whatever `localStorage` held (or `null`) into a usable state. Never throws. */
export function recoverState(raw: string | null): Recovery {
	if (raw === null) return { state: defaultState(), issues: [], found: false };
	const decoded = decodeScorecardQuery(raw);
	if (decoded.kind === 'decoded') return { state: decoded.state, issues: decoded.issues, found: true };
	// Text with no scorecard in it at all is as good as unreadable.
	const issues: Issue[] = decoded.kind === 'absent' ? [{ kind: 'unreadable' }] : decoded.issues;
	return { state: defaultState(), issues, found: true };
}

export type LoadOutcome = Recovery & {
	/** False when the browser refuses storage (private mode, blocked, full). */
	available: boolean;
};

/** Reads the saved scorecard. Never throws, whatever the browser does. */
export function loadScorecard(store: KeyValueStore | undefined): LoadOutcome {
	let raw: string | null;
	try {
		if (!store) return { ...recoverState(null), available: false };
		raw = store.getItem(STORAGE_KEY);
	} catch {
		return { ...recoverState(null), available: false };
	}
	return { ...recoverState(raw), available: true };
}

/** Saves the scorecard; false when the browser would not store it. */
export function saveScorecard(store: KeyValueStore | undefined, state: ScorecardState): boolean {
	try {
		if (!store) return false;
		store.setItem(STORAGE_KEY, serialiseState(state));
		return true;
	} catch {
		return false;
	}
}

export function clearScorecard(store: KeyValueStore | undefined): void {
	try {
		store?.removeItem(STORAGE_KEY);
	} catch {
		// Nothing to do: a browser that refuses storage has nothing saved either.
	}
}
