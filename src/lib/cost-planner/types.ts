/**
 * The year-one cost planner's domain types (issue 12). Money is in CNY as plain
 * numbers kept at full precision (round only for display); rates are percentages
 * (`0.6` means 0.6%); every GMV figure is per month unless the name says otherwise.
 * Month numbers are 1-based: month 1 is the month the store opens.
 *
 * Agency quotes are the fee calculator's own `Quote` (src/lib/fees/types.ts), plus a
 * one-off set-up fee; their monthly cost comes from src/lib/fees/monthly-cost.ts.
 */
import type { Quote } from '../fees/types';

export type Channel = 'tmall' | 'tmall-global';
export type StoreType = 'flagship' | 'franchise' | 'specialty';
/** `registered`: a registered trademark (®); `tm`: an application still pending (TM). */
export type Trademark = 'registered' | 'tm';
/** The plan covers one year, or two years shown side by side. */
export type PlanMonths = 12 | 24;
/**
 * How the ad budget is set: a fixed amount each month (`monthly`), a share of the
 * month's GMV (`share-of-gmv`), or the spend that a store-wide target ROAS implies
 * (`target-roas`: ads = GMV ÷ ROAS).
 */
export type MarketingMode = 'monthly' | 'share-of-gmv' | 'target-roas';
/** Tmall Global: who bears the cross-border tax (the merchant when prices include it, 包税). */
export type TaxPaidBy = 'merchant' | 'buyer';

/**
 * One tier of the software fee's small-store rebate. A plan year whose GMV is at most
 * `upToAnnualGmv` gets `rebatePct` percent of that year's software fee back. The lowest
 * matching tier wins; tiers are data because Tmall announces them year by year.
 */
export interface RebateTier {
	upToAnnualGmv: number;
	rebatePct: number;
}

export interface SalesInputs {
	/** GMV (paid orders, before refunds) in month 1. */
	firstMonthGmv: number;
	/** Month-on-month growth in percent (negative = shrinking); ignored for months the ramp covers. */
	monthlyGrowthPct: number;
	/**
	 * Optional month-by-month GMV: entry `i` is month `i + 1`. Months beyond the ramp
	 * continue from its last entry at `monthlyGrowthPct`. Empty or absent = growth only.
	 */
	ramp?: number[];
	/** Average order value (GMV per paid order); turns GMV into orders for per-order costs. */
	averageOrderValue: number;
	/** Share of GMV refunded or returned, in percent. */
	refundRatePct: number;
}

export interface GlobalInputs {
	/** Refundable: money tied up with the bonded warehouse or its customs broker. */
	bondedDepositCny: number;
	/** Refundable: cross-border tax paid ahead into the tax guarantee account. */
	taxPrepaymentCny: number;
	/** Cross-border import tax rate (9.1% for most goods). */
	crossBorderTaxPct: number;
	/** Only `merchant` makes the tax a cost in the plan. */
	taxPaidBy: TaxPaidBy;
}

export interface PlatformInputs {
	/** Refundable store deposit (保证金), paid in month 1 and tied up for the whole plan. */
	depositCny: number;
	/** Tmall's technical service fee (扣点) for the category, percent of net sales. */
	commissionPct: number;
	/** Basic software service fee (基础软件服务费), percent of net sales; 0.6 by default. */
	softwareFeePct: number;
	/** Small-store rebate tiers for the software fee; empty = no rebate. */
	softwareRebate: RebateTier[];
	/** Tmall points (积分) deduction, percent of net sales; 0.5 by default. */
	pointsPct: number;
	/** Payment processing fee, percent of GMV (charged when the buyer pays). */
	paymentFeePct: number;
	/** Annual fee in CNY, charged in month 1 of each plan year when `annualFeeApplies`. */
	annualFeeCny: number;
	annualFeeApplies: boolean;
	/** Tmall Global only; ignored (and may be absent) for domestic Tmall. */
	global?: GlobalInputs;
}

/** An agency's offer: the fee calculator's quote plus a one-off set-up fee paid in month 1. */
export interface AgencyQuote extends Quote {
	setupFeeCny: number;
}

export interface AgencyInputs {
	/** 0 to 5 quotes, each planned separately. With none, the plan has one run with no agency. */
	quotes: AgencyQuote[];
}

export interface MarketingInputs {
	mode: MarketingMode;
	/** CNY per month (`monthly`), percent of GMV (`share-of-gmv`) or the ROAS itself (`target-roas`, GMV per yuan of ads). */
	value: number;
	/** Share of net sales that creators and livestreams drive, percent. */
	creatorSharePct: number;
	/** Commission paid to creators on the sales they drive, percent. */
	creatorCommissionPct: number;
	/** Campaign and promotion fees (大促 sign-up, events), CNY per month. */
	campaignFeesPerMonth: number;
}

/** Costs the merchant keeps paying whoever runs the store. */
export interface OperationsInputs {
	/** Pick, pack and ship, CNY per paid order (refunded orders were shipped too). */
	fulfilmentPerOrder: number;
	/** CNY per returned order. */
	returnsHandlingPerReturn: number;
	customerServicePerMonth: number;
	contentPerMonth: number;
	samplesPerMonth: number;
}

export interface EconomicsInputs {
	/** Gross margin on net sales, percent (net sales less the cost of goods sold). */
	grossMarginPct: number;
}

/**
 * A rate the user types, to show amounts in another currency beside CNY. The site makes no
 * request to any outside host, so there is no live rate; the date says when the user read it.
 * The model itself works in CNY only.
 */
export interface ExchangeRate {
	/** ISO 4217 code, three capital letters, not `CNY` (`USD`, `EUR` …). */
	currency: string;
	/** How many CNY one unit of `currency` buys. */
	cnyPerUnit: number;
	/** `YYYY-MM-DD`, or `null` when not given. */
	date: string | null;
}

/** Everything the user enters; the whole of it is shared through the URL. */
export interface PlannerInputs {
	channel: Channel;
	storeType: StoreType;
	trademark: Trademark;
	months: PlanMonths;
	sales: SalesInputs;
	platform: PlatformInputs;
	agency: AgencyInputs;
	marketing: MarketingInputs;
	operations: OperationsInputs;
	economics: EconomicsInputs;
	/** Optional; absent = amounts in CNY only. */
	exchange?: ExchangeRate;
}

/** Money paid in one month, line by line. All lines are ≥ 0 (a rebate is netted inside `softwareFee`). */
export interface CostLines {
	// Paid to the platform
	commission: number;
	/** Software fee net of the small-store rebate. */
	softwareFee: number;
	points: number;
	payment: number;
	annualFee: number;
	// Paid to the agency
	/** Monthly cost from the fee calculator's model (fee − guarantee refund + commission). */
	agency: number;
	/** One-off set-up fee, month 1 only. */
	agencySetup: number;
	// Paid for marketing
	ads: number;
	creator: number;
	campaigns: number;
	// Kept by the merchant (its own operations)
	fulfilment: number;
	returnsHandling: number;
	customerService: number;
	content: number;
	samples: number;
	// Paid to customs (Tmall Global, merchant pays)
	crossBorderTax: number;
}

export type CostLine = keyof CostLines;

/** Who is paid: the split behind the all-in take rate. */
export type Payee = 'platform' | 'agency' | 'marketing' | 'operations' | 'tax';

/** What a month or a plan year adds up to. */
export interface PeriodFlows {
	gmv: number;
	/** GMV × (1 − refund rate). */
	netSales: number;
	/** Paid orders: GMV ÷ average order value. */
	orders: number;
	/** Net sales × gross margin. */
	grossProfit: number;
	costs: CostLines;
	/** Sum of `costs`. */
	totalCosts: number;
	/** Gross profit − total costs: money earned (or spent, when negative) in the period. */
	contribution: number;
	/** Refundable money paid in the period (deposits, tax prepayment); not spent, tied up. */
	tiedUp: number;
}

export interface MonthRow extends PeriodFlows {
	/** 1-based. */
	month: number;
	/** Running sum of contributions: money spent and earned back so far. */
	cumulativeContribution: number;
	/** Running sum of (contribution − tiedUp): the merchant's cash position, negative = cash needed. */
	cumulativeCash: number;
}

/** Totals over one plan year (months 1–12 or 13–24). */
export interface YearTotals extends PeriodFlows {
	/** 1 or 2. */
	year: number;
}

/** Costs as a percentage of GMV over the whole plan, by who is paid. `null` with no GMV. */
export interface TakeRate {
	byPayee: Record<Payee, number>;
	/** Platform + agency + marketing: what it costs to sell on Tmall through an agency. */
	allIn: number;
}

/** The plan for one agency quote (or for no agency). */
export interface QuotePlan {
	/** Index into `inputs.agency.quotes`; `null` for the run with no agency. */
	quote: number | null;
	rows: MonthRow[];
	years: YearTotals[];
	/** Most cash the merchant has to put in at any point (≥ 0), and the first month it happens (`null` when never negative). */
	peakCash: { amount: number; month: number | null; tiedUp: number; spent: number };
	/** Refundable money tied up over the plan (store deposit, bonded deposit, tax prepayment). */
	refundable: number;
	takeRate: TakeRate | null;
	/** Steady monthly GMV at which a month's contribution is zero (one-off set-up excluded, annual fee spread over 12 months); `null` = no such GMV. */
	breakEvenGmv: number | null;
	/** The month from which cumulative contribution stays at or above zero to the end (money spent earned back); `null` = not within the plan. */
	breakEvenMonth: number | null;
	/** The same for cumulative cash, refundable money tied up included; `null` = not within the plan. */
	cashPaybackMonth: number | null;
}

export interface PlanResult {
	/** One per agency quote in order, or a single plan with `quote: null` when there are none. */
	plans: QuotePlan[];
}

/** A platform fact as plan defaults need it (a structural subset of content/platform-facts). */
export interface PlannerFact {
	value: { kind: 'exact'; amount: number } | { kind: 'range'; min: number; max: number } | { kind: 'unresolved' };
	unit: 'percent' | 'cny';
	/** Which channels the figure applies to (`tmall`, `tmall-global`). */
	scope?: readonly string[];
	verified?: string;
	sources?: readonly string[];
}

/** Facts by id (file name in content/platform-facts without `.json`). Missing ids fall back to documented examples. */
export type PlannerFacts = Readonly<Record<string, PlannerFact | undefined>>;
