import type { CalculatorState } from './types';

/**
 * The worked example the calculator opens with (and the tests hold it to):
 * 1,000,000 a month for 12 months with 10% refunds, and three typical offers —
 * fee only, commission only, and fee plus commission. Names are passed in so
 * each language can label the example in its own words.
 */
export function exampleState(names: readonly [string, string, string] = ['Quote A', 'Quote B', 'Quote C']): CalculatorState {
	return {
		monthlyGmv: 1_000_000,
		months: 12,
		refundRate: 10,
		monthlyGrowth: 0,
		quotes: [
			{ name: names[0], monthlyFee: 60_000, rate: 0, base: 'gmv', tiers: [], guaranteedGmv: null },
			{ name: names[1], monthlyFee: 0, rate: 8, base: 'net', tiers: [], guaranteedGmv: null },
			{ name: names[2], monthlyFee: 20_000, rate: 3, base: 'net', tiers: [], guaranteedGmv: null },
		],
		grossMargin: null,
		platformFeeRate: null,
		inHouseMonthlyCost: null,
	};
}
