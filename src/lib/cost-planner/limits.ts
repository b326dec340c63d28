/**
 * The range and precision of every planner input. The URL decoder and the form check values
 * against the same rules (the fee calculator's `checkNumber`), so a link never carries a value
 * the form would refuse. Agency quotes keep the fee calculator's own rules (src/lib/fees/limits.ts).
 */
import { rules as feeRules, type NumberRule } from '../fees/limits';

const bigMoney: NumberRule = { min: 0, max: 1_000_000_000, decimals: 2 };
const percent: NumberRule = feeRules.refundRate;

export const plannerRules = {
	firstMonthGmv: feeRules.monthlyGmv,
	monthlyGrowthPct: feeRules.monthlyGrowth,
	rampGmv: feeRules.monthlyGmv,
	/** Must be above zero: GMV ÷ AOV is the number of orders. */
	averageOrderValue: { min: 0, max: 1_000_000, decimals: 2, minExclusive: true },
	refundRatePct: percent,
	grossMarginPct: percent,
	depositCny: bigMoney,
	commissionPct: percent,
	softwareFeePct: percent,
	rebateUpTo: { min: 0, max: feeRules.monthlyGmv.max * 12, decimals: 2, minExclusive: true },
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

/** The ramp covers at most the longest plan. */
export const maxRampMonths = 24;
export const maxRebateTiers = 4;
