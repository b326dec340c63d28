/**
 * fast-check generators for the planner. "Valid" inputs are exactly those the form can
 * produce: every number inside its rule (src/lib/cost-planner/limits.ts) at its precision.
 */
import fc from 'fast-check';
import { maxRampMonths, maxRebateTiers, plannerRules, type PlannerRuleName } from '../../../../src/lib/cost-planner/limits';
import type { AgencyQuote, MarketingInputs, PlannerInputs, RebateTier } from '../../../../src/lib/cost-planner/types';
import type { NumberRule } from '../../../../src/lib/fees/limits';
import { quoteArb, ruleNumber } from '../fees/arbitraries';

/** Mostly everyday magnitudes, sometimes anywhere in the rule. */
function realistic(rule: NumberRule, everydayMax: number): fc.Arbitrary<number> {
	return fc.oneof({ weight: 4, arbitrary: ruleNumber({ ...rule, max: Math.min(rule.max, everydayMax) }) }, { weight: 1, arbitrary: ruleNumber(rule) });
}

const everyday: Partial<Record<PlannerRuleName, number>> = {
	firstMonthGmv: 20_000_000,
	rampGmv: 20_000_000,
	averageOrderValue: 2_000,
	depositCny: 500_000,
	annualFeeCny: 100_000,
	bondedDepositCny: 500_000,
	taxPrepaymentCny: 500_000,
	adMonthly: 2_000_000,
	adRoas: 30,
	campaignFeesPerMonth: 200_000,
	fulfilmentPerOrder: 100,
	returnsHandlingPerReturn: 100,
	customerServicePerMonth: 200_000,
	contentPerMonth: 200_000,
	samplesPerMonth: 200_000,
	setupFeeCny: 200_000,
	rebateUpTo: 5_000_000,
};

export const num = (rule: PlannerRuleName) => {
	const max = everyday[rule];
	return max === undefined ? ruleNumber(plannerRules[rule]) : realistic(plannerRules[rule], max);
};
/** Percentages that real stores enter (a 100% refund rate makes every property trivial). */
const pct = (max: number) => ruleNumber({ min: 0, max, decimals: 4 });

export const agencyQuoteArb: fc.Arbitrary<AgencyQuote> = fc
	.record({ quote: quoteArb, setup: num('setupFeeCny') })
	.map(({ quote, setup }) => ({ ...quote, setupFeeCny: setup }));

const rebateTiersArb = (monotone: boolean): fc.Arbitrary<RebateTier[]> =>
	fc
		.uniqueArray(fc.record({ upToAnnualGmv: num('rebateUpTo'), rebatePct: num('rebatePct') }), {
			maxLength: maxRebateTiers,
			selector: (tier) => tier.upToAnnualGmv,
		})
		.map((tiers) => {
			const sorted = [...tiers].sort((a, b) => a.upToAnnualGmv - b.upToAnnualGmv);
			if (!monotone) return sorted;
			// Real tiers give smaller stores more back: the rebate never rises with sales.
			const rates = sorted.map((tier) => tier.rebatePct).sort((a, b) => b - a);
			return sorted.map((tier, index) => ({ ...tier, rebatePct: rates[index] as number }));
		});

const marketingArb: fc.Arbitrary<MarketingInputs> = fc.constantFrom('monthly' as const, 'share-of-gmv' as const, 'target-roas' as const).chain((mode) =>
	fc.record({
		mode: fc.constant(mode),
		value: mode === 'monthly' ? num('adMonthly') : mode === 'share-of-gmv' ? pct(40) : num('adRoas'),
		creatorSharePct: num('creatorSharePct'),
		creatorCommissionPct: pct(50),
		campaignFeesPerMonth: num('campaignFeesPerMonth'),
	}),
);

export function inputsArb(options: { monotoneRebate?: boolean } = {}): fc.Arbitrary<PlannerInputs> {
	return fc.constantFrom('tmall' as const, 'tmall-global' as const).chain((channel) =>
		fc.record(
			{
				channel: fc.constant(channel),
				storeType: fc.constantFrom('flagship' as const, 'franchise' as const, 'specialty' as const),
				trademark: fc.constantFrom('registered' as const, 'tm' as const),
				months: fc.constantFrom(12 as const, 24 as const),
				sales: fc.record(
					{
						firstMonthGmv: num('firstMonthGmv'),
						monthlyGrowthPct: fc.oneof(fc.constant(0), ruleNumber({ min: -20, max: 20, decimals: 4 }), num('monthlyGrowthPct')),
						ramp: fc.array(num('rampGmv'), { minLength: 1, maxLength: maxRampMonths }),
						averageOrderValue: num('averageOrderValue'),
						refundRatePct: pct(60),
					},
					{ requiredKeys: ['firstMonthGmv', 'monthlyGrowthPct', 'averageOrderValue', 'refundRatePct'] },
				),
				platform: fc.record(
					{
						depositCny: num('depositCny'),
						commissionPct: pct(10),
						softwareFeePct: pct(2),
						softwareRebate: rebateTiersArb(options.monotoneRebate ?? false),
						pointsPct: pct(2),
						paymentFeePct: pct(2),
						annualFeeCny: num('annualFeeCny'),
						annualFeeApplies: fc.boolean(),
						global: fc.record({
							bondedDepositCny: num('bondedDepositCny'),
							taxPrepaymentCny: num('taxPrepaymentCny'),
							crossBorderTaxPct: pct(30),
							taxPaidBy: fc.constantFrom('merchant' as const, 'buyer' as const),
						}),
					},
					{
						requiredKeys:
							channel === 'tmall'
								? ['depositCny', 'commissionPct', 'softwareFeePct', 'softwareRebate', 'pointsPct', 'paymentFeePct', 'annualFeeCny', 'annualFeeApplies']
								: undefined,
					},
				),
				agency: fc.record({ quotes: fc.array(agencyQuoteArb, { maxLength: 5 }) }),
				marketing: marketingArb,
				operations: fc.record({
					fulfilmentPerOrder: num('fulfilmentPerOrder'),
					returnsHandlingPerReturn: num('returnsHandlingPerReturn'),
					customerServicePerMonth: num('customerServicePerMonth'),
					contentPerMonth: num('contentPerMonth'),
					samplesPerMonth: num('samplesPerMonth'),
				}),
				economics: fc.record({ grossMarginPct: num('grossMarginPct') }),
				exchange: fc.record({
					currency: fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'HKD'),
					cnyPerUnit: num('cnyPerUnit'),
					date: fc.option(
						fc
							.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
							.map((day) => day.toISOString().slice(0, 10)),
						{ nil: null },
					),
				}),
			},
			{ requiredKeys: ['channel', 'storeType', 'trademark', 'months', 'sales', 'platform', 'agency', 'marketing', 'operations', 'economics'] },
		),
	);
}
