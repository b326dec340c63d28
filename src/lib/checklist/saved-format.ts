import { isChecklistItemId } from './ids';
import {
	isMeaningfulRecord,
	maxSavedRecords,
	normalizeNote,
	type ChecklistState,
	type ItemRecord,
} from './state';

/**
 * How a checklist is written down, in the browser's storage and (with a
 * marker around it) in export files.
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

/** Why saved data could not be read at all. */
export type ReadProblem =
	| 'too-large'
	| 'not-json'
	| 'not-an-object'
	| 'unknown-version'
	| 'newer-version'
	| 'invalid-items';

/**
 * A full checklist with long notes on every item is well under 100 KB, so
 * text beyond this is not ours; refusing it early keeps parsing cheap.
 */
export const maxSavedTextLength = 256 * 1024;

/** What reading salvaged, and how much it had to throw away. */
export interface ReadOutcome {
	readonly state: ChecklistState;
	/** Entries kept, including dormant ones for items not in the current list. */
	readonly kept: number;
	/** Entries that were unreadable (bad id, wrong types) or over the size bound. */
	readonly dropped: number;
	/** Entries kept after a repair: an over-long note cut, a bad timestamp replaced. */
	readonly repaired: number;
	/** The version the data was written in, when it was older than the current one. */
	readonly migratedFrom?: number;
}

export type ReadResult = ({ ok: true } & ReadOutcome) | { ok: false; problem: ReadProblem };

type Migration = (document: Record<string, unknown>) => Record<string, unknown> | undefined;

/**
 * Each function turns a document of version N into version N + 1, or
 * returns undefined when the document's body is not what version N had.
 * Entries are not validated here: the current version's reader does that,
 * so a migration only reshapes.
 */
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Real calendar times only, in the form `Date#toISOString` writes. */
function isIsoTimestamp(value: unknown): value is string {
	return (
		typeof value === 'string' &&
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value) &&
		!Number.isNaN(Date.parse(value))
	);
}

/**
 * Reads the `items` map of a current-version document entry by entry, so one
 * bad entry costs only itself. Keys are checked against the id pattern before
 * anything is copied, and the result has no prototype, so keys such as
 * `__proto__` can neither pollute objects nor shadow their methods.
 */
function readItems(rawItems: Record<string, unknown>, now: Date): Omit<ReadOutcome, 'migratedFrom'> {
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
export function readSavedDocument(document: unknown, now: Date): ReadResult {
	if (!isPlainObject(document)) return { ok: false, problem: 'not-an-object' };
	const originalVersion = document.version;
	if (typeof originalVersion !== 'number' || !Number.isInteger(originalVersion) || originalVersion < 1) {
		return { ok: false, problem: 'unknown-version' };
	}
	if (originalVersion > savedFormatVersion) return { ok: false, problem: 'newer-version' };
	let current: Record<string, unknown> = document;
	for (let version = originalVersion; version < savedFormatVersion; version += 1) {
		const migrate = migrations[version];
		const next = migrate?.(current);
		if (!next) return { ok: false, problem: 'invalid-items' };
		current = next;
	}
	if (!isPlainObject(current.items)) return { ok: false, problem: 'invalid-items' };
	const outcome = readItems(current.items, now);
	return originalVersion < savedFormatVersion
		? { ok: true, ...outcome, migratedFrom: originalVersion }
		: { ok: true, ...outcome };
}

/** Parses JSON text, then reads it as `readSavedDocument` does. */
export function readSavedText(text: string, now: Date): ReadResult {
	if (text.length > maxSavedTextLength) return { ok: false, problem: 'too-large' };
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch {
		// Also catches the RangeError a pathologically nested document throws.
		return { ok: false, problem: 'not-json' };
	}
	return readSavedDocument(document, now);
}

/** The current-version document for a state. */
export function toSavedDocument(state: ChecklistState): SavedChecklist {
	return { version: savedFormatVersion, items: { ...state.items } };
}
