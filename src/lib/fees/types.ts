/**
 * The fee calculator's domain types. Money is in CNY, rates are percentages
 * (`8` means 8%), and every GMV figure is per month unless the name says otherwise.
 */

/** What the commission is charged on: all sales (`gmv`) or sales after refunds (`net`). */
export type CommissionBase = 'gmv' | 'net';

/**
 * One step of a tiered commission, applied marginally like a tax bracket:
 * the part of the month's commission base above `above` is charged `rate` percent.
 */
export interface CommissionTier {
	above: number;
	rate: number;
}

/** One agency's offer. */
export interface Quote {
	/** Plain text chosen by the user; may be empty (the interface then shows "Quote 1"). */
	name: string;
	/** Base service fee per month. */
	monthlyFee: number;
	/** Commission percentage from zero up to the first tier. */
	rate: number;
	base: CommissionBase;
	/** Sorted by `above`, strictly increasing, every `above` greater than zero. */
	tiers: CommissionTier[];
	/**
	 * Guaranteed sales (保底): the monthly GMV the agency promises. In a month that
	 * falls short, it refunds the base fee in proportion to the shortfall. `null` = none.
	 */
	guaranteedGmv: number | null;
}

/** Everything the user enters; the whole of it is shared through the URL. */
export interface CalculatorState {
	/** Forecast sales (GMV) in the first month. */
	monthlyGmv: number;
	/** Contract length in whole months. */
	months: number;
	/** Share of GMV refunded or returned, in percent. */
	refundRate: number;
	/** Month-on-month sales growth in percent (negative = shrinking); 0 = flat. */
	monthlyGrowth: number;
	quotes: Quote[];
	/** The merchant's gross margin on net sales, in percent; `null` = not entered. */
	grossMargin: number | null;
	/** Tmall's technical service fee for the category, in percent; `null` = not entered. */
	platformFeeRate: number | null;
	/** What running the store with an in-house team would cost per month; `null` = not entered. */
	inHouseMonthlyCost: number | null;
}

/** One quote's cost over the contract. */
export interface QuoteCost {
	/** Cost in the first month, at the forecast GMV. */
	firstMonthCost: number;
	/** Cost summed over every month of the contract. */
	totalCost: number;
	/** Total cost ÷ total GMV, in percent; `null` when there are no sales to divide by. */
	effectiveRate: number | null;
}

/** A whole contract evaluated for every quote. */
export interface ContractResult {
	/** GMV for each month of the contract (growth applied). */
	monthlyGmvs: number[];
	totalGmv: number;
	quotes: QuoteCost[];
	/** Indices of the quote(s) with the lowest contract total (several when tied). */
	cheapest: number[];
}

/** Where two quotes cost the same per month: a single GMV, or a whole range where their costs coincide. */
export type BreakEven = { kind: 'point'; gmv: number } | { kind: 'range'; from: number; to: number };

/** A stretch of monthly GMV over which the same quote(s) cost least. `to` may be `Infinity`. */
export interface CheapestRegion {
	from: number;
	to: number;
	cheapest: number[];
}
