import { commissionBaseAmount } from './commission';
import type { CalculatorState, ContractResult } from './types';

/** Money left in a month and over the contract. */
export interface Contribution {
	firstMonth: number;
	total: number;
}

export interface MarginView {
	/** Gross profit on net sales after Tmall's technical service fee, before paying anyone to run the store. */
	beforeOperator: Contribution;
	/** The same after each quote's agency cost, in quote order. */
	afterQuotes: Contribution[];
	/** After the in-house team instead; `null` when no in-house cost was entered. */
	afterInHouse: Contribution | null;
}

/**
 * Whether the store pays its way. Gross margin and the platform fee are both
 * applied to net sales (after refunds): refunded orders earn no margin and
 * Tmall returns its fee on them. Returns `null` until a gross margin is entered.
 */
export function marginView(state: CalculatorState, contract: ContractResult): MarginView | null {
	if (state.grossMargin === null) return null;
	const keptShare = (state.grossMargin - (state.platformFeeRate ?? 0)) / 100;
	const profitIn = (gmv: number) => commissionBaseAmount(gmv, 'net', state.refundRate) * keptShare;
	const beforeOperator: Contribution = {
		firstMonth: profitIn(contract.monthlyGmvs[0] ?? 0),
		total: contract.monthlyGmvs.reduce((sum, gmv) => sum + profitIn(gmv), 0),
	};
	const after = (firstMonthCost: number, totalCost: number): Contribution => ({
		firstMonth: beforeOperator.firstMonth - firstMonthCost,
		total: beforeOperator.total - totalCost,
	});
	const inHouse = state.inHouseMonthlyCost;
	return {
		beforeOperator,
		afterQuotes: contract.quotes.map((quote) => after(quote.firstMonthCost, quote.totalCost)),
		afterInHouse: inHouse === null ? null : after(inHouse, inHouse * contract.monthlyGmvs.length),
	};
}
