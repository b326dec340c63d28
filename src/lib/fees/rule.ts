/**
 * How a number is checked against its range and precision, and the limits the fee calculator and
 * the cost planner share. Apart from the fee calculator's table (limits.ts), so the planner's form
 * checks its boxes without loading that table.
 */
import { parseNumberInput, type NumberInputError } from '../format/parse-number';

export interface NumberRule {
	min: number;
	max: number;
	/** Decimal places kept; values are rounded to this so they survive a trip through the URL unchanged. */
	decimals: number;
	/** `min` itself is not allowed (tier thresholds must be above zero). */
	minExclusive?: boolean;
}

/** Sales (GMV) in CNY: far above any single Tmall store's month; anything bigger is a typo or a hostile link. */
export const money: NumberRule = { min: 0, max: 10_000_000_000, decimals: 2 };
/** A monthly fee or cost, or a deposit, in CNY: the one limit of its box and its link parameter in both tools. */
export const bigMoney: NumberRule = { min: 0, max: 1_000_000_000, decimals: 2 };
export const percent: NumberRule = { min: 0, max: 100, decimals: 4 };
export const growth: NumberRule = { min: -50, max: 50, decimals: 4 };

/**
 * A quote's name, in characters: names are labels in a table, not essays. The one limit of the
 * name box in both tools and of both links (docs/fee-calculator-url.md); links have carried at
 * most this many since their first version, and a longer name in a link is cut with a message.
 */
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

/** Why typed text is not a usable number, and the bound it broke (for "enter {limit} or less"). */
export interface NumberProblem {
	code: NumberInputError | RangeProblem;
	limit?: number;
}

/** Text a person typed, read as every tool reads numbers (`parseNumberInput`) and checked against a rule. */
export function readTypedNumber(text: string, rule: NumberRule): { ok: true; value: number } | { ok: false; error: NumberProblem } {
	const parsed = parseNumberInput(text);
	if (!parsed.ok) return { ok: false, error: { code: parsed.error } };
	const checked = checkNumber(parsed.value, rule);
	if (checked.ok) return checked;
	const { problem } = checked;
	return {
		ok: false,
		error: problem === 'too-large' ? { code: problem, limit: rule.max } : problem === 'too-small' ? { code: problem, limit: rule.min } : { code: problem },
	};
}
