import { monthlyCost } from './monthly-cost';
import type { CalculatorState, ContractResult, QuoteCost } from './types';

/** GMV for each month of the contract: the forecast, compounded by the monthly growth rate. */
export function monthlyGmvSeries(state: Pick<CalculatorState, 'monthlyGmv' | 'months' | 'monthlyGrowth'>): number[] {
	const factor = 1 + state.monthlyGrowth / 100;
	return Array.from({ length: state.months }, (_, month) => state.monthlyGmv * factor ** month);
}

/** Costs within this fraction of each other count as a tie, so float noise never picks a false winner. */
const tieTolerance = 1e-9;

export function isTie(a: number, b: number): boolean {
	return Math.abs(a - b) <= tieTolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Indices of the smallest values, counting near-equal values as tied. */
export function indicesOfMinimum(values: number[]): number[] {
	if (values.length === 0) return [];
	const lowest = Math.min(...values);
	return values.flatMap((value, index) => (isTie(value, lowest) ? [index] : []));
}

/** Every quote's cost over the whole contract, and which is cheapest. */
export function evaluateContract(state: CalculatorState): ContractResult {
	const monthlyGmvs = monthlyGmvSeries(state);
	const totalGmv = monthlyGmvs.reduce((sum, gmv) => sum + gmv, 0);
	const quotes = state.quotes.map((quote): QuoteCost => {
		const costs = monthlyGmvs.map((gmv) => monthlyCost(gmv, quote, state.refundRate));
		const totalCost = costs.reduce((sum, cost) => sum + cost, 0);
		return {
			firstMonthCost: costs[0] ?? 0,
			totalCost,
			effectiveRate: totalGmv > 0 ? (totalCost / totalGmv) * 100 : null,
		};
	});
	return { monthlyGmvs, totalGmv, quotes, cheapest: indicesOfMinimum(quotes.map((quote) => quote.totalCost)) };
}
