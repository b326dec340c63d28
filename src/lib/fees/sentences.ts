/**
 * The plain sentences the fee calculator shows and reads out: the result summary and one
 * sentence per pair of quotes. Pure: strings in, strings out, rendered as text.
 * The words come from src/i18n/tools/fee-calculator.ts; the shapes below are what this
 * file needs of them, so src/lib does not import src/i18n.
 */
import { formatList } from '../format/list';
import { formatMoneyInProse } from '../format/money';
import { formatPercent } from '../format/percent';
import type { Locale } from '../locale';
import { fill } from '../text/template';
import { monthlyCost } from './monthly-cost';
import type { QuotePair } from './pairs';
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

export interface PairWords extends NameWords {
	breakEven: Record<'point' | 'points' | 'range' | 'rangeUp' | 'everywhere' | 'none', string>;
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

/** One sentence per pair of quotes saying where they cost the same, and which is cheaper on each side. */
export function pairSentence(locale: Locale, t: PairWords, state: CalculatorState, pair: QuotePair): string {
	const { a, b, meetings } = pair;
	const label = (index: number) => fill(t.nameInSentence, { name: quoteLabel(state.quotes[index]!, index, t) });
	const money = (value: number) => formatMoneyInProse(value, locale);
	const cheaperAt = (gmv: number) => (monthlyCost(gmv, state.quotes[a]!, state.refundRate) < monthlyCost(gmv, state.quotes[b]!, state.refundRate) ? a : b);
	const names = { a: label(a), b: label(b) };
	const [only] = meetings;

	// Lines that never meet above zero sales keep the same order everywhere, so one look tells which is cheaper.
	if (!only) return fill(t.breakEven.none, { ...names, cheaper: label(cheaperAt(state.monthlyGmv || 1)) });
	if (meetings.length === 1 && only.kind === 'range') {
		if (only.from === 0 && only.to === Infinity) return fill(t.breakEven.everywhere, names);
		if (only.to === Infinity) return fill(t.breakEven.rangeUp, { ...names, from: money(only.from) });
		return fill(t.breakEven.range, { ...names, from: money(only.from), to: money(only.to) });
	}
	if (meetings.length === 1 && only.kind === 'point') {
		const below = cheaperAt(only.gmv / 2);
		const above = cheaperAt(only.gmv * 2);
		// Lines that only touch have the same quote cheaper on both sides: no "below/above" to tell.
		if (below !== above) return fill(t.breakEven.point, { ...names, gmv: money(only.gmv), below: label(below), above: label(above) });
	}
	const spots = meetings.map((meeting) =>
		meeting.kind === 'point' ? money(meeting.gmv) : `${money(meeting.from)}–${Number.isFinite(meeting.to) ? money(meeting.to) : '∞'}`,
	);
	return fill(t.breakEven.points, { ...names, gmvs: formatList(spots, locale) });
}
