import { readSavedText, toSavedDocument, type ReadProblem } from './saved-format';
import { emptyChecklistState, type ChecklistState } from './state';
import type { KeyValueStore } from '../storage/key-value-store';

/**
 * One key for both languages: item ids are shared, so a merchant who
 * switches language keeps their ticks (notes stay in whatever language
 * they were typed).
 */
export const checklistStorageKey = 'tmall-guide:checklist';

export type LoadOutcome =
	/** Nothing saved yet. */
	| { kind: 'empty'; state: ChecklistState }
	/** Everything saved was read; `migratedFrom` says if it was upgraded on the way. */
	| { kind: 'restored'; state: ChecklistState; migratedFrom?: number }
	/** Some entries were unreadable and were dropped; the rest are kept. */
	| { kind: 'recovered'; state: ChecklistState; kept: number; dropped: number }
	/** Nothing could be read: the checklist starts empty. */
	| { kind: 'reset'; state: ChecklistState; problem: ReadProblem }
	/** The browser refuses storage (private mode, disabled, quota): work in memory. */
	| { kind: 'unavailable'; state: ChecklistState };

/**
 * Reads the saved checklist. Never throws: whatever is in storage, the
 * caller gets a usable state and a description of what happened.
 */
export function loadChecklist(store: KeyValueStore | undefined, now: Date): LoadOutcome {
	let text: string | null;
	try {
		if (!store) return { kind: 'unavailable', state: emptyChecklistState() };
		text = store.getItem(checklistStorageKey);
	} catch {
		return { kind: 'unavailable', state: emptyChecklistState() };
	}
	if (text === null) return { kind: 'empty', state: emptyChecklistState() };
	const result = readSavedText(text, now);
	if (!result.ok) return { kind: 'reset', state: emptyChecklistState(), problem: result.problem };
	if (result.dropped > 0) {
		return { kind: 'recovered', state: result.state, kept: result.kept, dropped: result.dropped };
	}
	return result.migratedFrom === undefined
		? { kind: 'restored', state: result.state }
		: { kind: 'restored', state: result.state, migratedFrom: result.migratedFrom };
}

/**
 * Whether the stored copy should be rewritten straight after loading.
 * Upgraded or repaired data is written back so the warning shows once, not
 * on every visit. Data from a newer release is left alone until the user
 * changes something: it may be read again once this copy of the site updates.
 */
export function shouldRewriteAfterLoad(outcome: LoadOutcome): boolean {
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

/** Writes the checklist; false when the browser refused (quota, privacy settings). */
export function saveChecklist(store: KeyValueStore | undefined, state: ChecklistState): boolean {
	if (!store) return false;
	try {
		store.setItem(checklistStorageKey, JSON.stringify(toSavedDocument(state)));
		return true;
	} catch {
		return false;
	}
}
