import type { KeyValueStore } from '../storage/key-value-store';
import { readSavedText, toSavedDocument, type ReadProblem } from './saved-format';
import { emptyState, type ContractCheckState } from './state';

/** One key for both languages: topic and option ids are shared. Named like the other tools' keys. */
export const contractCheckStorageKey = 'tmall-guide:contract-check';

export type LoadOutcome =
	| { kind: 'empty'; state: ContractCheckState }
	| { kind: 'restored'; state: ContractCheckState; migratedFrom?: number }
	/** Some answers were unreadable and were dropped; the rest are kept. */
	| { kind: 'recovered'; state: ContractCheckState; dropped: number }
	/** Nothing could be read: the check starts empty. */
	| { kind: 'reset'; state: ContractCheckState; problem: ReadProblem }
	/** The browser refuses storage: work in memory. */
	| { kind: 'unavailable'; state: ContractCheckState };

/** Reads the saved check. Never throws, whatever is in storage. */
export function loadContractCheck(store: KeyValueStore | undefined): LoadOutcome {
	let text: string | null;
	try {
		if (!store) return { kind: 'unavailable', state: emptyState() };
		text = store.getItem(contractCheckStorageKey);
	} catch {
		return { kind: 'unavailable', state: emptyState() };
	}
	if (text === null) return { kind: 'empty', state: emptyState() };
	const result = readSavedText(text);
	if (!result.ok) return { kind: 'reset', state: emptyState(), problem: result.problem };
	if (result.dropped > 0) return { kind: 'recovered', state: result.state, dropped: result.dropped };
	return result.migratedFrom === undefined
		? { kind: 'restored', state: result.state }
		: { kind: 'restored', state: result.state, migratedFrom: result.migratedFrom };
}

/**
 * Whether to rewrite storage straight after loading, so a repair is reported
 * once. Data from a newer release is left alone until the user changes something.
 */
export function shouldRewriteAfterLoad(outcome: LoadOutcome): boolean {
	if (outcome.kind === 'recovered') return true;
	if (outcome.kind === 'restored') return outcome.migratedFrom !== undefined;
	if (outcome.kind === 'reset') return outcome.problem !== 'newer-version';
	return false;
}

/** Writes the check; false when the browser refused. */
export function saveContractCheck(store: KeyValueStore | undefined, state: ContractCheckState): boolean {
	if (!store) return false;
	try {
		store.setItem(contractCheckStorageKey, JSON.stringify(toSavedDocument(state)));
		return true;
	} catch {
		return false;
	}
}
