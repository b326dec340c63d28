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

/**
 * Round axis ticks from 0 to at least `max`: steps of 1, 2 or 5 × 10ⁿ, about
 * `count` of them, so labels read as plain round numbers.
 */
export function niceTicks(max: number, count = 5): number[] {
	if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
	const rough = max / count;
	const magnitude = 10 ** Math.floor(Math.log10(rough));
	const step = ([1, 2, 5, 10].find((multiple) => multiple * magnitude >= rough) ?? 10) * magnitude;
	const ticks: number[] = [];
	for (let tick = 0; tick < max + step * 0.999; tick += step) ticks.push(Number(tick.toPrecision(12)));
	return ticks;
}
