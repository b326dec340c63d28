import type { Locale } from '../locale';
import { isPlainObject, type ReadProblem, type ReadResult } from './saved-document';

/*
 * Export files carry a tool's saved state to another computer or a colleague: the saved
 * format wrapped with a marker (so any other JSON file is recognised as not ours), the
 * language it was made in, and when. Its `version` is the saved format's, so an old file
 * goes through the same migrations as old browser storage.
 */

export interface ExportFormat {
	/** The marker in the file's `format` field, e.g. `tmall-guide-checklist`. */
	readonly marker: string;
	/** The start of the file's name, e.g. `tmall-hiring-checklist`. */
	readonly fileStem: string;
	/** Files above this size are refused before they are read. */
	readonly maxBytes: number;
}

export interface ExportHeader<Marker extends string = string> {
	format: Marker;
	version: number;
	/** For people reading the file; ids are shared, so import accepts either language. */
	locale: Locale;
	exportedAt: string;
}

export function exportHeader<Marker extends string>(marker: Marker, version: number, locale: Locale, now: Date): ExportHeader<Marker> {
	return { format: marker, version, locale, exportedAt: now.toISOString() };
}

/** Indented, so a curious merchant can open the file and read it. */
export function serializeExport(document: ExportHeader): string {
	return `${JSON.stringify(document, null, '\t')}\n`;
}

/** `<stem>-2026-11-29.json`, dated in the user's own time zone. */
export function exportFileName(format: Pick<ExportFormat, 'fileStem'>, now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${format.fileStem}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Why an import failed; the island turns each into a message in the page's language. */
export type ImportErrorCode =
	/** The browser could not read the file (the island reports this one). */
	| 'read-failed'
	| 'empty'
	/** Valid JSON, but not this tool's export (no marker, or not an object). */
	| 'not-ours'
	| Exclude<ReadProblem, 'not-an-object'>;

export type ImportResult<State> =
	| {
			ok: true;
			state: State;
			/** Entries of the current release that came back (ticked items, answered topics). */
			restored: number;
			/** Entries in the file that could not be read and were left out. */
			skipped: number;
	  }
	| { ok: false; error: ImportErrorCode };

/**
 * Reads an export file as hostile text: size first (`byteSize` is the file's size, known
 * before reading), then the marker, then the body through the tool's own reader, which
 * takes each entry on its own. The result replaces the tool's current state. Never throws.
 */
export function importExportFile<State>(
	text: string,
	format: ExportFormat,
	readDocument: (document: Record<string, unknown>) => ReadResult<State>,
	countRestored: (state: State) => number,
	byteSize: number = text.length,
): ImportResult<State> {
	if (byteSize > format.maxBytes || text.length > format.maxBytes) return { ok: false, error: 'too-large' };
	if (text.trim() === '') return { ok: false, error: 'empty' };
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	if (!isPlainObject(document) || !Object.hasOwn(document, 'format') || document.format !== format.marker) {
		return { ok: false, error: 'not-ours' };
	}
	const result = readDocument(document);
	if (!result.ok) return { ok: false, error: result.problem === 'not-an-object' ? 'not-ours' : result.problem };
	return { ok: true, state: result.state, restored: countRestored(result.state), skipped: result.dropped };
}
