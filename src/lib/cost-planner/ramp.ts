/**
 * The month-by-month GMV ramp as the planner's form edits it. Pure: the island keeps the
 * typed text; these functions give the figures a ramp starts from and the ramp a plan uses.
 */
import { monthlyGmvs } from './plan';
import type { PlanMonths, SalesInputs } from './types';

/** The longest plan, which is also the longest ramp a link carries (`maxRampMonths`, not imported: limits.ts brings the fee calculator's rules). */
const longestPlan: PlanMonths = 24;

/**
 * GMV for each of the longest plan's months as the plan works it out from these sales (the
 * ramp where it has entries, then growth from the month before), to the yuan: the figures a
 * month-by-month ramp starts from. Rounding keeps the boxes readable (264,500, not 264,500.00;
 * 349,801, not 349,801.25) and moves no displayed result by more than a few yuan.
 */
export function rampFromSales(sales: Pick<SalesInputs, 'firstMonthGmv' | 'monthlyGrowthPct' | 'ramp'>): number[] {
	return monthlyGmvs({ months: longestPlan, sales: { averageOrderValue: 1, refundRatePct: 0, ...sales } }).map((gmv) => Math.round(gmv));
}

/** The ramp a plan of this length uses: one entry per month; entries for later months are kept by the form, not planned. */
export function rampForPlan(entries: readonly number[], months: PlanMonths): number[] {
	return entries.slice(0, months);
}
