import type { Locale } from '../locale';
import { maxSavedTextLength, readSavedDocument, savedFormatVersion, toSavedDocument } from './saved-format';
import { countRecordedItems, type ChecklistOutline, type ChecklistState, type ItemRecord } from './state';

/**
 * Export files let a merchant move their checklist to another computer or
 * hand it to a colleague. The file is the saved format wrapped with a marker
 * (so any other JSON file is recognised as not ours), the language it was
 * made in, and when. Its `version` is the saved format's version, so an old
 * file goes through the same migrations as old browser storage.
 */
export const exportFormatMarker = 'tmall-guide-checklist';

export interface ChecklistExport {
	format: typeof exportFormatMarker;
	version: number;
	/** For people reading the file; ids are shared, so import accepts either language. */
	locale: Locale;
	exportedAt: string;
	items: Record<string, ItemRecord>;
}

/** Files above this size are refused before they are read. */
export const maxImportBytes = maxSavedTextLength;

export function buildExport(state: ChecklistState, locale: Locale, now: Date): ChecklistExport {
	return {
		format: exportFormatMarker,
		version: savedFormatVersion,
		locale,
		exportedAt: now.toISOString(),
		items: toSavedDocument(state).items,
	};
}

/** Indented, so a curious merchant can open the file and read it. */
export function serializeExport(document: ChecklistExport): string {
	return `${JSON.stringify(document, null, '\t')}\n`;
}

/** `tmall-hiring-checklist-2026-11-29.json`, dated in the user's own time zone. */
export function exportFileName(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `tmall-hiring-checklist-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Why an import failed; the island turns each into a message in the page's language. */
export type ImportErrorCode =
	/** The browser could not read the file (the island reports this one). */
	| 'read-failed'
	| 'too-large'
	| 'empty'
	| 'not-json'
	/** Valid JSON, but not a checklist export (no marker, or not an object). */
	| 'not-checklist'
	/** Made by a newer release of the site than this one. */
	| 'newer-version'
	| 'unknown-version'
	/** A checklist export whose list of items is missing or unreadable. */
	| 'invalid-items';

export type ImportResult =
	| {
			ok: true;
			state: ChecklistState;
			/** Items of the current list that came back ticked or with a note. */
			restored: number;
			/** Entries in the file that could not be read and were left out. */
			skipped: number;
	  }
	| { ok: false; error: ImportErrorCode };

/**
 * Reads an export file. Treats the text as hostile: size is checked first
 * (`byteSize` is the file's size, known before reading), then the marker, then
 * each entry on its own, so one bad entry costs only itself. The resulting
 * state replaces the current one.
 */
export function importChecklist(
	text: string,
	outline: readonly ChecklistOutline[],
	now: Date,
	byteSize: number = text.length,
): ImportResult {
	if (byteSize > maxImportBytes || text.length > maxImportBytes) return { ok: false, error: 'too-large' };
	if (text.trim() === '') return { ok: false, error: 'empty' };
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	if (typeof document !== 'object' || document === null || Array.isArray(document)) {
		return { ok: false, error: 'not-checklist' };
	}
	if (!Object.hasOwn(document, 'format') || (document as { format?: unknown }).format !== exportFormatMarker) {
		return { ok: false, error: 'not-checklist' };
	}
	const result = readSavedDocument(document, now);
	if (!result.ok) {
		return { ok: false, error: result.problem === 'not-an-object' ? 'not-checklist' : result.problem };
	}
	return {
		ok: true,
		state: result.state,
		restored: countRecordedItems(outline, result.state),
		skipped: result.dropped,
	};
}
