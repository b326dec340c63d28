import { commissionBaseAmount, marginalCommissionRate, tieredCommission } from './commission';
import { guaranteeRefund } from './guarantee';
import type { Quote } from './types';

/** What one quote costs in a month with the given GMV: fee, less any guarantee refund, plus commission. */
export function monthlyCost(gmv: number, quote: Quote, refundRate: number): number {
	const sales = Math.max(0, gmv);
	const commission = tieredCommission(commissionBaseAmount(sales, quote.base, refundRate), quote);
	return quote.monthlyFee - guaranteeRefund(sales, quote) + commission;
}

/**
 * How much the monthly cost rises per extra yuan of GMV, just above `gmv`.
 * The cost is linear between breakpoints, so this is the slope of the segment.
 */
export function costSlope(gmv: number, quote: Quote, refundRate: number): number {
	const baseShare = quote.base === 'net' ? 1 - refundRate / 100 : 1;
	const commissionSlope = (marginalCommissionRate(gmv * baseShare, quote) / 100) * baseShare;
	const target = quote.guaranteedGmv;
	const refundSlope = target !== null && target > 0 && gmv < target ? quote.monthlyFee / target : 0;
	return commissionSlope + refundSlope;
}

/**
 * The monthly GMVs where a quote's cost line bends: tier thresholds (turned
 * from commission base into GMV) and the guaranteed-sales target. Sorted, > 0.
 */
export function costBreakpoints(quote: Quote, refundRate: number): number[] {
	const baseShare = quote.base === 'net' ? 1 - refundRate / 100 : 1;
	const points: number[] = [];
	// With every sale refunded the net base is always zero, so tiers never start.
	if (baseShare > 0) for (const tier of quote.tiers) points.push(tier.above / baseShare);
	if (quote.guaranteedGmv !== null && quote.guaranteedGmv > 0) points.push(quote.guaranteedGmv);
	return uniqueSorted(points.filter((point) => point > 0 && Number.isFinite(point)));
}

export function uniqueSorted(values: number[]): number[] {
	return [...new Set(values)].sort((a, b) => a - b);
}
