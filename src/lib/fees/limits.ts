/**
 * The range and precision each input may take. The URL decoder and the form
 * both check values against these rules, so a link can never carry a value
 * the form would refuse, and the other way round.
 */
import { bigMoney, growth, money, percent, type NumberRule } from './rule';

export { checkNumber, maxNameLength, roundTo, type NumberCheck, type NumberRule, type RangeProblem } from './rule';

export const rules = {
	monthlyGmv: money,
	months: { min: 1, max: 60, decimals: 0 },
	refundRate: percent,
	monthlyGrowth: growth,
	monthlyFee: bigMoney,
	rate: percent,
	tierAbove: { ...money, minExclusive: true },
	guaranteedGmv: money,
	grossMargin: percent,
	platformFeeRate: percent,
	inHouseMonthlyCost: bigMoney,
} satisfies Record<string, NumberRule>;

export type RuleName = keyof typeof rules;

export const maxQuotes = 5;
export const maxTiers = 4;
