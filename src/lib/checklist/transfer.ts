import type { Locale } from '../locale';
import { exportHeader, importExportFile, type ExportFormat, type ExportHeader, type ImportResult } from '../storage/export-file';
import { maxSavedTextLength, readSavedDocument, savedFormatVersion, toSavedDocument } from './saved-format';
import { countRecordedItems, type ChecklistOutline, type ChecklistState, type ItemRecord } from './state';

/**
 * Export files let a merchant move their checklist to another computer or
 * hand it to a colleague: the saved format with a marker, the language and
 * the time (src/lib/storage/export-file.ts).
 */
export const checklistExportFormat = {
	marker: 'tmall-guide-checklist',
	fileStem: 'tmall-hiring-checklist',
	maxBytes: maxSavedTextLength,
} as const satisfies ExportFormat;

export interface ChecklistExport extends ExportHeader<typeof checklistExportFormat.marker> {
	items: Record<string, ItemRecord>;
}

export function buildExport(state: ChecklistState, locale: Locale, now: Date): ChecklistExport {
	return { ...exportHeader(checklistExportFormat.marker, savedFormatVersion, locale, now), items: toSavedDocument(state).items };
}

/**
 * Reads an export file (of either language: ids are shared). `restored` counts the items
 * of the current list that came back ticked or with a note.
 */
export function importChecklist(text: string, outline: readonly ChecklistOutline[], now: Date, byteSize: number = text.length): ImportResult<ChecklistState> {
	return importExportFile(
		text,
		checklistExportFormat,
		(document) => readSavedDocument(document, now),
		(state) => countRecordedItems(outline, state),
		byteSize,
	);
}
