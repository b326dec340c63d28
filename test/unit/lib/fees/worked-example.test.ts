import { describe, expect, it } from 'vitest';
import { breakEvens } from '../../../../src/lib/fees/break-even';
import { cheapestRegions } from '../../../../src/lib/fees/cheapest-regions';
import { evaluateContract } from '../../../../src/lib/fees/contract';
import { exampleState } from '../../../../src/lib/fees/example';
import { sensitivity } from '../../../../src/lib/fees/sensitivity';

/** The example from issue 3, which the calculator opens with. */
const state = exampleState();
const [quoteA, quoteB, quoteC] = state.quotes as [(typeof state.quotes)[0], (typeof state.quotes)[0], (typeof state.quotes)[0]];

describe('the worked example (GMV 1,000,000 a month, 12 months, 10% refunds)', () => {
	const result = evaluateContract(state);

	it('totals 720,000 for A, 864,000 for B and 564,000 for C', () => {
		expect(result.quotes.map((quote) => quote.totalCost)).toEqual([720_000, 864_000, 564_000]);
	});

	it('finds C cheapest at 47,000 a month, an effective 4.7%', () => {
		expect(result.cheapest).toEqual([2]);
		expect(result.quotes[2]?.firstMonthCost).toBe(47_000);
		expect(result.quotes[2]?.effectiveRate).toBeCloseTo(4.7, 10);
		expect(result.totalGmv).toBe(12_000_000);
	});

	it('breaks even at 833,333 (A/B), 1,481,481 (A/C) and 444,444 (B/C) a month', () => {
		const only = (meetings: ReturnType<typeof breakEvens>) => {
			expect(meetings).toHaveLength(1);
			const [meeting] = meetings;
			if (meeting?.kind !== 'point') throw new Error('expected a single point');
			return Math.round(meeting.gmv);
		};
		expect(only(breakEvens(quoteA, quoteB, 10))).toBe(833_333);
		expect(only(breakEvens(quoteA, quoteC, 10))).toBe(1_481_481);
		expect(only(breakEvens(quoteB, quoteC, 10))).toBe(444_444);
		// Order of the pair does not matter.
		expect(only(breakEvens(quoteC, quoteB, 10))).toBe(444_444);
	});

	it('says B is cheapest below 444,444, C up to 1,481,481 and A above', () => {
		const regions = cheapestRegions(state.quotes, 10);
		expect(regions.map((region) => region.cheapest)).toEqual([[1], [2], [0]]);
		expect(Math.round(regions[0]?.to ?? 0)).toBe(444_444);
		expect(Math.round(regions[1]?.to ?? 0)).toBe(1_481_481);
		expect(regions[2]?.to).toBe(Infinity);
	});

	it('shows how each quote moves when sales land at 50% or 150% of the forecast', () => {
		const monthly = sensitivity(state).map((scenario) => scenario.result.quotes.map((quote) => quote.firstMonthCost));
		expect(monthly).toEqual([
			[60_000, 36_000, 33_500],
			[60_000, 72_000, 47_000],
			[60_000, 108_000, 60_500],
		]);
	});
});
