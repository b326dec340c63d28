/**
 * The two worked examples the planner is held to (issue 12), with round figures so every
 * result can be checked by hand; the arithmetic is in worked-examples.test.ts. Also a copy of
 * the platform facts as plain data, so the model's tests do not move when the dataset does.
 */
import type { PlannerFacts, PlannerInputs } from '../../../../src/lib/cost-planner/types';

/** Domestic Tmall flagship (® mark): sales ramp up over three months, one agency quote with a set-up fee. */
export function domesticExample(): PlannerInputs {
	return {
		channel: 'tmall',
		storeType: 'flagship',
		trademark: 'registered',
		months: 12,
		sales: { firstMonthGmv: 200_000, monthlyGrowthPct: 0, ramp: [200_000, 300_000, 400_000], averageOrderValue: 200, refundRatePct: 10 },
		platform: {
			depositCny: 50_000,
			commissionPct: 5,
			softwareFeePct: 0.6,
			softwareRebate: [],
			pointsPct: 0.5,
			paymentFeePct: 0,
			annualFeeCny: 0,
			annualFeeApplies: false,
		},
		agency: {
			quotes: [{ name: 'Shop & Co', monthlyFee: 30_000, rate: 5, base: 'net', tiers: [], guaranteedGmv: null, setupFeeCny: 20_000 }],
		},
		marketing: { mode: 'share-of-gmv', value: 10, creatorSharePct: 10, creatorCommissionPct: 20, campaignFeesPerMonth: 10_000 },
		operations: { fulfilmentPerOrder: 10, returnsHandlingPerReturn: 5, customerServicePerMonth: 10_000, contentPerMonth: 10_000, samplesPerMonth: 0 },
		economics: { grossMarginPct: 50 },
	};
}

/** Tmall Global, bonded warehouse, 24 months of flat sales; the merchant pays the cross-border tax. */
export function globalExample(): PlannerInputs {
	return {
		channel: 'tmall-global',
		storeType: 'flagship',
		trademark: 'registered',
		months: 24,
		sales: { firstMonthGmv: 300_000, monthlyGrowthPct: 0, averageOrderValue: 300, refundRatePct: 5 },
		platform: {
			depositCny: 150_000,
			commissionPct: 4,
			softwareFeePct: 0.6,
			softwareRebate: [],
			pointsPct: 0.5,
			paymentFeePct: 1,
			annualFeeCny: 30_000,
			annualFeeApplies: true,
			global: { bondedDepositCny: 50_000, taxPrepaymentCny: 100_000, crossBorderTaxPct: 9.1, taxPaidBy: 'merchant' },
		},
		agency: {
			quotes: [{ name: '李记', monthlyFee: 0, rate: 6, base: 'gmv', tiers: [], guaranteedGmv: null, setupFeeCny: 0 }],
		},
		marketing: { mode: 'target-roas', value: 10, creatorSharePct: 0, creatorCommissionPct: 0, campaignFeesPerMonth: 0 },
		operations: { fulfilmentPerOrder: 15, returnsHandlingPerReturn: 0, customerServicePerMonth: 0, contentPerMonth: 20_000, samplesPerMonth: 0 },
		economics: { grossMarginPct: 50 },
	};
}

const verified = '2026-12-06';

/** The platform-facts dataset as of December 2026, reduced to what the planner reads. */
export const factsFixture: PlannerFacts = {
	'deposit-flagship-registered': { value: { kind: 'exact', amount: 50_000 }, unit: 'cny', scope: ['tmall'], verified },
	'deposit-flagship-tm': { value: { kind: 'exact', amount: 100_000 }, unit: 'cny', scope: ['tmall'], verified },
	'deposit-specialty-registered': { value: { kind: 'exact', amount: 100_000 }, unit: 'cny', scope: ['tmall'], verified },
	'deposit-specialty-tm': { value: { kind: 'exact', amount: 150_000 }, unit: 'cny', scope: ['tmall'], verified },
	'commission-range': { value: { kind: 'range', min: 2, max: 5 }, unit: 'percent', scope: ['tmall', 'tmall-global'], verified },
	'software-fee': { value: { kind: 'exact', amount: 0.6 }, unit: 'percent', scope: ['tmall'], verified },
	'software-fee-rebate': { value: { kind: 'unresolved' }, unit: 'percent', scope: ['tmall'], verified },
	'points-deduction': { value: { kind: 'exact', amount: 0.5 }, unit: 'percent', scope: ['tmall'], verified },
	'annual-fee-tmall': { value: { kind: 'exact', amount: 0 }, unit: 'cny', scope: ['tmall'], verified },
	'annual-fee-tmall-global': { value: { kind: 'unresolved' }, unit: 'cny', scope: ['tmall-global'], verified },
	'cbec-tax-rate': { value: { kind: 'exact', amount: 9.1 }, unit: 'percent', scope: ['tmall-global'], verified },
};
