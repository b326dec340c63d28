import {
	isIsoTimestamp,
	isPlainObject,
	parseSavedJson,
	readVersionedDocument,
	type Migration,
	type ReadOutcome,
	type ReadResult,
} from '../storage/saved-document';
import { isChecklistItemId } from './ids';
import { isMeaningfulRecord, maxSavedRecords, normalizeNote, type ChecklistState, type ItemRecord } from './state';

/**
 * How a checklist is written down, in the browser's storage and (with a
 * marker around it) in export files. The steps every tool shares (size,
 * JSON, version, migrations) are in src/lib/storage/saved-document.ts.
 *
 * Version history:
 * - 1: `{ version: 1, done: string[], notes: { [id]: string } }`. The first
 *   prototype of this tool used it; it never shipped in a release, but it
 *   stays as the first link of the migration chain so that chain is tested
 *   from day one rather than on the day it is first needed.
 * - 2 (current): `{ version: 2, items: { [id]: { done, note, updatedAt } } }`.
 *
 * To change the format: add version 3, write `migrations[2]` that turns a
 * version 2 document into version 3, and bump `savedFormatVersion`.
 */
export const savedFormatVersion = 2;

export interface SavedChecklist {
	version: typeof savedFormatVersion;
	items: Record<string, ItemRecord>;
}

/**
 * A full checklist with long notes on every item is well under 100 KB, so
 * text beyond this is not ours; refusing it early keeps parsing cheap.
 */
export const maxSavedTextLength = 256 * 1024;

/** Entries kept after a repair: an over-long note cut, a bad timestamp replaced. */
interface Repairs {
	readonly repaired: number;
}

export type ChecklistReadResult = ReadResult<ChecklistState, Repairs>;

const migrations: Record<number, Migration> = {
	1: (document) => {
		const { done, notes } = document;
		if (!Array.isArray(done) || !isPlainObject(notes)) return undefined;
		// Version 1 had no timestamps; the current reader fills in the migration time.
		const items: Record<string, unknown> = Object.create(null);
		for (const id of done) {
			if (typeof id === 'string' && isChecklistItemId(id)) items[id] = { done: true, note: '' };
		}
		for (const [id, note] of Object.entries(notes)) {
			if (!isChecklistItemId(id)) continue;
			const existing = items[id];
			items[id] = { done: isPlainObject(existing) && existing.done === true, note };
		}
		return { version: 2, items };
	},
};

const format = { version: savedFormatVersion, migrations, bodyKey: 'items' };

/**
 * Reads the `items` map of a current-version document entry by entry, so one
 * bad entry costs only itself. Keys are checked against the id pattern before
 * anything is copied, and the result has no prototype, so keys such as
 * `__proto__` can neither pollute objects nor shadow their methods.
 */
function readItems(rawItems: Record<string, unknown>, now: Date): ReadOutcome<ChecklistState> & Repairs {
	const items: Record<string, ItemRecord> = Object.create(null);
	let kept = 0;
	let dropped = 0;
	let repaired = 0;
	for (const id of Object.keys(rawItems)) {
		const entry = rawItems[id];
		if (!isChecklistItemId(id) || !isPlainObject(entry) || typeof entry.done !== 'boolean') {
			dropped += 1;
			continue;
		}
		const rawNote = entry.note === undefined ? '' : entry.note;
		if (typeof rawNote !== 'string') {
			dropped += 1;
			continue;
		}
		const note = normalizeNote(rawNote);
		const record = { done: entry.done, note };
		if (!isMeaningfulRecord(record)) continue; // An empty record says nothing: not worth a count either way.
		if (kept >= maxSavedRecords) {
			dropped += 1;
			continue;
		}
		const hasTime = isIsoTimestamp(entry.updatedAt);
		if (note !== rawNote || !hasTime) repaired += 1;
		items[id] = { ...record, updatedAt: hasTime ? (entry.updatedAt as string) : now.toISOString() };
		kept += 1;
	}
	return { state: { items: { ...items } }, kept, dropped, repaired };
}

/**
 * Reads a parsed document of any known version: migrates it to the current
 * version, then keeps every entry that can be read. `now` stamps entries
 * whose time was missing or unreadable.
 */
export function readSavedDocument(document: unknown, now: Date): ChecklistReadResult {
	return readVersionedDocument(document, format, (items) => readItems(items, now));
}

/** Parses JSON text, then reads it as `readSavedDocument` does. */
export function readSavedText(text: string, now: Date): ChecklistReadResult {
	const parsed = parseSavedJson(text, maxSavedTextLength);
	return parsed.ok ? readSavedDocument(parsed.document, now) : parsed;
}

/** The current-version document for a state. */
export function toSavedDocument(state: ChecklistState): SavedChecklist {
	return { version: savedFormatVersion, items: { ...state.items } };
}
