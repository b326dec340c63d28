/**
 * The range and precision each input may take. The URL decoder and the form
 * both check values against these rules, so a link can never carry a value
 * the form would refuse, and the other way round.
 */
export interface NumberRule {
	min: number;
	max: number;
	/** Decimal places kept; values are rounded to this so they survive a trip through the URL unchanged. */
	decimals: number;
	/** `min` itself is not allowed (tier thresholds must be above zero). */
	minExclusive?: boolean;
}

/** Far above any single Tmall store's monthly sales; anything bigger is a typo or a hostile link. */
const moneyMax = 10_000_000_000;

const money: NumberRule = { min: 0, max: moneyMax, decimals: 2 };
const percent: NumberRule = { min: 0, max: 100, decimals: 4 };

export const rules = {
	monthlyGmv: money,
	months: { min: 1, max: 60, decimals: 0 },
	refundRate: percent,
	monthlyGrowth: { min: -50, max: 50, decimals: 4 },
	monthlyFee: { min: 0, max: 1_000_000_000, decimals: 2 },
	rate: percent,
	tierAbove: { min: 0, max: moneyMax, decimals: 2, minExclusive: true },
	guaranteedGmv: money,
	grossMargin: percent,
	platformFeeRate: percent,
	inHouseMonthlyCost: { min: 0, max: 1_000_000_000, decimals: 2 },
} satisfies Record<string, NumberRule>;

export type RuleName = keyof typeof rules;

export const maxQuotes = 5;
export const maxTiers = 4;
/** Names are labels in a table, not essays. */
export const maxNameLength = 40;

/** Why a number was refused. */
export type RangeProblem = 'negative' | 'too-small' | 'too-large' | 'not-whole';

export function roundTo(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	const rounded = Math.round(value * factor) / factor;
	// -0 would print as "0" but compare unequal in Object.is, so settle it here.
	return rounded === 0 ? 0 : rounded;
}

export type NumberCheck = { ok: true; value: number } | { ok: false; problem: RangeProblem };

/**
 * Checks a parsed number against a rule and rounds it to the rule's precision.
 * Rounding comes before the range test so a value that rounds to a forbidden
 * one (a tier threshold of 0.001 → 0) is refused rather than stored.
 */
export function checkNumber(value: number, rule: NumberRule): NumberCheck {
	if (rule.decimals === 0 && !Number.isInteger(value)) return { ok: false, problem: 'not-whole' };
	const rounded = roundTo(value, rule.decimals);
	if (rounded < rule.min || (rule.minExclusive && rounded === rule.min)) {
		return { ok: false, problem: value < 0 && rule.min >= 0 ? 'negative' : 'too-small' };
	}
	if (rounded > rule.max) return { ok: false, problem: 'too-large' };
	return { ok: true, value: rounded };
}
