import { breakEvens } from './break-even';
import type { BreakEven, Quote } from './types';

/** Where one pair of quotes (by index) costs the same. */
export interface QuotePair {
	a: number;
	b: number;
	meetings: BreakEven[];
}

/** Every pair of quotes, in reading order (1–2, 1–3, 2–3 …), with their break-evens. */
export function allPairs(quotes: Quote[], refundRate: number): QuotePair[] {
	return quotes.flatMap((quote, a) => quotes.slice(a + 1).map((other, offset) => ({ a, b: a + offset + 1, meetings: breakEvens(quote, other, refundRate) })));
}
