/**
 * The planner's opening figures. Platform figures come from the dated platform-facts dataset
 * (content/platform-facts), passed in as plain data; everything else is an illustrative
 * example for a mid-size domestic brand (docs/cost-planner-url.md lists them). The interface
 * labels every default as an example and, through `origins`, names the fact behind it.
 */
import { exampleState } from '../fees/example';
import type { Channel, PlannerFact, PlannerFacts, PlannerInputs, PlatformInputs, StoreType, Trademark } from './types';

/**
 * Where a default came from:
 * - `fact`: the dataset's figure for this channel (for a range, `value` is its top: the dearer case);
 * - `other-channel`: the dataset has the figure only for the other channel, used as the closest one;
 * - `unresolved`: the dataset says the figure is not established; `value` is an example;
 * - `example`: the dataset has no such figure; `value` is an example.
 */
export type DefaultOrigin =
	{ kind: 'fact' | 'other-channel'; factId: string; range?: { min: number; max: number } } | { kind: 'unresolved'; factId: string } | { kind: 'example' };

export type PlatformDefaultField =
	| 'depositCny'
	| 'commissionPct'
	| 'softwareFeePct'
	| 'softwareRebate'
	| 'pointsPct'
	| 'paymentFeePct'
	| 'annualFeeCny'
	| 'bondedDepositCny'
	| 'taxPrepaymentCny'
	| 'crossBorderTaxPct';

export interface StoreSelection {
	channel: Channel;
	storeType: StoreType;
	trademark: Trademark;
}

/** Fact ids the planner reads. Flagship and franchise (专卖店) stores share a deposit. */
export const plannerFactIds = {
	deposit: (storeType: StoreType, trademark: Trademark) => `deposit-${storeType === 'specialty' ? 'specialty' : 'flagship'}-${trademark}`,
	depositGlobal: 'deposit-tmall-global',
	commission: 'commission-range',
	softwareFee: 'software-fee',
	softwareRebate: 'software-fee-rebate',
	points: 'points-deduction',
	paymentFee: 'payment-fee',
	annualFee: (channel: Channel) => (channel === 'tmall' ? 'annual-fee-tmall' : 'annual-fee-tmall-global'),
	bondedDeposit: 'bonded-deposit',
	taxPrepayment: 'tax-prepayment',
	crossBorderTax: 'cbec-tax-rate',
} as const;

/** Examples used where the dataset has no figure (see docs/cost-planner-url.md). */
export const platformExamples = {
	depositCny: 100_000,
	depositGlobalCny: 150_000,
	paymentFeePct: 0,
	annualFeeGlobalCny: 30_000,
	bondedDepositCny: 50_000,
	taxPrepaymentCny: 100_000,
	crossBorderTaxPct: 9.1,
} as const;

interface Resolved {
	value: number;
	origin: DefaultOrigin;
}

/** One figure: the fact's amount (a range's top) when it has one, else the example. */
function resolve(facts: PlannerFacts, factId: string, channel: Channel, example: number): Resolved {
	const fact: PlannerFact | undefined = Object.hasOwn(facts, factId) ? facts[factId] : undefined;
	if (!fact) return { value: example, origin: { kind: 'example' } };
	const kind = !fact.scope || fact.scope.includes(channel) ? 'fact' : 'other-channel';
	const { value } = fact;
	if (value.kind === 'exact') return { value: value.amount, origin: { kind, factId } };
	if (value.kind === 'range') return { value: value.max, origin: { kind, factId, range: { min: value.min, max: value.max } } };
	return { value: example, origin: { kind: 'unresolved', factId } };
}

/**
 * The platform inputs for a channel and store, and where each came from. The interface calls
 * it again when the user changes channel, store type or trademark, since the deposit and the
 * annual fee depend on them.
 */
export function platformDefaults(
	facts: PlannerFacts,
	selection: StoreSelection,
): { platform: PlatformInputs; origins: Record<PlatformDefaultField, DefaultOrigin> } {
	const { channel } = selection;
	const ids = plannerFactIds;
	const deposit =
		channel === 'tmall'
			? resolve(facts, ids.deposit(selection.storeType, selection.trademark), channel, platformExamples.depositCny)
			: resolve(facts, ids.depositGlobal, channel, platformExamples.depositGlobalCny);
	const commission = resolve(facts, ids.commission, channel, 5);
	const softwareFee = resolve(facts, ids.softwareFee, channel, 0.6);
	const points = resolve(facts, ids.points, channel, 0.5);
	const payment = resolve(facts, ids.paymentFee, channel, platformExamples.paymentFeePct);
	const annualFee = resolve(facts, ids.annualFee(channel), channel, channel === 'tmall' ? 0 : platformExamples.annualFeeGlobalCny);
	const bonded = resolve(facts, ids.bondedDeposit, channel, platformExamples.bondedDepositCny);
	const prepayment = resolve(facts, ids.taxPrepayment, channel, platformExamples.taxPrepaymentCny);
	const tax = resolve(facts, ids.crossBorderTax, channel, platformExamples.crossBorderTaxPct);
	// No rebate tiers are published for the current year (the fact is unresolved), so none apply by default.
	const rebateFact = Object.hasOwn(facts, ids.softwareRebate) ? facts[ids.softwareRebate] : undefined;
	const rebateOrigin: DefaultOrigin = rebateFact ? { kind: 'unresolved', factId: ids.softwareRebate } : { kind: 'example' };

	const platform: PlatformInputs = {
		depositCny: deposit.value,
		commissionPct: commission.value,
		softwareFeePct: softwareFee.value,
		softwareRebate: [],
		pointsPct: points.value,
		paymentFeePct: payment.value,
		annualFeeCny: annualFee.value,
		// A fee the dataset says is waived (0) is off; an unresolved one is on, the dearer case, for the user to decide.
		annualFeeApplies: annualFee.value > 0,
	};
	if (channel === 'tmall-global') {
		platform.global = {
			bondedDepositCny: bonded.value,
			taxPrepaymentCny: prepayment.value,
			crossBorderTaxPct: tax.value,
			taxPaidBy: 'buyer',
		};
	}
	return {
		platform,
		origins: {
			depositCny: deposit.origin,
			commissionPct: commission.origin,
			softwareFeePct: softwareFee.origin,
			softwareRebate: rebateOrigin,
			pointsPct: points.origin,
			paymentFeePct: payment.origin,
			annualFeeCny: annualFee.origin,
			bondedDepositCny: bonded.origin,
			taxPrepaymentCny: prepayment.origin,
			crossBorderTaxPct: tax.origin,
		},
	};
}

export interface DefaultOptions extends Partial<StoreSelection> {
	/** Labels for the fee calculator's three example quotes, in the reader's language. */
	quoteNames?: readonly [string, string, string];
}

/**
 * The whole example plan: a domestic flagship store with a registered trademark, 200,000 of
 * GMV in its first month growing 15% a month, and the fee calculator's three example quotes.
 */
export function defaultInputs(facts: PlannerFacts, options: DefaultOptions = {}): PlannerInputs {
	const selection: StoreSelection = {
		channel: options.channel ?? 'tmall',
		storeType: options.storeType ?? 'flagship',
		trademark: options.trademark ?? 'registered',
	};
	return {
		...selection,
		months: 12,
		sales: { firstMonthGmv: 200_000, monthlyGrowthPct: 15, averageOrderValue: 200, refundRatePct: 10 },
		platform: platformDefaults(facts, selection).platform,
		agency: { quotes: exampleState(options.quoteNames).quotes.map((quote) => ({ ...quote, setupFeeCny: 0 })) },
		marketing: { mode: 'share-of-gmv', value: 10, creatorSharePct: 10, creatorCommissionPct: 20, campaignFeesPerMonth: 10_000 },
		operations: { fulfilmentPerOrder: 12, returnsHandlingPerReturn: 8, customerServicePerMonth: 10_000, contentPerMonth: 15_000, samplesPerMonth: 5_000 },
		economics: { grossMarginPct: 50 },
	};
}
