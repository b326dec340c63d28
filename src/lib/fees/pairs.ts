import { breakEvens } from './break-even';
import { monthlyCost } from './monthly-cost';
import type { BreakEven, Quote } from './types';

/** Which quote of a pair costs less on each side of their meeting points. */
export interface PairComparison {
	a: number;
	b: number;
	meetings: BreakEven[];
	/**
	 * For a single crossing: the cheaper quote below and above it. With no
	 * meeting: the quote that is cheaper everywhere (`below` and `above` agree).
	 * `null` where they cost the same.
	 */
	below: number | null;
	above: number | null;
}

export function comparePair(quotes: Quote[], a: number, b: number, refundRate: number): PairComparison {
	const quoteA = quotes[a] as Quote;
	const quoteB = quotes[b] as Quote;
	const meetings = breakEvens(quoteA, quoteB, refundRate);
	const cheaperAt = (gmv: number): number | null => {
		const costA = monthlyCost(gmv, quoteA, refundRate);
		const costB = monthlyCost(gmv, quoteB, refundRate);
		if (Math.abs(costA - costB) <= 1e-9 * Math.max(1, costA, costB)) return null;
		return costA < costB ? a : b;
	};
	const first = meetings[0];
	const last = meetings.at(-1);
	const firstAt = first ? (first.kind === 'point' ? first.gmv : first.from) : 1_000_000;
	const lastAt = last ? (last.kind === 'point' ? last.gmv : last.to) : 1_000_000;
	return {
		a,
		b,
		meetings,
		below: firstAt > 0 ? cheaperAt(firstAt / 2) : null,
		above: Number.isFinite(lastAt) ? cheaperAt(lastAt * 2 + 1) : null,
	};
}

/** Every pair of quotes, in reading order (1–2, 1–3, 2–3 …). */
export function compareAllPairs(quotes: Quote[], refundRate: number): PairComparison[] {
	const pairs: PairComparison[] = [];
	for (let a = 0; a < quotes.length; a += 1) {
		for (let b = a + 1; b < quotes.length; b += 1) pairs.push(comparePair(quotes, a, b, refundRate));
	}
	return pairs;
}
