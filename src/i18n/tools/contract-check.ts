import type { Locale } from '../locales';
import type { PluralForms } from '../../lib/text/template';
import type { Mark } from '../../lib/contract-check/rules';
import en from './contract-check-en';
import zh from './contract-check-zh';

/**
 * Interface strings of the contract check. The topics, options and advice
 * live in `content/contract-check/<locale>.json`; these are the words around
 * them. `{name}` placeholders are filled with `fill` and counts with `plural` (src/lib/text/template.ts).
 */
export interface ContractCheckStrings {
	markName: Record<Mark, string>;
	/** What a mark asks the merchant to do. */
	markAction: Record<Mark, string>;
	/** A topic's mark and what it asks, with the language's colon: `Red: change this clause before you sign`. */
	markLine: string;
	/** The same when a typed figure set the mark, as two sentences. */
	markLineByValue: string;
	notAnswered: string;
	draftSays: string;
	labels: { dispute: string; ask: string; wording: string };
	/** Caption of the proposed wording in each language: `Proposed wording (English)`. */
	wordingIn: Record<Locale, string>;
	valueErrors: { invalid: string; outOfRange: string };
	summary: {
		heading: string;
		counts: string;
		redHeading: string;
		amberHeading: string;
		noneRed: string;
		allAnswered: string;
		someUnanswered: PluralForms;
	};
	/** Said to screen readers when an answer changes the mark. */
	announce: string;
}

export const contractCheckStrings: Record<Locale, ContractCheckStrings> = { en, zh };
