import type { Locale } from '../../../i18n/locales';
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';

/** The words every part of the calculator may need. */
export type CommonStrings = Pick<FeeCalculatorStrings, 'errors' | 'spacedSentences' | 'units'> & {
	quotes: Pick<FeeCalculatorStrings['quotes'], 'defaultName'>;
};

/** What a part of the calculator needs to speak the page's language: the common words plus its own. */
export interface Speech<Own = unknown> {
	locale: Locale;
	t: CommonStrings & Own;
}

/** A heading tag `levels` below the calculator's top level (h2 on the tool page, h3 inside a guide). */
export function headingTag(topLevel: number, levels = 0): 'h2' | 'h3' | 'h4' | 'h5' {
	return `h${Math.min(5, topLevel + levels)}` as 'h2' | 'h3' | 'h4' | 'h5';
}

/**
 * The class that sets `--series` to a quote's colour. A class rather than a
 * style attribute, because the site's Content-Security-Policy blocks those.
 */
export function seriesClass(index: number): string {
	return `fc-series-${(index % 5) + 1}`;
}

export { quoteLabel } from '../../../lib/fees/sentences';
export { joinSentences } from '../../../lib/text/join-sentences';
