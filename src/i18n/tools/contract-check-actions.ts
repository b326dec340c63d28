import type { Locale } from '../locales';
import type { LinkIssue } from '../../lib/contract-check/url';
import type { PluralForms } from '../../lib/text/template';
import type { TransferStrings } from './transfer';
import en from './contract-check-actions-en';
import zh from './contract-check-actions-zh';

/**
 * The contract check's strings for saving, sharing and what happened to the
 * data on the way in. Loaded with the controls after the island wakes, so
 * they are not part of the page's first JavaScript.
 */
export interface ContractCheckActionStrings {
	actions: TransferStrings & {
		savedLocally: string;
		notSaved: string;
		copyLink: string;
		copied: string;
		copyFailed: string;
		linkLabel: string;
	};
	notices: {
		shared: string;
		openSaved: string;
		linkIssues: Record<LinkIssue, PluralForms>;
		linkUnsupported: string;
		recovered: PluralForms;
		reset: { damaged: string; newer: string };
		storageUnavailable: string;
		dismiss: string;
	};
}

export const contractCheckActionStrings: Record<Locale, ContractCheckActionStrings> = { en, zh };
