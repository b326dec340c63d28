import { breakEvens } from './break-even';
import { indicesOfMinimum } from './contract';
import { costBreakpoints, monthlyCost, uniqueSorted } from './monthly-cost';
import type { CheapestRegion, Quote } from './types';

/**
 * Splits monthly GMV from 0 upwards into stretches where the same quote(s)
 * cost least. The cheapest quote can only change where a cost line bends or
 * two lines meet, so checking one GMV inside each gap between those points
 * is exact.
 */
export function cheapestRegions(quotes: Quote[], refundRate: number): CheapestRegion[] {
	const points: number[] = [];
	quotes.forEach((quote, index) => {
		points.push(...costBreakpoints(quote, refundRate));
		for (const other of quotes.slice(index + 1)) {
			for (const meeting of breakEvens(quote, other, refundRate)) {
				if (meeting.kind === 'point') points.push(meeting.gmv);
				else points.push(meeting.from, meeting.to);
			}
		}
	});
	const bounds = [0, ...uniqueSorted(points.filter((point) => point > 0 && Number.isFinite(point))), Infinity];

	const regions: CheapestRegion[] = [];
	for (let index = 0; index < bounds.length - 1; index += 1) {
		const from = bounds[index] as number;
		const to = bounds[index + 1] as number;
		const inside = Number.isFinite(to) ? (from + to) / 2 : from * 2 + 1;
		const cheapest = indicesOfMinimum(quotes.map((quote) => monthlyCost(inside, quote, refundRate)));
		const last = regions.at(-1);
		if (last && sameMembers(last.cheapest, cheapest)) last.to = to;
		else regions.push({ from, to, cheapest });
	}
	return regions;
}

function sameMembers(a: number[], b: number[]): boolean {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}
