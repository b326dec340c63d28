import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { PairComparison } from '../../../lib/fees/pairs';
import type { CalculatorState } from '../../../lib/fees/types';
import { formatList } from '../../../lib/format/list';
import { formatMoneyInProse } from '../../../lib/format/money';
import { fill } from '../../../lib/format/template';
import { quoteLabel, type Speech } from './context';

/** One sentence per pair of quotes saying where they cost the same, and which is cheaper on each side. */
export function pairSentence(
	{ locale, t }: Speech<Pick<FeeCalculatorStrings, 'breakEven' | 'nameInSentence'>>,
	state: CalculatorState,
	pair: PairComparison,
): string {
	const label = (index: number | null) => (index === null ? '' : fill(t.nameInSentence, { name: quoteLabel(state.quotes[index] ?? { name: '' }, index, t) }));
	const money = (value: number) => formatMoneyInProse(value, locale);
	const names = { a: label(pair.a), b: label(pair.b) };
	const { meetings } = pair;
	const [only] = meetings;

	if (!only) {
		const cheaper = pair.below ?? pair.above;
		return cheaper === null ? fill(t.breakEven.everywhere, names) : fill(t.breakEven.none, { ...names, cheaper: label(cheaper) });
	}
	if (meetings.length === 1 && only.kind === 'range') {
		if (only.from === 0 && only.to === Infinity) return fill(t.breakEven.everywhere, names);
		if (only.to === Infinity) return fill(t.breakEven.rangeUp, { ...names, from: money(only.from) });
		return fill(t.breakEven.range, { ...names, from: money(only.from), to: money(only.to) });
	}
	if (meetings.length === 1 && only.kind === 'point' && pair.below !== null && pair.above !== null && pair.below !== pair.above) {
		return fill(t.breakEven.point, { ...names, gmv: money(only.gmv), below: label(pair.below), above: label(pair.above) });
	}
	const spots = meetings.map((meeting) =>
		meeting.kind === 'point' ? money(meeting.gmv) : `${money(meeting.from)}–${Number.isFinite(meeting.to) ? money(meeting.to) : '∞'}`,
	);
	return fill(t.breakEven.points, { ...names, gmvs: formatList(spots, locale) });
}
