import type { ImportErrorCode } from '../../lib/storage/export-file';
import type { PluralForms } from '../../lib/text/template';

/**
 * The words of the export, import, print and reset controls that the checklist and the
 * contract check share (islands/shared/TransferActions.tsx). Each tool writes its own,
 * since what is exported differs ("ticks and notes", "answers").
 */
export interface TransferControlStrings {
	heading: string;
	exportButton: string;
	importButton: string;
	importHint: string;
	printButton: string;
	resetButton: string;
	resetQuestion: string;
	resetConfirm: string;
	resetCancel: string;
	resetDone: string;
}

/** The messages after an export or import: a tool may load these on demand, with the code that makes and reads its files. */
export interface TransferFileStrings {
	/** `{file}`: the name the file was saved as. */
	exported: string;
	imported: PluralForms;
	importSkipped: PluralForms;
	importErrors: Record<ImportErrorCode, string>;
}

export type TransferStrings = TransferControlStrings & TransferFileStrings;
