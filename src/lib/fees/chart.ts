import { costBreakpoints, monthlyCost } from './monthly-cost';
import type { Quote } from './types';

/**
 * The points of a quote's monthly-cost line from 0 to `maxGmv`. The line is
 * straight between breakpoints, so its corners are all a chart needs.
 */
export function costLine(quote: Quote, refundRate: number, maxGmv: number): Array<[number, number]> {
	const corners = costBreakpoints(quote, refundRate).filter((gmv) => gmv < maxGmv);
	return [0, ...corners, maxGmv].map((gmv) => [gmv, monthlyCost(gmv, quote, refundRate)]);
}
