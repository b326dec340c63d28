import type { CommissionBase, Quote } from './types';

/** The amount the commission is charged on, for one month's GMV. */
export function commissionBaseAmount(gmv: number, base: CommissionBase, refundRate: number): number {
	return base === 'net' ? gmv * (1 - refundRate / 100) : gmv;
}

/**
 * Commission on one month's base amount. Tiers work like tax brackets: each
 * rate applies only to the slice of the base inside its bracket, so crossing
 * a threshold never makes the whole month dearer in a jump.
 */
export function tieredCommission(baseAmount: number, quote: Pick<Quote, 'rate' | 'tiers'>): number {
	let commission = 0;
	let bracketStart = 0;
	let bracketRate = quote.rate;
	for (const tier of quote.tiers) {
		if (baseAmount <= tier.above) break;
		commission += ((tier.above - bracketStart) * bracketRate) / 100;
		bracketStart = tier.above;
		bracketRate = tier.rate;
	}
	return commission + (Math.max(0, baseAmount - bracketStart) * bracketRate) / 100;
}

/** The commission rate (percent) that applies to the next yuan of base above `baseAmount`. */
export function marginalCommissionRate(baseAmount: number, quote: Pick<Quote, 'rate' | 'tiers'>): number {
	let rate = quote.rate;
	for (const tier of quote.tiers) {
		if (baseAmount < tier.above) break;
		rate = tier.rate;
	}
	return rate;
}
