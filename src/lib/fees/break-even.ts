import { isTie } from './contract';
import { costBreakpoints, costSlope, monthlyCost, uniqueSorted } from './monthly-cost';
import type { BreakEven, Quote } from './types';

/**
 * Where two quotes cost the same per month, for GMV above zero. Both costs are
 * piecewise linear, so between the breakpoints of either quote their
 * difference is a straight line: each segment has at most one crossing (or
 * coincides entirely), which is solved exactly rather than searched for.
 * An empty list means the lines never meet.
 */
export function breakEvens(a: Quote, b: Quote, refundRate: number): BreakEven[] {
	const difference = (gmv: number) => monthlyCost(gmv, a, refundRate) - monthlyCost(gmv, b, refundRate);
	const bounds = [0, ...uniqueSorted([...costBreakpoints(a, refundRate), ...costBreakpoints(b, refundRate)]), Infinity];
	const found: BreakEven[] = [];

	for (let index = 0; index < bounds.length - 1; index += 1) {
		const from = bounds[index] as number;
		const to = bounds[index + 1] as number;
		// Sample slopes inside the segment, away from the breakpoints where they change.
		const inside = Number.isFinite(to) ? (from + to) / 2 : from + Math.max(1, from);
		const slopeA = costSlope(inside, a, refundRate);
		const slopeB = costSlope(inside, b, refundRate);
		const slope = slopeA - slopeB;
		const atStart = difference(from);
		const costScale = Math.max(monthlyCost(from, a, refundRate), monthlyCost(from, b, refundRate), 1);

		if (Math.abs(atStart) <= 1e-9 * costScale && Math.abs(slope) <= 1e-12 * Math.max(slopeA, slopeB)) {
			addRange(found, from, to);
			continue;
		}
		if (slope === 0) continue;
		const solved = from - atStart / slope;
		// Float rounding can put a crossing that sits on a breakpoint a hair outside its segment.
		const slack = 1e-9 * Math.max(1, from);
		if (solved < from - slack || solved > to + slack) continue;
		const gmv = Math.min(Math.max(solved, from), to);
		if (gmv > 0) addPoint(found, gmv);
	}
	return found;
}

/** Joins ranges that touch and swallows points at their edge. */
function addRange(found: BreakEven[], from: number, to: number): void {
	const last = found.at(-1);
	if (last?.kind === 'range' && last.to === from) {
		last.to = to;
		return;
	}
	if (last?.kind === 'point' && isTie(last.gmv, from)) found.pop();
	found.push({ kind: 'range', from, to });
}

function addPoint(found: BreakEven[], gmv: number): void {
	const last = found.at(-1);
	if (last?.kind === 'point' && isTie(last.gmv, gmv)) return;
	if (last?.kind === 'range' && gmv <= last.to * (1 + 1e-9)) return;
	found.push({ kind: 'point', gmv });
}
