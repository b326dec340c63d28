import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvens } from '../../../../src/lib/fees/break-even';
import { cheapestRegions } from '../../../../src/lib/fees/cheapest-regions';
import { evaluateContract } from '../../../../src/lib/fees/contract';
import { rules } from '../../../../src/lib/fees/limits';
import { monthlyCost } from '../../../../src/lib/fees/monthly-cost';
import { gmvArb, quoteArb, ruleNumber, stateArb } from './arbitraries';

const refundArb = fc.oneof(ruleNumber(rules.refundRate), fc.constantFrom(0, 10, 100));
const closeEnough = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('cost model invariants (property tests)', () => {
	it('never gives a negative cost', () => {
		fc.assert(
			fc.property(quoteArb, refundArb, gmvArb, (quote, refund, gmv) => {
				expect(monthlyCost(gmv, quote, refund)).toBeGreaterThanOrEqual(0);
			}),
			{ numRuns: 5000 },
		);
	}, 60_000);

	it('never costs less when sales are higher', () => {
		fc.assert(
			fc.property(quoteArb, refundArb, gmvArb, gmvArb, (quote, refund, first, second) => {
				const [low, high] = first <= second ? [first, second] : [second, first];
				const lowCost = monthlyCost(low, quote, refund);
				const highCost = monthlyCost(high, quote, refund);
				// Allow only float rounding, relative to the size of the figures.
				expect(highCost).toBeGreaterThanOrEqual(lowCost - 1e-9 * Math.max(1, lowCost));
			}),
			{ numRuns: 5000 },
		);
	}, 60_000);

	it('reports break-evens where the two costs really are equal', () => {
		fc.assert(
			fc.property(quoteArb, quoteArb, refundArb, (a, b, refund) => {
				for (const meeting of breakEvens(a, b, refund)) {
					const checkAt =
						meeting.kind === 'point' ? [meeting.gmv] : [meeting.from, meeting.from * 1.5 + 1, ...(Number.isFinite(meeting.to) ? [meeting.to] : [])];
					for (const gmv of checkAt) {
						expect(gmv).toBeGreaterThanOrEqual(0);
						const costA = monthlyCost(gmv, a, refund);
						const costB = monthlyCost(gmv, b, refund);
						expect(closeEnough(costA, costB), `${costA} vs ${costB} at ${gmv}`).toBe(true);
					}
				}
			}),
			{ numRuns: 5000 },
		);
	}, 60_000);

	it('misses no crossing: if the cheaper quote flips between two sales levels, a break-even lies between them', () => {
		fc.assert(
			fc.property(quoteArb, quoteArb, refundArb, gmvArb, gmvArb, (a, b, refund, first, second) => {
				const [low, high] = first <= second ? [first, second] : [second, first];
				const gap = (gmv: number) => monthlyCost(gmv, a, refund) - monthlyCost(gmv, b, refund);
				const [lowGap, highGap] = [gap(low), gap(high)];
				const clearly = (value: number, gmv: number) => Math.abs(value) > 1e-6 * Math.max(1, monthlyCost(gmv, a, refund), monthlyCost(gmv, b, refund));
				// Only pairs whose cheaper quote really flips say anything, so fast-check discards the
				// rest and keeps drawing until it has numRuns real flips (about one draw in 25 is one).
				fc.pre(low > 0 && clearly(lowGap, low) && clearly(highGap, high) && Math.sign(lowGap) !== Math.sign(highGap));
				const between = breakEvens(a, b, refund).some((meeting) =>
					meeting.kind === 'point' ? meeting.gmv >= low && meeting.gmv <= high : meeting.from <= high && meeting.to >= low,
				);
				expect(between).toBe(true);
			}),
			{ numRuns: 500 },
		);
	}, 60_000);

	it('names as cheapest, at every sales level, a quote no other quote undercuts', () => {
		fc.assert(
			fc.property(fc.array(quoteArb, { minLength: 1, maxLength: 5 }), refundArb, gmvArb, (quotes, refund, gmv) => {
				const region = cheapestRegions(quotes, refund).find((candidate) => gmv >= candidate.from && gmv <= candidate.to);
				expect(region).toBeDefined();
				const costs = quotes.map((quote) => monthlyCost(gmv, quote, refund));
				const lowest = Math.min(...costs);
				for (const index of region?.cheapest ?? []) expect(closeEnough(costs[index] as number, lowest)).toBe(true);
			}),
			{ numRuns: 3000 },
		);
	}, 60_000);

	it('keeps contract totals, effective rates and the cheapest quote consistent', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				const result = evaluateContract(state);
				expect(result.quotes).toHaveLength(state.quotes.length);
				expect(result.cheapest.length).toBeGreaterThan(0);
				const lowest = Math.min(...result.quotes.map((quote) => quote.totalCost));
				for (const quote of result.quotes) {
					expect(quote.totalCost).toBeGreaterThanOrEqual(0);
					if (result.totalGmv > 0) expect(closeEnough(quote.effectiveRate ?? NaN, (quote.totalCost / result.totalGmv) * 100)).toBe(true);
				}
				for (const index of result.cheapest) expect(closeEnough(result.quotes[index]?.totalCost ?? NaN, lowest)).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	}, 60_000);
});
