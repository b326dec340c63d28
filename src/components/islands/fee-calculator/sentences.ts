/**
 * Turns the model's results into the plain sentences the calculator shows
 * and reads out. No DOM here: these are strings, rendered as text.
 */
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { ResultSummary } from '../../../lib/fees/summary';
import type { CalculatorState, CheapestRegion, ContractResult } from '../../../lib/fees/types';
import { formatList } from '../../../lib/format/list';
import { formatMoneyInProse } from '../../../lib/format/money';
import { formatPercent } from '../../../lib/format/percent';
import { fill } from '../../../lib/text/template';
import { quoteLabel, type Speech } from './context';

export function resultSentences(
	{ locale, t }: Speech<Pick<FeeCalculatorStrings, 'summary' | 'nameInSentence'>>,
	state: CalculatorState,
	contract: ContractResult,
	summary: ResultSummary,
	regions: CheapestRegion[],
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
