/**
 * The range and precision of every planner input. The link reader and the form's boxes check
 * values against the same rules (the fee calculator's `checkNumber`), so a plan typed on the page
 * survives its own link and a link never carries a value the form would refuse. Sales, shares and
 * monthly sums take the ranges the fee calculator uses too (src/lib/fees/rule.ts); agency quotes
 * keep the fee calculator's own rules (src/lib/fees/limits.ts).
 */
import { bigMoney, growth, money, percent, type NumberRule } from '../fees/rule';
import type { MarketingMode } from './types';

export const plannerRules = {
	firstMonthGmv: money,
	monthlyGrowthPct: growth,
	rampGmv: money,
	/** Must be above zero: GMV ÷ AOV is the number of orders. */
	averageOrderValue: { min: 0, max: 1_000_000, decimals: 2, minExclusive: true },
	refundRatePct: percent,
	grossMarginPct: percent,
	depositCny: bigMoney,
	commissionPct: percent,
	softwareFeePct: percent,
	rebateUpTo: { min: 0, max: money.max * 12, decimals: 2, minExclusive: true },
	rebatePct: percent,
	pointsPct: percent,
	paymentFeePct: percent,
	annualFeeCny: bigMoney,
	bondedDepositCny: bigMoney,
	taxPrepaymentCny: bigMoney,
	crossBorderTaxPct: percent,
	adMonthly: bigMoney,
	adSharePct: percent,
	/** GMV per yuan of ads; above zero. */
	adRoas: { min: 0, max: 1000, decimals: 2, minExclusive: true },
	creatorSharePct: percent,
	creatorCommissionPct: percent,
	campaignFeesPerMonth: bigMoney,
	fulfilmentPerOrder: { min: 0, max: 100_000, decimals: 2 },
	returnsHandlingPerReturn: { min: 0, max: 100_000, decimals: 2 },
	customerServicePerMonth: bigMoney,
	contentPerMonth: bigMoney,
	samplesPerMonth: bigMoney,
	setupFeeCny: bigMoney,
	/** CNY per unit of the other currency. */
	cnyPerUnit: { min: 0, max: 100_000, decimals: 4, minExclusive: true },
} satisfies Record<string, NumberRule>;

export type PlannerRuleName = keyof typeof plannerRules;

/** The ad figure's rule, by ad mode: a sum a month, a share of GMV, or a return on ad spend. */
export const adRule: Record<MarketingMode, PlannerRuleName> = { monthly: 'adMonthly', 'share-of-gmv': 'adSharePct', 'target-roas': 'adRoas' };

/** The rule of one of the form's boxes: the link's rule for the same figure (`adValue`, the ad figure, goes by its mode). */
export const boxRule = (name: PlannerRuleName | 'adValue', mode: MarketingMode): NumberRule => plannerRules[name === 'adValue' ? adRule[mode] : name];

/** The ramp covers at most the longest plan. */
export const maxRampMonths = 24;
export const maxRebateTiers = 4;
