/**
 * The sentence for each pair of quotes on the fee calculator's tool page: where the two cost the
 * same and which is cheaper on each side. Apart from sentences.ts because only the tool page's
 * analysis says it, and the compact calculator should not carry it. Pure: strings in, strings out.
 */
import { formatList } from '../format/list';
import { formatMoneyInProse } from '../format/money';
import type { Locale } from '../locale';
import { fill } from '../text/template';
import { monthlyCost } from './monthly-cost';
import type { QuotePair } from './pairs';
import { quoteLabel, type NameWords } from './sentences';
import type { CalculatorState } from './types';

export interface PairWords extends NameWords {
	breakEven: Record<'point' | 'points' | 'range' | 'rangeUp' | 'everywhere' | 'none', string>;
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
