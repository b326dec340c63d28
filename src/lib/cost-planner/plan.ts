/**
 * The planner's model: every month of a Tmall store with an agency, for each agency quote.
 * Pure and at full precision; nothing here rounds (the interface rounds for display).
 *
 * Which amount each fee is charged on, and why (docs/cost-planner-url.md lists the same):
 * - net sales (GMV after refunds): Tmall's commission, the software fee and points are taken
 *   on confirmed transactions (确认收货), and Tmall hands them back on refunded orders;
 *   creator commission is paid on settled orders; gross margin is earned on what is kept;
 *   cross-border tax on refunded orders is refunded.
 * - GMV (all paid orders): the payment fee is charged when the buyer pays, and whether it
 *   comes back on a refund is not published, so the plan assumes it does not (the dearer case);
 *   ads are bought before anyone refunds; every paid order is picked, packed and shipped.
 * - The agency: whatever its quote says (`base`), through the fee calculator's own model.
 */
import { costBreakpoints, monthlyCost } from '../fees/monthly-cost';
import type { AgencyQuote, CostLine, CostLines, MonthRow, Payee, PlannerInputs, PlanResult, QuotePlan, RebateTier, TakeRate, YearTotals } from './types';

/** Who is paid for each cost line. */
export const payeeOf: Readonly<Record<CostLine, Payee>> = {
	commission: 'platform',
	softwareFee: 'platform',
	points: 'platform',
	payment: 'platform',
	annualFee: 'platform',
	agency: 'agency',
	agencySetup: 'agency',
	ads: 'marketing',
	creator: 'marketing',
	campaigns: 'marketing',
	fulfilment: 'operations',
	returnsHandling: 'operations',
	customerService: 'operations',
	content: 'operations',
	samples: 'operations',
	crossBorderTax: 'tax',
};

export const costLines = Object.keys(payeeOf) as CostLine[];

/** GMV for each month: the ramp where it has entries, then growth compounding from the month before. */
export function monthlyGmvs(inputs: Pick<PlannerInputs, 'months' | 'sales'>): number[] {
	const { firstMonthGmv, monthlyGrowthPct, ramp = [] } = inputs.sales;
	const factor = 1 + monthlyGrowthPct / 100;
	const gmvs: number[] = [];
	for (let index = 0; index < inputs.months; index += 1) {
		const fromRamp = ramp[index];
		if (fromRamp !== undefined) gmvs.push(Math.max(0, fromRamp));
		else gmvs.push(index === 0 ? Math.max(0, firstMonthGmv) : (gmvs[index - 1] as number) * factor);
	}
	return gmvs;
}

/**
 * Share of the software fee handed back for a year with this GMV, in percent: the tier with
 * the lowest `upToAnnualGmv` that the year's GMV does not exceed; 0 above every tier.
 */
export function rebatePct(annualGmv: number, tiers: readonly RebateTier[]): number {
	let best: RebateTier | undefined;
	for (const tier of tiers) {
		if (annualGmv <= tier.upToAnnualGmv && (!best || tier.upToAnnualGmv < best.upToAnnualGmv)) best = tier;
	}
	return best ? Math.min(100, Math.max(0, best.rebatePct)) : 0;
}

/** Refundable money paid when the store opens: the deposit and, for Tmall Global, the bonded deposit and tax prepayment. */
export function refundableAtOpening(inputs: Pick<PlannerInputs, 'channel' | 'platform'>): number {
	const { platform } = inputs;
	const global = inputs.channel === 'tmall-global' && platform.global ? platform.global.bondedDepositCny + platform.global.taxPrepaymentCny : 0;
	return platform.depositCny + global;
}

interface MonthContext {
	gmv: number;
	/** GMV of the plan year the month is in, for the rebate tier. */
	annualGmv: number;
	/** Annual fee charged this month (the whole fee in a year's first month, or a twelfth for the steady month). */
	annualFee: number;
	/** One-off set-up fee charged this month. */
	setup: number;
}

/** Every cost line for one month. Exported for tests and for the break-even search. */
export function monthCosts(inputs: PlannerInputs, quote: AgencyQuote | null, month: MonthContext): CostLines {
	const { sales, platform, marketing: ad, operations: ops } = inputs;
	const gmv = Math.max(0, month.gmv);
	const refundShare = sales.refundRatePct / 100;
	const net = gmv * (1 - refundShare);
	const orders = sales.averageOrderValue > 0 ? gmv / sales.averageOrderValue : 0;
	const global = inputs.channel === 'tmall-global' ? platform.global : undefined;
	const ads = ad.mode === 'monthly' ? ad.value : ad.mode === 'share-of-gmv' ? (gmv * ad.value) / 100 : ad.value > 0 ? gmv / ad.value : 0;
	return {
		commission: (net * platform.commissionPct) / 100,
		softwareFee: ((net * platform.softwareFeePct) / 100) * (1 - rebatePct(month.annualGmv, platform.softwareRebate) / 100),
		points: (net * platform.pointsPct) / 100,
		payment: (gmv * platform.paymentFeePct) / 100,
		annualFee: month.annualFee,
		agency: quote ? monthlyCost(gmv, quote, sales.refundRatePct) : 0,
		agencySetup: month.setup,
		ads,
		creator: (((net * ad.creatorSharePct) / 100) * ad.creatorCommissionPct) / 100,
		campaigns: ad.campaignFeesPerMonth,
		fulfilment: orders * ops.fulfilmentPerOrder,
		returnsHandling: orders * refundShare * ops.returnsHandlingPerReturn,
		customerService: ops.customerServicePerMonth,
		content: ops.contentPerMonth,
		samples: ops.samplesPerMonth,
		crossBorderTax: global && global.taxPaidBy === 'merchant' ? (net * global.crossBorderTaxPct) / 100 : 0,
	};
}

export function sumCosts(costs: CostLines): number {
	let total = 0;
	for (const line of costLines) total += costs[line];
	return total;
}

function addCosts(into: CostLines, costs: CostLines): void {
	for (const line of costLines) into[line] += costs[line];
}

function zeroCosts(): CostLines {
	return Object.fromEntries(costLines.map((line) => [line, 0])) as unknown as CostLines;
}

/**
 * A steady month's contribution at monthly GMV `gmv`: gross profit less every recurring cost,
 * with the annual fee spread over twelve months, the rebate tier read from 12 × `gmv`, and
 * the one-off set-up fee left out (it is paid once, not every month).
 */
export function steadyContribution(inputs: PlannerInputs, quote: AgencyQuote | null, gmv: number): number {
	const net = gmv * (1 - inputs.sales.refundRatePct / 100);
	const annualFee = inputs.platform.annualFeeApplies ? inputs.platform.annualFeeCny / 12 : 0;
	const costs = monthCosts(inputs, quote, { gmv, annualGmv: gmv * 12, annualFee, setup: 0 });
	return (net * inputs.economics.grossMarginPct) / 100 - sumCosts(costs);
}

/**
 * The lowest steady monthly GMV at which a month pays for itself (contribution ≥ 0), or
 * `null` when none does (costs rise with sales at least as fast as gross profit).
 * Contribution is a straight line between the points where the agency's tiers or guarantee
 * or a rebate tier start, so each stretch is solved exactly rather than searched.
 */
export function breakEvenGmv(inputs: PlannerInputs, quote: AgencyQuote | null): number | null {
	const at = (gmv: number) => steadyContribution(inputs, quote, gmv);
	const points = [
		...(quote ? costBreakpoints(quote, inputs.sales.refundRatePct) : []),
		...inputs.platform.softwareRebate.map((tier) => tier.upToAnnualGmv / 12),
	].filter((point) => point > 0 && Number.isFinite(point));
	const bounds = [0, ...[...new Set(points)].sort((a, b) => a - b), Infinity];
	if (at(0) >= 0) return 0;
	for (let index = 0; index < bounds.length - 1; index += 1) {
		const from = bounds[index] as number;
		const to = bounds[index + 1] as number;
		// Two points strictly inside the stretch define its line, away from any step at either end;
		// on the open-ended last stretch they are far apart, so large fixed costs do not drown the slope.
		const step = Number.isFinite(to) ? (to - from) / 3 : Math.max(1, from, Math.abs(at(from)));
		const a = from + step;
		const b = from + 2 * step;
		const slope = (at(b) - at(a)) / (b - a);
		const atFrom = at(a) - slope * step;
		if (atFrom >= 0) return from;
		if (!(slope > 0)) continue;
		const solved = from - atFrom / slope;
		if (solved > to) continue;
		// One Newton step on the exact function, inside this stretch, removes the rounding left by the extrapolation.
		const refined = solved - at(solved) / slope;
		return refined >= from && refined <= to ? refined : solved;
	}
	return null;
}

function yearTotals(rows: MonthRow[], year: number): YearTotals {
	const costs = zeroCosts();
	const totals: YearTotals = { year, gmv: 0, netSales: 0, orders: 0, grossProfit: 0, costs, totalCosts: 0, contribution: 0, tiedUp: 0 };
	for (const row of rows) {
		totals.gmv += row.gmv;
		totals.netSales += row.netSales;
		totals.orders += row.orders;
		totals.grossProfit += row.grossProfit;
		addCosts(costs, row.costs);
		totals.totalCosts += row.totalCosts;
		totals.contribution += row.contribution;
		totals.tiedUp += row.tiedUp;
	}
	return totals;
}

function takeRate(years: YearTotals[]): TakeRate | null {
	const gmv = years.reduce((sum, year) => sum + year.gmv, 0);
	if (!(gmv > 0)) return null;
	const byPayee: Record<Payee, number> = { platform: 0, agency: 0, marketing: 0, operations: 0, tax: 0 };
	for (const year of years) for (const line of costLines) byPayee[payeeOf[line]] += year.costs[line];
	for (const payee of Object.keys(byPayee) as Payee[]) byPayee[payee] = (byPayee[payee] / gmv) * 100;
	return { byPayee, allIn: byPayee.platform + byPayee.agency + byPayee.marketing };
}

/** The plan for one quote (or none). */
export function planQuote(inputs: PlannerInputs, quoteIndex: number | null): QuotePlan {
	const quote = quoteIndex === null ? null : (inputs.agency.quotes[quoteIndex] ?? null);
	const gmvs = monthlyGmvs(inputs);
	const refundable = refundableAtOpening(inputs);
	const rows: MonthRow[] = [];
	let cumulativeContribution = 0;
	let cumulativeCash = 0;
	for (let index = 0; index < gmvs.length; index += 1) {
		const gmv = gmvs[index] as number;
		const yearStart = index - (index % 12);
		const annualGmv = gmvs.slice(yearStart, yearStart + 12).reduce((sum, value) => sum + value, 0);
		const costs = monthCosts(inputs, quote, {
			gmv,
			annualGmv,
			annualFee: inputs.platform.annualFeeApplies && index % 12 === 0 ? inputs.platform.annualFeeCny : 0,
			setup: index === 0 && quote ? quote.setupFeeCny : 0,
		});
		const netSales = gmv * (1 - inputs.sales.refundRatePct / 100);
		const grossProfit = (netSales * inputs.economics.grossMarginPct) / 100;
		const totalCosts = sumCosts(costs);
		const contribution = grossProfit - totalCosts;
		const tiedUp = index === 0 ? refundable : 0;
		cumulativeContribution += contribution;
		cumulativeCash += contribution - tiedUp;
		rows.push({
			month: index + 1,
			gmv,
			netSales,
			orders: inputs.sales.averageOrderValue > 0 ? gmv / inputs.sales.averageOrderValue : 0,
			grossProfit,
			costs,
			totalCosts,
			contribution,
			tiedUp,
			cumulativeContribution,
			cumulativeCash,
		});
	}

	let lowest = 0;
	let lowestMonth: number | null = null;
	for (const row of rows) {
		if (row.cumulativeCash < lowest) {
			lowest = row.cumulativeCash;
			lowestMonth = row.month;
		}
	}
	const amount = -lowest;
	const tiedUpAtPeak = Math.min(amount, refundable);
	const years = [yearTotals(rows.slice(0, 12), 1), ...(rows.length > 12 ? [yearTotals(rows.slice(12), 2)] : [])];

	return {
		quote: quote ? quoteIndex : null,
		rows,
		years,
		peakCash: { amount, month: lowestMonth, tiedUp: lowestMonth === null ? 0 : tiedUpAtPeak, spent: amount - (lowestMonth === null ? 0 : tiedUpAtPeak) },
		refundable,
		takeRate: takeRate(years),
		breakEvenGmv: breakEvenGmv(inputs, quote),
		breakEvenMonth: recoveredFrom(rows, (row) => row.cumulativeContribution),
		cashPaybackMonth: recoveredFrom(rows, (row) => row.cumulativeCash),
	};
}

/** The month from which a running total stays at or above zero to the end of the plan; `null` if it ends below zero. */
function recoveredFrom(rows: MonthRow[], value: (row: MonthRow) => number): number | null {
	let month: number | null = 1;
	for (const row of rows) if (value(row) < 0) month = row.month + 1;
	return month !== null && month <= rows.length ? month : null;
}

/** Plans every agency quote in order; with no quotes, one plan with no agency. */
export function plan(inputs: PlannerInputs): PlanResult {
	const count = inputs.agency.quotes.length;
	return { plans: count === 0 ? [planQuote(inputs, null)] : Array.from({ length: count }, (_, index) => planQuote(inputs, index)) };
}
