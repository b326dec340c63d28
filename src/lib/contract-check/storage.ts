import type { KeyValueStore } from '../storage/key-value-store';
import { loadSaved, writeStoredText, type LoadOutcome } from '../storage/saved-store';
import { readSavedText, toSavedDocument } from './saved-format';
import { emptyState, type ContractCheckState } from './state';

/** One key for both languages: topic and option ids are shared. Named like the other tools' keys. */
export const contractCheckStorageKey = 'tmall-guide:contract-check';

/** Reads the saved check. Never throws, whatever is in storage. */
export function loadContractCheck(store: KeyValueStore | undefined): LoadOutcome<ContractCheckState> {
	return loadSaved(store, contractCheckStorageKey, emptyState, readSavedText);
}

/** Writes the check; false when the browser refused. */
export function saveContractCheck(store: KeyValueStore | undefined, state: ContractCheckState): boolean {
	return writeStoredText(store, contractCheckStorageKey, JSON.stringify(toSavedDocument(state)));
}
