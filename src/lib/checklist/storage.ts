import { loadSaved, writeStoredText, type LoadOutcome } from '../storage/saved-store';
import type { KeyValueStore } from '../storage/key-value-store';
import { readSavedText, toSavedDocument } from './saved-format';
import { emptyChecklistState, type ChecklistState } from './state';

/**
 * One key for both languages: item ids are shared, so a merchant who
 * switches language keeps their ticks (notes stay in whatever language
 * they were typed).
 */
export const checklistStorageKey = 'tmall-guide:checklist';

/** Reads the saved checklist. Never throws: whatever is in storage, the caller gets a usable state. */
export function loadChecklist(store: KeyValueStore | undefined, now: Date): LoadOutcome<ChecklistState> {
	return loadSaved(store, checklistStorageKey, emptyChecklistState, (text) => readSavedText(text, now));
}

/** Writes the checklist; false when the browser refused (quota, privacy settings). */
export function saveChecklist(store: KeyValueStore | undefined, state: ChecklistState): boolean {
	return writeStoredText(store, checklistStorageKey, JSON.stringify(toSavedDocument(state)));
}
