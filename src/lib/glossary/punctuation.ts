import type { Locale } from '../locale';

/**
 * Punctuation around labels and lists. Chinese uses full-width marks with no
 * space after them (“相关术语：提点、保底”); English uses ASCII marks followed
 * by a space (“See also: Commission, Base fee”).
 */
export interface Punctuation {
	/** After a label: `: ` / `：`. */
	colon: string;
	/** Between items of a short list: `, ` / `、`. */
	listSeparator: string;
	/** Between longer items such as citations: `; ` / `；`. */
	itemSeparator: string;
	/** Around an aside such as a date: `(` `)` / `（` `）`. */
	openParen: string;
	closeParen: string;
}

const punctuationByLocale: Record<Locale, Punctuation> = {
	en: { colon: ': ', listSeparator: ', ', itemSeparator: '; ', openParen: ' (', closeParen: ')' },
	zh: { colon: '：', listSeparator: '、', itemSeparator: '；', openParen: '（', closeParen: '）' },
};

export function punctuationFor(locale: Locale): Punctuation {
	return punctuationByLocale[locale];
}
