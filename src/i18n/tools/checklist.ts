import type { Locale } from '../locales';
import type { PluralForms } from '../../lib/text/template';
import type { TransferControlStrings, TransferFileStrings } from './transfer';
import { checklistPageStringsEn, checklistStringsEn } from './checklist-en';
import { checklistPageStringsZh, checklistStringsZh } from './checklist-zh';
import { checklistFileStringsEn } from './checklist-files-en';
import { checklistFileStringsZh } from './checklist-files-zh';

/**
 * Interface strings of the hiring checklist. The items themselves live in
 * `content/checklist/<locale>.json`; these are the words around them.
 * `{name}` placeholders are filled with `fill` (src/lib/text/template.ts).
 * These are the words the island uses (it bundles one language's); ChecklistPageStrings has
 * those only the server writes.
 */
export interface ChecklistStrings {
	overallHeading: string;
	overallProgress: string;
	stepProgress: string;
	status: { notStarted: string; inProgress: string; completed: string };
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
	/** The export, import, print and reset controls; their messages after an export or import are in checklist-files-<locale>.ts. */
	tools: TransferControlStrings;
}

/** The words only the server writes: the list's step headings and guide links, and the guide's compact checklist. */
export interface ChecklistPageStrings {
	stepNumber: string;
	itemsLegend: string;
	/** Written before the guide link; carries its own trailing space where the language wants one. */
	guideLinkPrefix: string;
	compact: {
		summary: string;
		itemCount: PluralForms;
		openTool: string;
	};
}

/** Every word of the checklist in one place, for the server and the tests (the island bundles only its part). */
export const checklistStrings = {
	en: { ...checklistStringsEn, ...checklistPageStringsEn, tools: { ...checklistStringsEn.tools, ...checklistFileStringsEn } },
	zh: { ...checklistStringsZh, ...checklistPageStringsZh, tools: { ...checklistStringsZh.tools, ...checklistFileStringsZh } },
} satisfies Record<Locale, ChecklistStrings & ChecklistPageStrings & { tools: TransferFileStrings }>;
