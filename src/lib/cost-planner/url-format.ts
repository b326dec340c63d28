/**
 * What the planner's link encoder and decoder share: the version, the parameters and the issue
 * types. The format is a public contract (docs/cost-planner-url.md); url.ts is the public entry.
 */
import type { CalculatorState, Quote } from '../fees/types';
import type { IssueCode, IssueOutcome } from '../fees/url-format';
import type { PlannerRuleName } from './limits';
import type { PlannerInputs } from './types';

export const plannerUrlVersion = '1';

/** Each plain number parameter, its rule, and where it lives in the inputs. */
export const numberParams = {
	gmv: ['firstMonthGmv', (i) => i.sales.firstMonthGmv, (i, v) => (i.sales.firstMonthGmv = v)],
	growth: ['monthlyGrowthPct', (i) => i.sales.monthlyGrowthPct, (i, v) => (i.sales.monthlyGrowthPct = v)],
	aov: ['averageOrderValue', (i) => i.sales.averageOrderValue, (i, v) => (i.sales.averageOrderValue = v)],
	refund: ['refundRatePct', (i) => i.sales.refundRatePct, (i, v) => (i.sales.refundRatePct = v)],
	margin: ['grossMarginPct', (i) => i.economics.grossMarginPct, (i, v) => (i.economics.grossMarginPct = v)],
	dep: ['depositCny', (i) => i.platform.depositCny, (i, v) => (i.platform.depositCny = v)],
	pfee: ['commissionPct', (i) => i.platform.commissionPct, (i, v) => (i.platform.commissionPct = v)],
	sw: ['softwareFeePct', (i) => i.platform.softwareFeePct, (i, v) => (i.platform.softwareFeePct = v)],
	pts: ['pointsPct', (i) => i.platform.pointsPct, (i, v) => (i.platform.pointsPct = v)],
	pay: ['paymentFeePct', (i) => i.platform.paymentFeePct, (i, v) => (i.platform.paymentFeePct = v)],
	afee: ['annualFeeCny', (i) => i.platform.annualFeeCny, (i, v) => (i.platform.annualFeeCny = v)],
	cshare: ['creatorSharePct', (i) => i.marketing.creatorSharePct, (i, v) => (i.marketing.creatorSharePct = v)],
	ccomm: ['creatorCommissionPct', (i) => i.marketing.creatorCommissionPct, (i, v) => (i.marketing.creatorCommissionPct = v)],
	camp: ['campaignFeesPerMonth', (i) => i.marketing.campaignFeesPerMonth, (i, v) => (i.marketing.campaignFeesPerMonth = v)],
	ful: ['fulfilmentPerOrder', (i) => i.operations.fulfilmentPerOrder, (i, v) => (i.operations.fulfilmentPerOrder = v)],
	ret: ['returnsHandlingPerReturn', (i) => i.operations.returnsHandlingPerReturn, (i, v) => (i.operations.returnsHandlingPerReturn = v)],
	cs: ['customerServicePerMonth', (i) => i.operations.customerServicePerMonth, (i, v) => (i.operations.customerServicePerMonth = v)],
	content: ['contentPerMonth', (i) => i.operations.contentPerMonth, (i, v) => (i.operations.contentPerMonth = v)],
	samples: ['samplesPerMonth', (i) => i.operations.samplesPerMonth, (i, v) => (i.operations.samplesPerMonth = v)],
} as const satisfies Record<string, readonly [PlannerRuleName, (inputs: PlannerInputs) => number, (inputs: PlannerInputs, value: number) => void]>;

/** Tmall Global's numbers; written only when the inputs have them. */
export const globalParams = {
	bdep: 'bondedDepositCny',
	taxpre: 'taxPrepaymentCny',
	tax: 'crossBorderTaxPct',
} as const;

/** Words for the choices, as links write them. */
export const choices = {
	ch: { tmall: 'tmall', global: 'tmall-global' },
	store: { flagship: 'flagship', franchise: 'franchise', specialty: 'specialty' },
	mark: { r: 'registered', tm: 'tm' },
	ads: { monthly: 'monthly', share: 'share-of-gmv', roas: 'target-roas' },
	taxby: { merchant: 'merchant', buyer: 'buyer' },
	afon: { '1': true, '0': false },
} as const;

/** A fee-calculator state holding only these quotes: the planner's `q` parameters go through the fee calculator's own codec. */
export function quotesOnlyState(quotes: Quote[]): CalculatorState {
	return { monthlyGmv: 0, months: 1, refundRate: 0, monthlyGrowth: 0, grossMargin: null, platformFeeRate: null, inHouseMonthlyCost: null, quotes };
}

export type PlannerIssueField =
	| 'p'
	| 'ch'
	| 'store'
	| 'mark'
	| 'months'
	| 'ramp'
	| 'rebate'
	| 'afon'
	| 'taxby'
	| 'ads'
	| 'ad'
	| 'fx'
	| keyof typeof numberParams
	| keyof typeof globalParams
	// Inside a `q`: the fee calculator's segments, and the planner's seventh.
	| 'q'
	| 'name'
	| 'fee'
	| 'rate'
	| 'base'
	| 'tiers'
	| 'guarantee'
	| 'setup'
	| 'query';

/**
 * The fee calculator's codes, and the planner's own: `unknown-choice` (a word the parameter
 * does not know), `bad-entry` (one entry of `ramp` or `rebate` that cannot be read),
 * `too-many-entries`, and `plan-length` (`months` other than 12 or 24, set to the nearer one).
 */
export type PlannerIssueCode = IssueCode | 'unknown-choice' | 'bad-entry' | 'too-many-entries' | 'plan-length';

export interface PlannerIssue {
	code: PlannerIssueCode;
	field: PlannerIssueField;
	outcome: IssueOutcome;
	/** 1-based position of the `q` the issue is in. */
	quote?: number;
	/** The offending text, shortened; show it as text only. */
	value?: string;
	/** The limit broken, or for `plan-length` the months used instead. */
	limit?: number;
}

export interface DecodedPlan {
	inputs: PlannerInputs;
	issues: PlannerIssue[];
	/** `fee-calculator`: the link was the fee calculator's (no `p`); its quotes and shared figures were taken over. */
	from: 'planner' | 'fee-calculator' | 'empty';
}
