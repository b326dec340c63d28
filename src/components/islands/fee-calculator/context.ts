import type { Locale } from '../../../i18n/locales';
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { fill } from '../../../lib/format/template';
import type { Quote } from '../../../lib/fees/types';

/** What every part of the calculator needs to speak the page's language. */
export interface Speech {
	locale: Locale;
	t: FeeCalculatorStrings;
}

/** A quote's display name: what the user typed, or "Quote 2" when they left it blank. */
export function quoteLabel(quote: Pick<Quote, 'name'>, index: number, t: FeeCalculatorStrings): string {
	return quote.name || fill(t.quotes.defaultName, { n: index + 1 });
}

/** A heading tag `levels` below the calculator's top level (h2 on the tool page, h3 inside a guide). */
export function headingTag(topLevel: number, levels = 0): 'h2' | 'h3' | 'h4' | 'h5' {
	return `h${Math.min(5, topLevel + levels)}` as 'h2' | 'h3' | 'h4' | 'h5';
}

/** Dash patterns that tell lines apart without relying on colour. */
export const seriesDashes = ['', '9 5', '2 4', '12 4 2 4', '5 3 1 3'];

export function seriesColour(index: number): string {
	return `var(--color-series-${(index % 5) + 1})`;
}
