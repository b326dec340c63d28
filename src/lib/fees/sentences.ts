/**
 * The plain sentences the fee calculator shows and reads out: the result summary (the sentence
 * for each pair of quotes is in pair-sentence.ts). Pure: strings in, strings out, rendered as text.
 * The words come from src/i18n/tools/fee-calculator.ts; the shapes below are what this
 * file needs of them, so src/lib does not import src/i18n.
 */
import { formatList } from '../format/list';
import { formatMoneyInProse } from '../format/money';
import { formatPercent } from '../format/percent';
import type { Locale } from '../locale';
import { fill } from '../text/template';
import type { ResultSummary } from './summary';
import type { CalculatorState, CheapestRegion, ContractResult, Quote } from './types';

export interface NameWords {
	/** How a quote's name sits in a sentence: `{name}`, or `“{name}”` in Chinese. */
	nameInSentence: string;
	quotes: { defaultName: string };
}

export interface SummaryWords extends NameWords {
	summary: Record<
		'cheapest' | 'cheapestNoSales' | 'cheapestGrowth' | 'tie' | 'below' | 'above' | 'belowTie' | 'aboveTie' | 'alwaysCheapest' | 'single',
		string
	>;
}

/** A quote's display name: what the user typed, or "Quote 2" when they left it blank. */
export function quoteLabel(quote: Pick<Quote, 'name'>, index: number, t: Pick<NameWords, 'quotes'>): string {
	return quote.name || fill(t.quotes.defaultName, { n: index + 1 });
}

/** Which quote is cheapest at the forecast, where that changes, and whether it ever does. */
export function resultSentences(
	locale: Locale,
	t: SummaryWords,
	state: CalculatorState,
	contract: ContractResult,
	summary: ResultSummary,
	regions: readonly CheapestRegion[],
): string[] {
	const names = (indices: number[]) =>
		formatList(
			indices.map((index) => fill(t.nameInSentence, { name: quoteLabel(state.quotes[index] ?? { name: '' }, index, t) })),
			locale,
		);
	const money = (value: number) => formatMoneyInProse(value, locale);
	if (state.quotes.length < 2) return [t.summary.single];

	const [first] = summary.cheapest;
	const winner = contract.quotes[first ?? 0];
	if (!winner) return [];
	const rate = winner.effectiveRate === null ? '' : formatPercent(winner.effectiveRate, locale);
	const sentences: string[] = [];
	if (summary.cheapest.length > 1) {
		sentences.push(fill(t.summary.tie, { names: names(summary.cheapest), monthly: money(winner.firstMonthCost) }));
	} else if (state.monthlyGrowth !== 0) {
		sentences.push(fill(t.summary.cheapestGrowth, { name: names(summary.cheapest), months: state.months, total: money(winner.totalCost), rate }));
	} else {
		const template = rate ? t.summary.cheapest : t.summary.cheapestNoSales;
		sentences.push(fill(template, { name: names(summary.cheapest), monthly: money(winner.firstMonthCost), rate }));
	}
	for (const [change, single, tie] of [
		[summary.cheaperBelow, t.summary.below, t.summary.belowTie],
		[summary.cheaperAbove, t.summary.above, t.summary.aboveTie],
	] as const) {
		if (!change) continue;
		sentences.push(fill(change.quotes.length > 1 ? tie : single, { name: names(change.quotes), names: names(change.quotes), gmv: money(change.gmv) }));
	}
	if (regions.length === 1 && summary.cheapest.length === 1) sentences.push(t.summary.alwaysCheapest);
	return sentences;
}
