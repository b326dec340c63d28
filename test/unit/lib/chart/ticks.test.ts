import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../../src/lib/chart/ticks';

describe('axisTicks', () => {
	it('covers zero to the top value in round steps of 1, 2 or 5 × 10ⁿ', () => {
		expect(axisTicks(0, 1_000_000)).toEqual([0, 500_000, 1_000_000]);
		expect(axisTicks(0, 2_000_000)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000]);
		expect(axisTicks(0, 61_000)).toEqual([0, 20_000, 40_000, 60_000, 80_000]);
		expect(axisTicks(0, 7)).toEqual([0, 2, 4, 6, 8]);
		expect(axisTicks(0, 0.3)).toEqual([0, 0.1, 0.2, 0.3]);
	});

	it('reaches below zero for negative values, and includes zero when all values are negative', () => {
		expect(axisTicks(-350_000, 120_000)).toEqual([-400_000, -200_000, 0, 200_000]);
		expect(axisTicks(-90, -10)).toEqual([-100, -50, 0]);
	});

	it('gives 0 and 1 when every value is zero or a value is not finite', () => {
		expect(axisTicks(0, 0)).toEqual([0, 1]);
		expect(axisTicks(0, Number.POSITIVE_INFINITY)).toEqual([0, 1]);
		expect(axisTicks(Number.NaN, 5)).toEqual([0, 1]);
	});
});
