/**
 * How the glossary page orders its terms. English readers scan an A–Z list
 * by the English term. Chinese readers get the terms grouped by theme (agency
 * models, fees, store types, metrics, advertising, platform), sorted by pinyin
 * inside each group: many terms start with Latin abbreviations (GMV, DSR,
 * ROI, TP) or share a first character, so a pinyin A–Z index would scatter
 * related words, while a merchant usually arrives with a question about one
 * topic ("what are all these fees?").
 */

/** The fields ordering needs; the real term type has more. */
export interface OrderableTerm {
	id: string;
	en: string;
	zh: string;
	theme: string;
}

export interface OrderableTheme {
	id: string;
	label: string;
}

/** One block of the glossary page: a heading (`label`) with its anchor (`id`) and terms. */
export interface TermGroup<T> {
	id: string;
	label: string;
	terms: T[];
}

const englishCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const chineseCollator = new Intl.Collator('zh-CN', { numeric: true });

/** Prefix for group anchors, kept apart from term ids (the schema refuses term ids starting with it). */
export const groupAnchorPrefix = 'glossary-';

/** `Ébauche` → `E`; a term starting with a digit or symbol goes under `#`. */
export function initialLetter(term: string): string {
	const first = term
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.charAt(0)
		.toUpperCase();
	return /^[A-Z]$/.test(first) ? first : '#';
}

export function sortByEnglish<T extends OrderableTerm>(terms: readonly T[]): T[] {
	return [...terms].sort((a, b) => englishCollator.compare(a.en, b.en) || a.id.localeCompare(b.id));
}

export function sortByPinyin<T extends OrderableTerm>(terms: readonly T[]): T[] {
	return [...terms].sort((a, b) => chineseCollator.compare(a.zh, b.zh) || a.id.localeCompare(b.id));
}

/** English page: one group per initial letter of the English term, A to Z, `#` last. */
export function groupByInitial<T extends OrderableTerm>(terms: readonly T[]): TermGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const term of sortByEnglish(terms)) {
		const letter = initialLetter(term.en);
		groups.set(letter, [...(groups.get(letter) ?? []), term]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
		.map(([letter, grouped]) => ({
			id: `${groupAnchorPrefix}${letter === '#' ? 'other' : letter.toLowerCase()}`,
			label: letter,
			terms: grouped,
		}));
}

/** Chinese page: the file's themes in the editor's order, terms by pinyin inside each; empty themes are left out. */
export function groupByTheme<T extends OrderableTerm>(terms: readonly T[], themes: readonly OrderableTheme[]): TermGroup<T>[] {
	return themes
		.map((theme) => ({
			id: `${groupAnchorPrefix}${theme.id}`,
			label: theme.label,
			terms: sortByPinyin(terms.filter((term) => term.theme === theme.id)),
		}))
		.filter((group) => group.terms.length > 0);
}

/** The name a reader of `locale` looks for first, and the one in the other language. */
export function termNames(term: OrderableTerm, locale: 'en' | 'zh'): { primary: string; secondary: string } {
	return locale === 'zh' ? { primary: term.zh, secondary: term.en } : { primary: term.en, secondary: term.zh };
}
