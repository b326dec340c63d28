/**
 * fast-check generators for the fee model. "Valid" states are exactly those
 * the form can produce: every number inside its rule and at its precision,
 * names already cleaned.
 */
import fc from 'fast-check';
import { maxQuotes, maxTiers, rules, type NumberRule } from '../../../../src/lib/fees/limits';
import { cleanQuoteName } from '../../../../src/lib/fees/quote-name';
import type { CalculatorState, Quote } from '../../../../src/lib/fees/types';

/** A number that obeys a rule, built from an integer count of its smallest step so it is exact. */
export function ruleNumber(rule: NumberRule): fc.Arbitrary<number> {
	const step = 10 ** rule.decimals;
	const low = Math.ceil(rule.min * step) + (rule.minExclusive ? 1 : 0);
	return fc.integer({ min: low, max: Math.floor(rule.max * step) }).map((count) => {
		const value = count / step;
		return value === 0 ? 0 : value;
	});
}

/** Mostly everyday magnitudes, sometimes the extremes, so both get exercised. */
function realistic(rule: NumberRule, everydayMax: number): fc.Arbitrary<number> {
	return fc.oneof({ weight: 4, arbitrary: ruleNumber({ ...rule, max: Math.min(rule.max, everydayMax) }) }, { weight: 1, arbitrary: ruleNumber(rule) });
}

export const quoteNameArb = fc
	.oneof(
		fc.string({ unit: 'binary', maxLength: 60 }),
		fc.string({ unit: 'grapheme', maxLength: 60 }),
		fc.constantFrom('Quote A', '报价 C', 'A&B 100% <net>', ''),
	)
	.map((raw) => cleanQuoteName(raw).name);

export const quoteArb: fc.Arbitrary<Quote> = fc.record({
	name: quoteNameArb,
	monthlyFee: realistic(rules.monthlyFee, 500_000),
	rate: realistic(rules.rate, 30),
	base: fc.constantFrom('gmv' as const, 'net' as const),
	tiers: fc
		.uniqueArray(fc.record({ above: realistic(rules.tierAbove, 20_000_000), rate: realistic(rules.rate, 30) }), {
			maxLength: maxTiers,
			selector: (tier) => tier.above,
		})
		.map((tiers) => [...tiers].sort((a, b) => a.above - b.above)),
	guaranteedGmv: fc.option(realistic({ ...rules.guaranteedGmv, min: 0.01 }, 20_000_000), { nil: null }),
});

export const stateArb: fc.Arbitrary<CalculatorState> = fc.record({
	monthlyGmv: realistic(rules.monthlyGmv, 50_000_000),
	months: ruleNumber(rules.months),
	refundRate: realistic(rules.refundRate, 40),
	monthlyGrowth: fc.oneof(fc.constant(0), ruleNumber(rules.monthlyGrowth)),
	quotes: fc.array(quoteArb, { minLength: 1, maxLength: maxQuotes }),
	grossMargin: fc.option(ruleNumber(rules.grossMargin), { nil: null }),
	platformFeeRate: fc.option(ruleNumber(rules.platformFeeRate), { nil: null }),
	inHouseMonthlyCost: fc.option(ruleNumber(rules.inHouseMonthlyCost), { nil: null }),
});

/** Monthly GMV anywhere from nothing to far beyond any real store. */
export const gmvArb = fc.oneof(
	fc.double({ min: 0, max: 5e7, noNaN: true }),
	fc.double({ min: 0, max: 1e11, noNaN: true }),
	fc.constantFrom(0, 1, 444_444.44, 1e6),
);
