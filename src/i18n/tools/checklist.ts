import type { Locale } from '../locales';
import type { PluralForms } from '../../lib/text/template';
import type { TransferStrings } from './transfer';
import { checklistStringsEn } from './checklist-en';
import { checklistStringsZh } from './checklist-zh';

/**
 * Interface strings of the hiring checklist. The items themselves live in
 * `content/checklist/<locale>.json`; these are the words around them.
 * `{name}` placeholders are filled with `fill` (src/lib/text/template.ts).
 */
export interface ChecklistStrings {
	overallHeading: string;
	overallProgress: string;
	stepNumber: string;
	stepProgress: string;
	status: { notStarted: string; inProgress: string; completed: string };
	itemsLegend: string;
	/** Written before the guide link; carries its own trailing space where the language wants one. */
	guideLinkPrefix: string;
	note: {
		add: string;
		show: string;
		hide: string;
		label: string;
		hint: string;
		/** Before the note in print; carries its own trailing space, like `guideLinkPrefix`. */
		printLabel: string;
	};
	announce: string;
	savedLocally: string;
	storageUnavailable: string;
	recovered: PluralForms;
	reset: Record<'damaged' | 'newer', string>;
	tools: TransferStrings;
	compact: {
		summary: string;
		itemCount: PluralForms;
		openTool: string;
	};
}

export const checklistStrings = { en: checklistStringsEn, zh: checklistStringsZh } satisfies Record<Locale, ChecklistStrings>;
