import type { Quote } from './types';

/**
 * Guaranteed sales (保底): when a month's GMV falls short of the promise, the
 * agency hands back the same share of its base fee as the share of sales it
 * missed. Missing 30% of the target returns 30% of the fee; it can never
 * return more than the fee, so the merchant never earns money from a bad month.
 */
export function guaranteeRefund(gmv: number, quote: Pick<Quote, 'monthlyFee' | 'guaranteedGmv'>): number {
	const target = quote.guaranteedGmv;
	if (target === null || target <= 0 || gmv >= target) return 0;
	const shortfallShare = Math.min(1, (target - Math.max(0, gmv)) / target);
	return quote.monthlyFee * shortfallShare;
}
